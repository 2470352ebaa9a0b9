"""Set AF's six government texts (see build_af.py)."""
from invented_common import doc_spans as doc, s

PM = 'Teresa Navik'
R_PM = 'Prime Minister of the Republic of Ardenza'
LUND = 'Oskar Lund'
ALB = 'Vesna Albrecht'
SARK = 'Emil Sarkany'

doc('af06-gov-aldoria-cabinet-meeting-transcript', 'Government of the Republic of Ardenza', '2032-01-14', '''
Cabinet meeting

14 January 2032, Government House, Stenholm

The Prime Minister of the Republic of Ardenza, Teresa Navik, chaired a meeting of the Cabinet. The agenda included the winter heating supplement, the state of regional roads after the January storms and the draft law on digital public services. Reports were heard from Minister of Social Affairs Oskar Lund, Minister of Transport and Infrastructure Vesna Albrecht and Minister of Digital Development Emil Sarkany.

Transcript of the opening part of the meeting:

Teresa Navik: Good afternoon. The cold of the past two weeks has tested our heating networks and our budgets, and it has tested the patience of people who were promised help in November. I want to hear today, plainly, how many households are still waiting for that help and what we are doing about the roads in the north, some of which have been closed for ten days.

We will also look at the digital services bill. I would like it to go to parliament before the end of the month, and I know some of you think that is too soon.

Oskar Lund: Thank you, Prime Minister. As of this morning, 412,000 households have received the heating supplement. That is 91 percent of those who are eligible. The average payment is 180 marks a month, paid for December, January and February.

In the northern districts the figure is lower, 84 percent, because many applications there came in on paper and had to be checked by hand.

Teresa Navik: And the other nine percent across the country? Why are they still waiting?

Oskar Lund: Mostly because the applications are incomplete. A bank account is missing, or a tenancy agreement. In about 6,000 cases the person has moved and the letter came back. We have extended the deadline to 28 February so that nobody loses the December payment because of a form.

Teresa Navik: That is not good enough. Letters do not reach people who have moved, that is obvious. I ask the ministry to contact every one of those households by telephone by the end of next week, and to send social workers to those who cannot be reached.

Vesna Albrecht: If I may, on the roads. Of the 1,900 kilometres of regional roads in the three northern counties, 140 kilometres are still closed, almost all of them in the Kverna valley. Forty-two bridges have been inspected since the storms; three of them will have to be rebuilt. Until then, the army has put up two temporary bridges, and a third will be ready on Monday.

The total damage to regional roads is estimated at 96 million marks. The counties do not have this money, and I will propose a transfer from the reserve fund at the next meeting.

Teresa Navik: When will the Kverna pass reopen?

Vesna Albrecht: On Saturday, if the weather holds. The snow ploughs are working round the clock, but there is a risk of avalanches above the tunnel, and the mountain rescue service has asked us to wait for its assessment. I would rather open a day late than lose a driver.

Teresa Navik: Emil Sarkany, the digital services bill, please.

Emil Sarkany: The bill gives every citizen the right to deal with any state body online, with a single login, and obliges the ministries to answer within ten working days. We have taken into account the comments of the data protection commissioner: health and tax records will stay in separate systems, and a citizen will be able to see who has looked at his data and when.

The municipalities have asked for two more years to connect their own services. We propose to give them one.

Teresa Navik: Good. Then we send the bill to parliament this month, as planned. One year for the municipalities is enough, and I would ask the minister to say so firmly when the associations of municipalities come to see him.

The rest of the meeting was held behind closed doors.
''',
    s(PM, 'Teresa Navik', 'Good afternoon. The cold of the past two weeks|think that is too soon.', '', role=R_PM),
    s(LUND, 'Oskar Lund', 'As of this morning, 412,000 households|had to be checked by hand.', '', role='Minister of Social Affairs'),
    s(LUND, 'Oskar Lund', 'Mostly because the applications are incomplete.|because of a form.', '', role='Minister of Social Affairs'),
    s(PM, 'Teresa Navik', 'That is not good enough.|those who cannot be reached.', '', role=R_PM),
    s(ALB, 'Vesna Albrecht', 'Of the 1,900 kilometres|at the next meeting.', '', role='Minister of Transport and Infrastructure'),
    s(ALB, 'Vesna Albrecht', 'On Saturday, if the weather holds.|than lose a driver.', '', role='Minister of Transport and Infrastructure'),
    s('the mountain rescue service', 'the mountain rescue service', 'us to wait for its assessment', 'has asked', nested=True, via=ALB),
    s(SARK, 'Emil Sarkany', 'The bill gives every citizen|We propose to give them one.', '', role='Minister of Digital Development'),
    s('The municipalities', 'The municipalities', 'two more years to connect their own services', 'have asked for', nested=True, via=SARK),
    s(PM, 'Teresa Navik', 'Then we send the bill to parliament this month|come to see him.', '', role=R_PM),
)

FERR = 'Lucia Ferrant'
SALT = 'Henrik Saltvik'
R_FERR = 'Minister of Foreign Affairs of the Republic of Senmara'
R_SALT = 'Minister of Foreign Affairs of the Kingdom of Ostervald'

doc('af07-gov-senmara-ostervald-joint-press-conference', 'Ministry of Foreign Affairs of the Republic of Senmara', '2032-05-03', '''
Joint press conference of Minister of Foreign Affairs Lucia Ferrant and Minister of Foreign Affairs of the Kingdom of Ostervald Henrik Saltvik

Port Iselde, 3 May 2032

Lucia Ferrant: Ladies and gentlemen, I am glad to welcome my colleague Henrik Saltvik to Port Iselde on his first visit as foreign minister. We have had three hours of talks, and I can say that they were the most concrete talks between our two ministries in a long time.

We agreed to finish the negotiations on the new fisheries agreement by the end of September. The old agreement expired two years ago, and since then our fishermen and yours have been working under temporary licences renewed every six months. That is no way to run an industry.

We also discussed the ferry link between Port Iselde and Kellvik. Senmara is ready to share the cost of a new terminal, and our experts will meet in June to look at the designs.

Henrik Saltvik: Thank you, Lucia, for your hospitality and for a frank discussion. Ostervald and Senmara share a sea, a history and, I would say, a certain stubbornness, and today we have used that stubbornness well.

I want to underline one point. The fisheries agreement must be based on science. We have asked the Northern Sea Research Council to give both governments its assessment of the herring stocks by July, and we will both accept its figures, even if our fishermen do not like them.

Ostervald also supports Senmara's candidacy for a seat on the board of the Continental Maritime Organisation, and I have told my colleague so today.

Question (Senmara Public Radio): Minister Saltvik, the leader of Ostervald's opposition, Maren Dahl, said yesterday that your government was ready to give away fishing grounds to win Senmara's vote on the maritime board. What is your answer?

Henrik Saltvik: My answer is that nothing has been given away, because nothing has been agreed. Mrs Dahl knows very well how these negotiations work; she led them herself in 2027. The grounds are not a currency, and we do not trade them for votes.

Question (Kellvik Daily): A question for both ministers. When will the ferry actually run again?

Lucia Ferrant: The honest answer is that it depends on the terminal. If the designs are approved in June, construction can start next spring, and the first ferry could sail in 2034. I would like it to be sooner, but I would rather give you a date we can keep.

Henrik Saltvik: I agree with Lucia. I would only add that Ostervald will not wait for the new terminal to improve the service we have: from this summer there will be a second daily bus connection to the Kellvik ferry at the border.

Question (Port Iselde Herald): Minister Ferrant, are you worried about the increase in Ostervald's naval exercises near Senmara's waters?

Lucia Ferrant: We have raised this question today, openly, as neighbours should. Minister Saltvik has explained that the exercises are planned and announced in advance, and we have agreed that our defence ministries will inform each other directly in future. I think that is a sensible step, and I do not want to turn a practical matter into a drama.

Thank you very much.
''',
    s(FERR, 'Lucia Ferrant', 'I am glad to welcome|look at the designs.', '', role=R_FERR),
    s(SALT, 'Henrik Saltvik', 'Ostervald and Senmara share a sea,|I have told my colleague so today.', '', role=R_SALT),
    s('Maren Dahl', "the leader of Ostervald's opposition, Maren Dahl", "your government was ready to give away fishing grounds to win Senmara's vote on the maritime board", 'said', role="leader of Ostervald's opposition"),
    s(SALT, 'Henrik Saltvik', 'My answer is that nothing has been given away,|we do not trade them for votes.', '', role=R_SALT),
    s(FERR, 'Lucia Ferrant', 'The honest answer is that it depends on the terminal.|a date we can keep.', '', role=R_FERR),
    s(SALT, 'Henrik Saltvik', 'I agree with Lucia.|at the border.', '', role=R_SALT),
    s(FERR, 'Lucia Ferrant', 'We have raised this question today,|into a drama.', '', role=R_FERR),
    s(SALT, 'Minister Saltvik', 'the exercises are planned and announced in advance', 'has explained', nested=True, via=FERR),
)

PELL = 'Arvo Pellinen'
R_PELL = 'spokesperson of the Ministry of Defence'

doc('af08-gov-halvenia-defence-ministry-weekly-briefing', 'Ministry of Defence of the Republic of Sorvenia', '2032-10-21', '''
Weekly briefing of the Ministry of Defence

21 October 2032

The spokesperson of the Ministry of Defence, Colonel Arvo Pellinen, told journalists:

1. Over the past week, air defence units intercepted 14 unmanned aerial vehicles approaching the eastern border in the Tornesk and Oleskoye districts. Eleven were shot down over uninhabited areas; three were brought down by electronic means and recovered for examination. There were no casualties and no damage to civilian property.

2. The joint exercise "Amber Gate", held with the armed forces of two partner countries from 12 to 19 October on the Vilsand training ground, has been completed. About 2,300 servicemen and 180 units of equipment took part. The Chief of the General Staff assessed the readiness of the participating units as high.

3. The first four of the twelve coastal patrol vessels ordered in 2030 have been delivered to the Navy ahead of schedule. The remaining vessels will be delivered by the end of 2033.

4. The Ministry continues to receive questions about the autumn call-up. Conscripts whose service began in April will be discharged on time. Rumours circulating on social networks that their service will be extended by six months are false.

5. A serviceman of the 3rd Mechanised Brigade was seriously injured on 17 October during a training exercise with live ammunition. An investigation has been opened, and its findings will be made public. The command has expressed its support to the serviceman's family.

6. From 1 November, the procedure for applying for contract service will be simplified: the application can be submitted online, and the medical examination will be carried out at the nearest garrison hospital rather than in the capital.

7. Servicemen of the engineering battalion stationed in Ruskala have been helping the residents of the Lommi river valley to repair dams damaged by the September floods. Since the beginning of October they have rebuilt 3.5 kilometres of embankments and cleared 40 kilometres of drainage channels. The work will continue until the ground freezes.

Questions from journalists

Question: Were the drones launched from the territory of a neighbouring state?

Answer: The examination of the recovered drones is not yet finished. When it is, we will say where they came from, and not before. I will not speculate.

Question: Opposition deputy Kalle Roos said on Tuesday that the contract service reform had been adopted without consulting parliament. Is that true?

Answer: The reform was presented to the defence committee of parliament in June, and the minutes of that meeting are public. Anyone can read them. The simplification of procedures does not require a change in the law.

Question: How many people have applied for contract service this year?

Answer: Since January, about 4,100 applications have been received, which is 30 percent more than in the same period last year. We expect the new procedure to increase that number further.

Question: Will the engineers stay in the Lommi valley over the winter?

Answer: Until the ground freezes, as I said, and then they will return to their base. If the regional authorities ask for help again in spring, the Ministry will consider the request, as it did this year. Our first task remains the defence of the country, but we do not forget that soldiers are also neighbours.

The next briefing will be held on 28 October.
''',
    s(PELL, 'Colonel Arvo Pellinen', 'Over the past week, air defence units intercepted 14 unmanned aerial vehicles|no damage to civilian property.', 'told', role=R_PELL),
    s(PELL, 'Colonel Arvo Pellinen', 'The joint exercise "Amber Gate",|participating units as high.', 'told', 'mixed', role=R_PELL),
    s(PELL, 'Colonel Arvo Pellinen', 'The first four of the twelve coastal patrol vessels|by the end of 2033.', 'told', role=R_PELL),
    s(PELL, 'Colonel Arvo Pellinen', 'The Ministry continues to receive questions about the autumn call-up.|by six months are false.', 'told', role=R_PELL),
    s(PELL, 'Colonel Arvo Pellinen', 'A serviceman of the 3rd Mechanised Brigade|to the serviceman\'s family.', 'told', role=R_PELL),
    s(PELL, 'Colonel Arvo Pellinen', 'From 1 November, the procedure for applying for contract service|rather than in the capital.', 'told', role=R_PELL),
    s(PELL, 'Colonel Arvo Pellinen', 'Servicemen of the engineering battalion stationed in Ruskala|until the ground freezes.', 'told', role=R_PELL),
    s(PELL, '', 'The examination of the recovered drones is not yet finished.|I will not speculate.', '', role=R_PELL),
    s('Kalle Roos', 'Opposition deputy Kalle Roos', 'the contract service reform had been adopted without consulting parliament', 'said', role='Opposition deputy'),
    s(PELL, '', 'The reform was presented to the defence committee|does not require a change in the law.', '', role=R_PELL),
    s(PELL, '', 'Since January, about 4,100 applications|increase that number further.', '', role=R_PELL),
    s(PELL, '', 'Until the ground freezes, as I said,|soldiers are also neighbours.', '', role=R_PELL),
    s('Chief of the General Staff', 'The Chief of the General Staff', 'the readiness of the participating units as high', 'assessed', nested=True, via=PELL),
)

AMB = 'Mateus Aranha'
R_AMB = 'Ambassador of the Federative Republic of Calvera to the Kingdom of Hedmora'

doc('af09-gov-calvera-embassy-ambassador-interview-courier', 'Embassy of the Federative Republic of Calvera in the Kingdom of Hedmora', '2032-06-17', '''
Interview of Ambassador Mateus Aranha to the newspaper "Vesterby Courier"

17 June 2032

The Ambassador of the Federative Republic of Calvera to the Kingdom of Hedmora, Mateus Aranha, gave an interview to the newspaper "Vesterby Courier". The interview was published on 15 June. We reproduce the full text.

Vesterby Courier: Mr Ambassador, you arrived in Vesterby a year ago. What has surprised you most?

Mateus Aranha: The weather, of course, but that was expected. What I did not expect was how much Hedmora and Calvera already do together without anyone noticing. Every third tonne of coffee roasted in this country comes from Calvera. Hedmora turbines stand on our southern coast. There are more than 2,000 Calveran students at your universities. And yet, when I came, many people asked me where exactly Calvera was on the map.

Vesterby Courier: Trade between the two countries fell last year. Why?

Mateus Aranha: It fell because of one thing: the price of coffee, which dropped by almost a quarter on the world market. In volume, our exports to Hedmora actually grew. I am more worried about the other direction. Hedmora companies are cautious about investing in Calvera, and I understand why, because they remember the currency crisis of the 2020s. But Calvera today has an independent central bank, a budget surplus and an investment protection agreement with the Continental Union. The risk is not what it was.

Vesterby Courier: Hedmora environmental groups accuse Calvera of allowing illegal logging in the Itaberu rainforest. The Forest Alliance said last month that deforestation there had doubled since 2030. How do you respond?

Mateus Aranha: I have read the Alliance's report, and I respect its work, but its figure is wrong. It compares a dry year with a wet year and counts land cleared legally for a highway that was approved after a full environmental review. According to our national space institute, which publishes satellite data every month, deforestation in Itaberu fell by 11 percent last year.

That said, illegal logging exists, and we do not deny it. Our government has doubled the number of forest inspectors and has begun to confiscate the land of those who clear forest illegally. As our president said in March, "the forest is not a frontier, it is a border, and we will defend it as one." I invite the Alliance to visit Itaberu with me and to see for itself.

Vesterby Courier: Will Calvera support Hedmora's proposal for a global treaty on ocean plastics?

Mateus Aranha: Calvera supports the idea of a treaty. We have some questions about the financing and about the deadlines for developing countries, and our negotiators will raise them in Geneva in September. But the direction is right, and we will not be the ones who block it.

Vesterby Courier: Finally, what would you like Hedmora readers to know about your country?

Mateus Aranha: That it is young, that it is open and that it is much closer than it looks on the map. There is a direct flight from Vesterby to Porto Lenço three times a week. Come and see.
''',
    s(AMB, 'Mateus Aranha', 'The weather, of course, but that was expected.|where exactly Calvera was on the map.', '', role=R_AMB),
    s(AMB, 'Mateus Aranha', 'It fell because of one thing:|The risk is not what it was.', '', role=R_AMB),
    s('Hedmora environmental groups', 'Hedmora environmental groups', 'Calvera of allowing illegal logging in the Itaberu rainforest', 'accuse'),
    s('Forest Alliance', 'The Forest Alliance', 'deforestation there had doubled since 2030', 'said'),
    s(AMB, 'Mateus Aranha', "I have read the Alliance's report,|to see for itself.", '', 'mixed', role=R_AMB),
    s('national space institute', 'our national space institute, which publishes satellite data every month', 'deforestation in Itaberu fell by 11 percent last year', 'according to', nested=True, via=AMB),
    s('our president', 'our president', '"the forest is not a frontier, it is a border, and we will defend it as one."', 'said', 'direct', nested=True, via=AMB),
    s(AMB, 'Mateus Aranha', 'Calvera supports the idea of a treaty.|will not be the ones who block it.', '', role=R_AMB),
    s(AMB, 'Mateus Aranha', 'That it is young,|Come and see.', '', role=R_AMB),
)

PRES = 'Rostislav Volen'
GOV = 'Irina Pashkevich'
R_PRES = 'President of the Republic of Vostrava'
R_GOV = 'Governor of the Kamensk Region'

doc('af10-gov-vostrava-president-kamensk-governor-report', 'Office of the President of the Republic of Vostrava', '2032-08-05', '''
Meeting with Governor of the Kamensk Region Irina Pashkevich

5 August 2032, Belograd

President of the Republic of Vostrava Rostislav Volen held a working meeting with Governor of the Kamensk Region Irina Pashkevich. The Governor reported to the head of state on the socio-economic situation in the region, the progress of the housing programme and preparations for the heating season.

Irina Pashkevich reported that the region's industrial output had grown by 6.2 percent in the first half of the year, driven mainly by the chemical plants in Kamensk and the reopened copper mine in Verkhny Lug, and that unemployment had fallen to 4.1 percent, the lowest level in the region's history.

According to the Governor, 1,340 families had moved out of dilapidated housing since January, and the region expected to complete the resettlement programme a year ahead of schedule, in 2033.

She informed the President that the construction of the regional cancer centre in Kamensk was 70 percent complete, but that the contractor had fallen three months behind because of a shortage of specialised equipment, some of which had to be ordered abroad.

The head of state noted the region's results in housing and drew attention to the situation with the cancer centre, which, he said, "the people of Kamensk have been waiting for for fifteen years". He said that the government would help the region find alternative suppliers of equipment and instructed the Governor to report to him personally on the progress of the work every two months.

Rostislav Volen pointed out that wages in the healthcare sector of the region remained below the national average and asked what was being done to keep young doctors in rural districts.

The Governor replied that the region had introduced a one-off payment of 1.5 million dinars for doctors who agree to work in a village for at least five years, and that 86 doctors had taken it up so far. She acknowledged that this was not enough to fill all vacancies: 140 posts of rural doctors remained unfilled.

Irina Pashkevich asked the President to support the inclusion of the Kamensk-Verkhny Lug highway in the national road programme. She said that the road, built in the 1970s, carried four times the traffic it had been designed for, and that lorries from the copper mine were destroying it faster than the region could repair it.

The President supported the request and said that he would discuss it with the Minister of Transport. "A mine without a road is half a mine," he remarked.

Turning to the heating season, the Governor assured the head of state that all boiler houses in the region would be ready by 15 September and that fuel reserves were 12 percent higher than last year.

Rostislav Volen noted that last winter several districts of the region had been left without heating for days after accidents on old networks, and stressed that this "must not happen again under any circumstances". He instructed the Governor to complete the replacement of the most worn sections of the networks before the first frosts.

At the end of the meeting, the President congratulated Irina Pashkevich on the 75th anniversary of the Kamensk Region, which will be celebrated in September.
''',
    s(GOV, 'Irina Pashkevich', "the region's industrial output had grown by 6.2 percent in the first half of the year, driven mainly by the chemical plants in Kamensk and the reopened copper mine in Verkhny Lug, and that unemployment had fallen to 4.1 percent, the lowest level in the region's history", 'reported', role=R_GOV),
    s(GOV, 'the Governor', '1,340 families had moved out of dilapidated housing since January, and the region expected to complete the resettlement programme a year ahead of schedule, in 2033', 'according to', role=R_GOV),
    s(GOV, 'She', 'the construction of the regional cancer centre in Kamensk was 70 percent complete, but that the contractor had fallen three months behind because of a shortage of specialised equipment, some of which had to be ordered abroad', 'informed', role=R_GOV),
    s(PRES, 'The head of state', "the region's results in housing", 'noted', role=R_PRES),
    s(PRES, 'The head of state', 'the situation with the cancer centre', 'drew attention to', role=R_PRES),
    s(PRES, 'he', '"the people of Kamensk have been waiting for for fifteen years".', 'said', 'direct', role=R_PRES),
    s(PRES, 'He', 'the government would help the region find alternative suppliers of equipment', 'said', role=R_PRES),
    s(PRES, 'He', 'the Governor to report to him personally on the progress of the work every two months', 'instructed', role=R_PRES),
    s(PRES, 'Rostislav Volen', 'wages in the healthcare sector of the region remained below the national average', 'pointed out', role=R_PRES),
    s(GOV, 'The Governor', 'the region had introduced a one-off payment of 1.5 million dinars for doctors who agree to work in a village for at least five years, and that 86 doctors had taken it up so far', 'replied', role=R_GOV),
    s(GOV, 'She', 'this was not enough to fill all vacancies: 140 posts of rural doctors remained unfilled', 'acknowledged', role=R_GOV),
    s(GOV, 'Irina Pashkevich', 'the President to support the inclusion of the Kamensk-Verkhny Lug highway in the national road programme', 'asked', role=R_GOV),
    s(GOV, 'She', 'the road, built in the 1970s, carried four times the traffic it had been designed for, and that lorries from the copper mine were destroying it faster than the region could repair it', 'said', role=R_GOV),
    s(PRES, 'The President', 'the request', 'supported', role=R_PRES),
    s(PRES, 'The President', 'he would discuss it with the Minister of Transport', 'said', role=R_PRES),
    s(PRES, 'he', '"A mine without a road is half a mine,"', 'remarked', 'direct', role=R_PRES),
    s(GOV, 'the Governor', 'all boiler houses in the region would be ready by 15 September and that fuel reserves were 12 percent higher than last year', 'assured', role=R_GOV),
    s(PRES, 'Rostislav Volen', 'last winter several districts of the region had been left without heating for days after accidents on old networks', 'noted', role=R_PRES),
    s(PRES, 'Rostislav Volen', 'this "must not happen again under any circumstances".', 'stressed', 'mixed', role=R_PRES),
    s(PRES, 'He', 'the Governor to complete the replacement of the most worn sections of the networks before the first frosts', 'instructed', role=R_PRES),
)

REP = 'Amara Ndiaye-Holt'
R_REP = 'Permanent Representative of the Republic of Lusenne to the United Nations'

doc('af11-gov-lusenne-mission-un-statement-water-security', 'Permanent Mission of the Republic of Lusenne to the United Nations', '2032-03-22', '''
Statement by Ambassador Amara Ndiaye-Holt at the Security Council open debate on water and security

22 March 2032, New Harbour

On 22 March, the Permanent Representative of the Republic of Lusenne to the United Nations, Ambassador Amara Ndiaye-Holt, took the floor at the Security Council open debate on water scarcity as a driver of conflict, convened by the presidency of the Council.

The Permanent Representative stressed that more than a third of the conflicts on the Council's agenda had a dispute over water at their origin or among their aggravating factors, and that the Council could no longer treat water as "a technical matter for engineers and development agencies".

The delegation of Lusenne recalled that the Odessi river, which Lusenne shares with three neighbours, had lost 30 percent of its flow over the past two decades. The representative of Lusenne noted that the Odessi Basin Commission, set up in 2019, had nevertheless prevented any armed incident between the riparian states, and described it as "proof that shared rivers can be shared peacefully".

The Ambassador called on the Secretary-General to include an assessment of water-related risks in his regular reports on country situations and proposed that the Council hold an annual briefing on the subject.

The delegation expressed concern over the targeting of water infrastructure in armed conflicts, including dams, pumping stations and desalination plants, and stressed that such attacks were prohibited by international humanitarian law.

The Permanent Representative pointed out that the countries most exposed to water stress were often those that had contributed least to climate change, and urged donors to honour the commitments on adaptation finance made at the last climate conference, of which, in her words, "barely a half has been delivered".

Lusenne, the Ambassador said, has cut the losses of water in its urban networks from 38 to 21 percent since 2025 and is ready to share its experience with any interested state, in particular through the training centre for water engineers it opened in Vellis last year.

Responding to the statement of the representative of Taurenne, who had claimed that the Odessi Basin Commission was "dominated by upstream states" and that Lusenne's new irrigation canal violated the 2019 agreement, Ambassador Ndiaye-Holt rejected these allegations. She said that the canal had been notified to all members of the Commission two years before construction began and that no member had raised an objection at the time.

The representative of Lusenne regretted that the delegation of Taurenne had chosen the Council chamber rather than the Commission to raise a bilateral question, and invited it to the next session of the Commission in Vellis in May.

The Ambassador also welcomed the initiative of the presidency to prepare a statement by the President of the Council on water and security, and said that Lusenne was ready to work constructively on its text.

In conclusion, Amara Ndiaye-Holt said: "Water does not respect borders, but it does respond to cooperation. Every river that is shared in peace is a war that did not happen. We ask the Council to learn from those rivers, not only from the ones that burned."

The full text of the statement is available in English and French on the website of the Permanent Mission.
''',
    s(REP, 'The Permanent Representative', 'more than a third of the conflicts on the Council\'s agenda had a dispute over water at their origin or among their aggravating factors, and that the Council could no longer treat water as "a technical matter for engineers and development agencies".', 'stressed', 'mixed', role=R_REP),
    s(REP, 'The delegation of Lusenne', 'the Odessi river, which Lusenne shares with three neighbours, had lost 30 percent of its flow over the past two decades', 'recalled', role=R_REP),
    s(REP, 'The representative of Lusenne', 'the Odessi Basin Commission, set up in 2019, had nevertheless prevented any armed incident between the riparian states', 'noted', role=R_REP),
    s(REP, 'The representative of Lusenne', 'it as "proof that shared rivers can be shared peacefully".', 'described', 'mixed', role=R_REP),
    s(REP, 'The Ambassador', 'the Secretary-General to include an assessment of water-related risks in his regular reports on country situations', 'called on', role=R_REP),
    s(REP, 'The Ambassador', 'the Council hold an annual briefing on the subject', 'proposed', role=R_REP),
    s(REP, 'The delegation', 'concern over the targeting of water infrastructure in armed conflicts, including dams, pumping stations and desalination plants', 'expressed', role=R_REP),
    s(REP, 'The delegation', 'such attacks were prohibited by international humanitarian law', 'stressed', role=R_REP),
    s(REP, 'The Permanent Representative', 'the countries most exposed to water stress were often those that had contributed least to climate change', 'pointed out', role=R_REP),
    s(REP, 'The Permanent Representative', 'donors to honour the commitments on adaptation finance made at the last climate conference', 'urged', role=R_REP),
    s(REP, 'her', '"barely a half has been delivered".', 'in her words', 'direct', role=R_REP),
    s(REP, 'the Ambassador', ['Lusenne,', 'has cut the losses of water|it opened in Vellis last year.'], 'said', role=R_REP, anchor='Lusenne, the Ambassador said, has cut'),
    s('representative of Taurenne', 'the representative of Taurenne', 'the Odessi Basin Commission was "dominated by upstream states" and that Lusenne\'s new irrigation canal violated the 2019 agreement', 'had claimed', 'mixed'),
    s(REP, 'Ambassador Ndiaye-Holt', 'these allegations', 'rejected', role=R_REP),
    s(REP, 'She', 'the canal had been notified to all members of the Commission two years before construction began and that no member had raised an objection at the time', 'said', role=R_REP),
    s(REP, 'The representative of Lusenne', 'the delegation of Taurenne had chosen the Council chamber rather than the Commission to raise a bilateral question', 'regretted', role=R_REP),
    s(REP, 'The Ambassador', 'the initiative of the presidency to prepare a statement by the President of the Council on water and security', 'welcomed', role=R_REP),
    s(REP, 'The Ambassador', 'Lusenne was ready to work constructively on its text', 'said', role=R_REP),
    s(REP, 'Amara Ndiaye-Holt', '"Water does not respect borders, but it does respond to cooperation. Every river that is shared in peace is a war that did not happen. We ask the Council to learn from those rivers, not only from the ones that burned."', 'said', 'direct', role=R_REP),
)
