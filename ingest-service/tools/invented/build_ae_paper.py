"""Set AE's five North American newspaper articles (see build_ae.py)."""
from invented_common import doc_spans as doc, s

CORONER = 'Lorne Abernethy-Sowah'
MOTHER = 'Diane Feltrinelli'
CONST = 'Kerry-Ann Mulvaney'
EXPERT = 'Rajan Thistlewood'

doc('ae12-paper-inquest-cyclist-death-harrowgate-road', 'Brantmoor Examiner', '2032-03-11', '''
Inquest into cyclist's death hears of missing bike lane, faded signs

Mother tells jury her son "did everything right"

By Colleen Marchbanks-Otieno
Staff Reporter

Ethan Feltrinelli had a helmet, two lights and a reflective vest when he set out for his night shift at a bakery on Harrowgate Road in October 2030, his mother told a coroner's jury Tuesday.

"He did everything right. He did everything the city told him to do," Diane Feltrinelli said, holding a photograph of her 22-year-old son as she testified on the first day of the inquest into his death. "The only thing he couldn't do was make the road safe."

Feltrinelli was struck by a gravel truck where the painted bike lane on Harrowgate Road ends abruptly at the bridge over Tillson Creek, forcing cyclists into traffic. The driver was not charged.

Presiding coroner Dr. Lorne Abernethy-Sowah told the five jurors in his opening remarks that an inquest does not assign blame, but that they could make recommendations to prevent similar deaths. He said the jury would hear from 14 witnesses over four days.

Const. Kerry-Ann Mulvaney, a collision reconstructionist with Brantmoor police, testified that the truck was travelling at about 52 km/h in a 60 zone and that its driver had not been impaired. She said the driver told investigators he never saw the cyclist until he felt the impact.

Under questioning from the family's lawyer, Mulvaney agreed that the warning sign before the bridge was "badly faded" and partly hidden by a tree branch. "In the dark, I would not expect a driver to read it," she said.

The jury heard that at least three other cyclists have been hit on the same stretch since 2027, none of them fatally.

Rajan Thistlewood, a traffic engineer who reviewed the road for the coroner's office, told the inquest the lane's sudden end was "a textbook example of what not to do." Bike lanes should never drop cyclists into the same space as heavy trucks without a buffer or a signal, he said.

Thistlewood said the city could have extended a protected lane across the bridge for about $400,000, a figure he described as "modest compared with the cost of one life."

A lawyer for the city, Gregory Szabo-Mendel, asked him whether the bridge deck was wide enough to fit a separate lane. Thistlewood replied that it would require narrowing the traffic lanes, which he called "entirely normal practice in 2032."

The city's director of transportation, Annika Bellweather, is expected to testify Thursday. In a statement issued before the inquest, the city said it had begun a review of "every location where a cycling route ends without a safe connection" and would report to council in June.

Outside the courthouse, Ethan's older sister, Marisa Feltrinelli, said the family hoped the jury would recommend a deadline for fixing such gaps. "We don't want another family sitting in this room next year," she said.

Cycling advocates filled the public gallery, many wearing yellow armbands. Priyanka Daswani of Bike Brantmoor said the group had written to the city about the Harrowgate Road gap four times before Feltrinelli's death.

"They always answered that it was on the list," she said. "It was on the list for six years."

The inquest continues Wednesday with testimony from the truck driver's employer and a city road maintenance supervisor.
''',
    s(MOTHER, 'Mother', 'her son "did everything right"', 'tells', 'mixed', role='mother'),
    s(MOTHER, 'his mother', 'Ethan Feltrinelli had a helmet, two lights and a reflective vest when he set out for his night shift at a bakery on Harrowgate Road in October 2030', 'told', role='mother'),
    s(MOTHER, 'Diane Feltrinelli', '"He did everything right. He did everything the city told him to do,"', 'said', 'direct', role='mother'),
    s(MOTHER, '', '"The only thing he couldn\'t do was make the road safe."', '', 'direct', role='mother'),
    s(CORONER, 'Presiding coroner Dr. Lorne Abernethy-Sowah', 'an inquest does not assign blame, but that they could make recommendations to prevent similar deaths', 'told', role='Presiding coroner'),
    s(CORONER, 'He', 'the jury would hear from 14 witnesses over four days', 'said', role='Presiding coroner'),
    s(CONST, 'Const. Kerry-Ann Mulvaney, a collision reconstructionist with Brantmoor police', 'the truck was travelling at about 52 km/h in a 60 zone and that its driver had not been impaired', 'testified', role='collision reconstructionist'),
    s(CONST, 'She', 'the driver told investigators he never saw the cyclist until he felt the impact', 'said', role='collision reconstructionist'),
    s('the driver', 'the driver', 'he never saw the cyclist until he felt the impact', 'told', nested=True, via=CONST),
    s(CONST, 'Mulvaney', 'the warning sign before the bridge was "badly faded" and partly hidden by a tree branch', 'agreed', 'mixed', role='collision reconstructionist'),
    s(CONST, 'she', '"In the dark, I would not expect a driver to read it,"', 'said', 'direct', role='collision reconstructionist'),
    s(EXPERT, "Rajan Thistlewood, a traffic engineer who reviewed the road for the coroner's office", 'the lane\'s sudden end was "a textbook example of what not to do."', 'told', 'mixed', role='traffic engineer'),
    s(EXPERT, 'he', 'Bike lanes should never drop cyclists into the same space as heavy trucks without a buffer or a signal', 'said', role='traffic engineer'),
    s(EXPERT, 'Thistlewood', 'the city could have extended a protected lane across the bridge for about $400,000, a figure he described as "modest compared with the cost of one life."', 'said', 'mixed', role='traffic engineer'),
    s(EXPERT, 'he', '"modest compared with the cost of one life."', 'described', 'direct', role='traffic engineer'),
    s(EXPERT, 'Thistlewood', 'it would require narrowing the traffic lanes, which he called "entirely normal practice in 2032."', 'replied', 'mixed', role='traffic engineer'),
    s(EXPERT, 'he', '"entirely normal practice in 2032."', 'called', 'direct', role='traffic engineer'),
    s('the city', 'the city', 'it had begun a review of "every location where a cycling route ends without a safe connection" and would report to council in June', 'said', 'mixed'),
    s('Marisa Feltrinelli', "Ethan's older sister, Marisa Feltrinelli", 'the family hoped the jury would recommend a deadline for fixing such gaps', 'said', role='older sister'),
    s('Marisa Feltrinelli', 'she', '"We don\'t want another family sitting in this room next year,"', 'said', 'direct', role='older sister'),
    s('Priyanka Daswani', 'Priyanka Daswani of Bike Brantmoor', 'the group had written to the city about the Harrowgate Road gap four times before Feltrinelli\'s death', 'said'),
    s('Priyanka Daswani', 'she', '"They always answered that it was on the list,"', 'said', 'direct'),
    s('Priyanka Daswani', '', '"It was on the list for six years."', '', 'direct'),
)

FINM = 'Rosalind Okafor-Whitby'
R_FINM = 'Finance Minister'
CRITIC = 'Tomas Vukovich'
CRITIC2 = 'Genevieve Lapointe-Ansah'

doc('ae13-paper-provincial-budget-deficit-critics', 'The Carrick Valley Standard', '2032-03-26', '''
Province tables $2.1-billion deficit budget, promises balance by 2035

Opposition says health spending "barely keeps the lights on"

By Dominic Threadgold-Asante
Legislative Bureau

Finance Minister Rosalind Okafor-Whitby tabled a $61.4-billion budget Thursday that keeps the province in deficit for a fourth straight year, but she insisted the books will be balanced by 2035 without cuts to front-line services.

The deficit for the 2032-33 fiscal year is projected at $2.1 billion, down from $3.4 billion this year, according to budget documents. Program spending rises 3.8 per cent, led by a 5.2-per-cent increase for health care.

"This is a budget that chooses people over austerity, and growth over panic," Okafor-Whitby told the legislature in her budget speech. "We will get back to balance, and we will do it without closing a single emergency room."

The minister later told reporters that slower growth in the United States and lower royalties from potash had cost the treasury about $900 million in revenue compared with last fall's forecast.

The budget's largest new item is a $1.3-billion, four-year plan to hire 2,200 nurses and open 600 long-term care beds. A new income tax bracket of 17.5 per cent will apply to taxable income over $300,000. The government estimates the bracket will bring in $240 million a year.

Opposition finance critic Tomas Vukovich called the budget "a holding pattern dressed up as a plan" and said the health money "barely keeps the lights on" once inflation and population growth are taken into account.

"Emergency rooms in this province closed 340 times last year because there were no nurses," Vukovich said. "Six hundred beds over four years is not a plan for a population that is getting older every single day."

He accused the government of hiding the true size of the deficit by moving $450 million in capital spending for schools into a separate agency's books.

The government denies hiding anything. A spokesperson for the Finance Ministry, Neil Hartigan, said the agency was created on the advice of the auditor general and that its debt is fully reported in the public accounts.

Genevieve Lapointe-Ansah, finance critic for the third-party Prairie Green caucus, welcomed the new tax bracket but said the budget did "almost nothing" for renters. "Rents in Carrick City rose 14 per cent last year. There's not one new dollar in here for affordable housing," she said.

Business groups were cautiously positive. The Provincial Chamber of Commerce said it was relieved that the corporate tax rate was left unchanged and urged the government to stick to its timeline for balancing the budget.

Its president, Harvey Lindqvist-Mbatha, said investors would be watching whether the province meets its targets. "Credibility is built one budget at a time," he said.

Economist Pauline Desrochers of the University of Carrick said the revenue projections were reasonable but that the plan left "very little room for a bad year." In her view, a recession in 2033 would push the balanced budget back to 2037 at the earliest.

The union representing nurses, the Carrick Nurses' Federation, said it would reserve judgment until it saw how many of the 2,200 positions were full-time.

Premier Arthur Boisclair-Nkemelu told reporters outside the chamber that the budget reflected "what we heard from people at kitchen tables all over this province." Asked whether his government would consider raising the sales tax, he said, "Not on my watch."

The legislature will vote on the budget in April. With a majority of 34 of 57 seats, the government is expected to pass it.
''',
    s(FINM, 'Province', 'balance by 2035', 'promises', role=R_FINM),
    s('Tomas Vukovich', 'Opposition', 'health spending "barely keeps the lights on"', 'says', 'mixed', role='Opposition finance critic'),
    s(FINM, 'she', 'the books will be balanced by 2035 without cuts to front-line services', 'insisted', role=R_FINM),
    s('budget documents', 'budget documents', 'The deficit for the 2032-33 fiscal year is projected at $2.1 billion, down from $3.4 billion this year', 'according to'),
    s(FINM, 'Okafor-Whitby', '"This is a budget that chooses people over austerity, and growth over panic,"', 'told', 'direct', role=R_FINM),
    s(FINM, '', '"We will get back to balance, and we will do it without closing a single emergency room."', '', 'direct', role=R_FINM),
    s(FINM, 'The minister', "slower growth in the United States and lower royalties from potash had cost the treasury about $900 million in revenue compared with last fall's forecast", 'told', role=R_FINM),
    s('the government', 'The government', 'the bracket will bring in $240 million a year', 'estimates'),
    s(CRITIC, 'Opposition finance critic Tomas Vukovich', 'the budget "a holding pattern dressed up as a plan"', 'called', 'mixed', role='Opposition finance critic'),
    s(CRITIC, 'Opposition finance critic Tomas Vukovich', 'the health money "barely keeps the lights on" once inflation and population growth are taken into account', 'said', 'mixed', role='Opposition finance critic'),
    s(CRITIC, 'Vukovich', '"Emergency rooms in this province closed 340 times last year because there were no nurses,"', 'said', 'direct', role='Opposition finance critic'),
    s(CRITIC, '', '"Six hundred beds over four years is not a plan for a population that is getting older every single day."', '', 'direct', role='Opposition finance critic'),
    s(CRITIC, 'He', "the government of hiding the true size of the deficit by moving $450 million in capital spending for schools into a separate agency's books", 'accused', role='Opposition finance critic'),
    s('The government', 'The government', 'hiding anything', 'denies'),
    s('Neil Hartigan', 'A spokesperson for the Finance Ministry, Neil Hartigan', 'the agency was created on the advice of the auditor general and that its debt is fully reported in the public accounts', 'said', role='spokesperson'),
    s(CRITIC2, 'Genevieve Lapointe-Ansah, finance critic for the third-party Prairie Green caucus', 'the new tax bracket', 'welcomed', role='finance critic'),
    s(CRITIC2, 'Genevieve Lapointe-Ansah, finance critic for the third-party Prairie Green caucus', 'the budget did "almost nothing" for renters', 'said', 'mixed', role='finance critic'),
    s(CRITIC2, 'she', '"Rents in Carrick City rose 14 per cent last year. There\'s not one new dollar in here for affordable housing,"', 'said', 'direct', role='finance critic'),
    s('Provincial Chamber of Commerce', 'The Provincial Chamber of Commerce', 'it was relieved that the corporate tax rate was left unchanged', 'said'),
    s('Provincial Chamber of Commerce', 'The Provincial Chamber of Commerce', 'the government to stick to its timeline for balancing the budget', 'urged'),
    s('Harvey Lindqvist-Mbatha', 'Its president, Harvey Lindqvist-Mbatha', 'investors would be watching whether the province meets its targets', 'said', role='president'),
    s('Harvey Lindqvist-Mbatha', 'he', '"Credibility is built one budget at a time,"', 'said', 'direct', role='president'),
    s('Pauline Desrochers', 'Economist Pauline Desrochers of the University of Carrick', 'the revenue projections were reasonable but that the plan left "very little room for a bad year."', 'said', 'mixed', role='Economist'),
    s('Pauline Desrochers', 'her', 'a recession in 2033 would push the balanced budget back to 2037 at the earliest', 'In her view', role='Economist'),
    s("Carrick Nurses' Federation", "The union representing nurses, the Carrick Nurses' Federation", 'it would reserve judgment until it saw how many of the 2,200 positions were full-time', 'said'),
    s('Arthur Boisclair-Nkemelu', 'Premier Arthur Boisclair-Nkemelu', 'the budget reflected "what we heard from people at kitchen tables all over this province."', 'told', 'mixed', role='Premier'),
    s('Arthur Boisclair-Nkemelu', 'he', '"Not on my watch."', 'said', 'direct', role='Premier'),
)

CEO_S = 'Nadia Castellanos-Birch'
CTO_S = 'Owen Tremblay-Achterberg'
INV = 'Marcus Delacroix-Amoah'

doc('ae14-paper-startup-lendlight-regulator-funding', 'Halverton Ledger', '2032-07-08', '''
Halverton fintech Lendlight raises $38 million as regulator eyes its pay-later loans

Founders say the app helps gig workers smooth out uneven paycheques; consumer advocates are less sure

By Audrey Kincaid-Mensah
Business Reporter

Three years ago, Nadia Castellanos-Birch and Owen Tremblay-Achterberg were writing code at a kitchen table in a basement apartment in the city's east end. This week, the company they built, Lendlight, closed a $38-million funding round that values it at about $310 million.

The Halverton startup offers small, short-term advances to delivery drivers, cleaners and other gig workers, repaid automatically when their next payment from a platform arrives. It says it now has 410,000 active users across the country.

"Most of our customers aren't bad with money. They're paid on a schedule that makes no sense for rent and groceries," Castellanos-Birch, the company's chief executive, said in an interview at Lendlight's new office above a furniture store on Dunmore Street. "We built the product we wished we'd had."

The round was led by Northspar Ventures, with participation from two pension-backed funds. Marcus Delacroix-Amoah, a partner at Northspar who will join Lendlight's board, said the firm was drawn by the company's low default rate, which he put at under two per cent.

"They understand their borrowers better than any bank I've looked at," he said.

Tremblay-Achterberg, the chief technology officer, says the secret is data. Lendlight connects, with permission, to the platforms its users work for and sees how much they earn and how regularly. "We lend against work that has already been done," he says. "That's a very different risk from lending against a promise."

Not everyone is convinced. The Financial Consumer Agency said last month that it had opened a review of "earned wage" and pay-later products aimed at low-income workers, and that it would look at fees, disclosure and what happens when a borrower cannot repay. An agency spokeswoman, Helene Marchetti, declined to say whether Lendlight was among the companies under review.

Lendlight charges a flat fee of $3.99 per advance of up to $250, or nothing if the user waits three days for the money. On a two-week loan, that fee works out to an annual rate of more than 40 per cent, according to an analysis by Fair Credit Halverton, a consumer advocacy group.

"Calling it a fee doesn't change the math," said the group's policy director, Bernard Osei-Fontaine. "People who use these apps every week end up paying a lot for their own wages."

Castellanos-Birch rejects the comparison with payday lenders. She says most users take fewer than two advances a month and that the company blocks users from borrowing again until their previous advance is repaid.

"We welcome the review. We'd rather have clear rules than guess," she said. "If the agency wants to see our numbers, they can have all of them."

The company plans to use the new money to expand into French-speaking markets, hire 60 engineers and launch a savings feature this fall, Tremblay-Achterberg said.

One of the app's early users, Kwame Asante-Rourke, a 29-year-old courier, said he first borrowed through Lendlight when his car needed new brakes. "The bank wanted me to wait a week for an overdraft. I needed the car that afternoon," he said.

Industry analyst Fiona Glenister of Carrow Research said investors are betting the regulator will set rules that Lendlight can live with. In her view, a cap on fees would hit smaller competitors harder than a company of Lendlight's size.

The company, which employs 140 people, says it expects to turn a profit next year.
''',
    s(CEO_S + ' and ' + CTO_S, 'Founders', 'the app helps gig workers smooth out uneven paycheques', 'say'),
    s('Lendlight', 'It', 'it now has 410,000 active users across the country', 'says'),
    s(CEO_S, "Castellanos-Birch, the company's chief executive", '"Most of our customers aren\'t bad with money. They\'re paid on a schedule that makes no sense for rent and groceries,"', 'said', 'direct', role='chief executive'),
    s(CEO_S, '', '"We built the product we wished we\'d had."', '', 'direct', role='chief executive'),
    s(INV, 'Marcus Delacroix-Amoah, a partner at Northspar who will join Lendlight\'s board', "the firm was drawn by the company's low default rate, which he put at under two per cent", 'said', role='partner'),
    s(INV, 'he', '"They understand their borrowers better than any bank I\'ve looked at,"', 'said', 'direct', role='partner'),
    s(CTO_S, 'Tremblay-Achterberg, the chief technology officer', 'the secret is data', 'says', role='chief technology officer'),
    s(CTO_S, 'he', '"We lend against work that has already been done,"', 'says', 'direct', role='chief technology officer'),
    s(CTO_S, '', '"That\'s a very different risk from lending against a promise."', '', 'direct', role='chief technology officer'),
    s('Financial Consumer Agency', 'The Financial Consumer Agency', 'it had opened a review of "earned wage" and pay-later products aimed at low-income workers, and that it would look at fees, disclosure and what happens when a borrower cannot repay', 'said', 'mixed'),
    s('Fair Credit Halverton', 'an analysis by Fair Credit Halverton, a consumer advocacy group', 'On a two-week loan, that fee works out to an annual rate of more than 40 per cent', 'according to'),
    s('Bernard Osei-Fontaine', "the group's policy director, Bernard Osei-Fontaine", '"Calling it a fee doesn\'t change the math,"', 'said', 'direct', role='policy director'),
    s('Bernard Osei-Fontaine', '', '"People who use these apps every week end up paying a lot for their own wages."', '', 'direct', role='policy director'),
    s(CEO_S, 'Castellanos-Birch', 'the comparison with payday lenders', 'rejects', role='chief executive'),
    s(CEO_S, 'She', 'most users take fewer than two advances a month and that the company blocks users from borrowing again until their previous advance is repaid', 'says', role='chief executive'),
    s(CEO_S, 'she', '"We welcome the review. We\'d rather have clear rules than guess,"', 'said', 'direct', role='chief executive'),
    s(CEO_S, '', '"If the agency wants to see our numbers, they can have all of them."', '', 'direct', role='chief executive'),
    s(CTO_S, 'Tremblay-Achterberg', 'The company plans to use the new money to expand into French-speaking markets, hire 60 engineers and launch a savings feature this fall', 'said', role='chief technology officer'),
    s('Kwame Asante-Rourke', "One of the app's early users, Kwame Asante-Rourke, a 29-year-old courier", 'he first borrowed through Lendlight when his car needed new brakes', 'said', role='courier'),
    s('Kwame Asante-Rourke', 'he', '"The bank wanted me to wait a week for an overdraft. I needed the car that afternoon,"', 'said', 'direct', role='courier'),
    s('Fiona Glenister', 'Industry analyst Fiona Glenister of Carrow Research', 'investors are betting the regulator will set rules that Lendlight can live with', 'said', role='Industry analyst'),
    s('Fiona Glenister', 'her', "a cap on fees would hit smaller competitors harder than a company of Lendlight's size", 'In her view', role='Industry analyst'),
    s('Lendlight', 'The company, which employs 140 people,', 'it expects to turn a profit next year', 'says'),
)

COACH_C = 'Stellan Kovacevic-Darko'
COACH_M = 'Renee Halloran-Quist'
STRIKER = 'Joaquin Abara-Lindstrom'
KEEPER = 'Dario Mensforth'

doc('ae15-paper-soccer-calder-city-fc-beats-mariners', 'Calder City Courier', '2032-05-16', '''
Abara-Lindstrom's late header lifts Calder City FC past Mariners

Coach praises "stubborn" defence after third straight win

By Russ Pendleford-Oyelaran
Sports Writer

For 88 minutes Saturday night, Calder City FC could not find a way past Dario Mensforth. Then Joaquin Abara-Lindstrom found a way over him.

The 24-year-old striker rose above two defenders to head in a corner from Felipe Aranguren in the 89th minute, giving Calder City a 2-1 win over the Port Alder Mariners before 21,406 at Riverside Park and extending the club's winning streak to three games.

"I didn't see it go in. I just heard the noise," Abara-Lindstrom said afterward, still wearing his boots in a crowded dressing room. "When this stadium is loud like that, you know."

It was his seventh goal of the season, tying him for the league lead.

The Mariners had taken the lead in the 31st minute when Kofi Brandt-Aalto beat Calder City's offside trap and slid a shot inside the far post. Calder City equalized seven minutes after halftime on a penalty by captain Tobias Regenwald after a video review.

Referee Anja Pellerin initially waved play on, then ruled after watching the replay that Mariners defender Luca Farnsworth had pulled Aranguren's shirt inside the box.

Mariners coach Renee Halloran-Quist did not hide her frustration with the decision. "If that's a penalty, there are 30 penalties in every game," she said. "I've watched it five times. He's holding Luca as much as Luca's holding him."

She said she would not complain to the league, but called the second half "the best forty-five minutes of defending we've played all year, and we get nothing for it."

Mensforth, who made eight saves, was the reason the Mariners were still level late. He stopped Regenwald from close range in the 70th minute and tipped a long-range shot by Aranguren onto the crossbar in the 81st.

"Their keeper was unbelievable tonight," Calder City coach Stellan Kovacevic-Darko said. "We needed something special, and Joaquin has been doing special things all month."

Kovacevic-Darko praised his back line, which has allowed two goals in three games since he moved midfielder Oren Castellucci to centre back. "They're stubborn. They don't panic anymore," he said of the defenders. "Six weeks ago, we would have lost this game."

Asked whether Abara-Lindstrom had earned a call-up to the national team, the coach laughed. "That's not my department," he said. "But if someone from the federation was here tonight, they saw it."

Castellucci, for his part, said the switch had taken some getting used to. "I spent my whole life running forward. Now I'm the guy who yells at everyone to come back," he said, grinning.

The Mariners (3-5-2) have lost three of their last four on the road. Halloran-Quist said defender Farnsworth would be assessed for a calf strain he picked up late in the game.

Calder City (6-2-1) moves into second place in the Western Conference, two points behind Harlow United. The club travels to Lakeshore Athletic on Wednesday.

"We're not thinking about the table," Regenwald said. "We're thinking about Wednesday. That's all."

The announced attendance was the club's largest of the season. Supporters in the north stand unfurled a banner reading "Our Town, Our Team" before kickoff.
''',
    s(COACH_C, 'Coach', '"stubborn" defence after third straight win', 'praises', 'mixed', role='Calder City coach'),
    s(STRIKER, 'Abara-Lindstrom', '"I didn\'t see it go in. I just heard the noise,"', 'said', 'direct', role='striker'),
    s(STRIKER, '', '"When this stadium is loud like that, you know."', '', 'direct', role='striker'),
    s('Anja Pellerin', 'Referee Anja Pellerin', "Mariners defender Luca Farnsworth had pulled Aranguren's shirt inside the box", 'ruled', role='Referee'),
    s(COACH_M, 'she', '"If that\'s a penalty, there are 30 penalties in every game,"', 'said', 'direct', role='Mariners coach'),
    s(COACH_M, '', '"I\'ve watched it five times. He\'s holding Luca as much as Luca\'s holding him."', '', 'direct', role='Mariners coach'),
    s(COACH_M, 'She', 'she would not complain to the league', 'said', role='Mariners coach'),
    s(COACH_M, 'She', 'the second half "the best forty-five minutes of defending we\'ve played all year, and we get nothing for it."', 'called', 'mixed', role='Mariners coach'),
    s(COACH_C, 'Calder City coach Stellan Kovacevic-Darko', '"Their keeper was unbelievable tonight,"', 'said', 'direct', role='Calder City coach'),
    s(COACH_C, '', '"We needed something special, and Joaquin has been doing special things all month."', '', 'direct', role='Calder City coach'),
    s(COACH_C, 'Kovacevic-Darko', 'his back line', 'praised', role='Calder City coach'),
    s(COACH_C, 'he', '"They\'re stubborn. They don\'t panic anymore,"', 'said', 'direct', role='Calder City coach'),
    s(COACH_C, '', '"Six weeks ago, we would have lost this game."', '', 'direct', role='Calder City coach'),
    s(COACH_C, 'he', '"That\'s not my department,"', 'said', 'direct', role='Calder City coach'),
    s(COACH_C, '', '"But if someone from the federation was here tonight, they saw it."', '', 'direct', role='Calder City coach'),
    s('Oren Castellucci', 'Castellucci', 'the switch had taken some getting used to', 'said', role='midfielder'),
    s('Oren Castellucci', 'he', '"I spent my whole life running forward. Now I\'m the guy who yells at everyone to come back,"', 'said', 'direct', role='midfielder'),
    s(COACH_M, 'Halloran-Quist', 'defender Farnsworth would be assessed for a calf strain he picked up late in the game', 'said', role='Mariners coach'),
    s('Tobias Regenwald', 'Regenwald', '"We\'re not thinking about the table,"', 'said', 'direct', role='captain'),
    s('Tobias Regenwald', '', '"We\'re thinking about Wednesday. That\'s all."', '', 'direct', role='captain'),
)

DAUGHTER = 'Lucia Benvenuti-Shaw'
SON = 'Marco Benvenuti'
COLLEAGUE = 'Harriet Oyelowo-Pratt'

doc('ae16-paper-obituary-rosa-benvenuti-harbour-pharmacist', 'The Port Ellery Sentinel', '2032-10-04', '''
She filled prescriptions and kept secrets for 50 years

Rosa Benvenuti, who ran the Harbour Street pharmacy and knew half the town by their first names, has died at 86

By Walter Eskildsen-Obi
Staff Writer

For five decades, the woman behind the counter at Benvenuti's Pharmacy on Harbour Street was the first person many people in Port Ellery called when a child ran a fever at midnight. She would answer in her bathrobe, her daughter says, and if the medicine could not wait until morning, she would drive it over herself.

Rosa Benvenuti died Sept. 28 at the Ellery Bay Hospice, surrounded by her three children. She was 86. Her son Marco said the cause was complications of heart failure.

Born Rosa Cattaneo in a mountain village in northern Italy, she arrived in Port Ellery in 1968 with a pharmacy degree that no one here would recognize. She worked nights cleaning offices while she studied to requalify, and opened her own shop in 1975 with a loan co-signed by a fish wholesaler who was one of her first customers.

"She used to say the bank manager looked at her like she was asking to borrow the moon," recalled her daughter, Lucia Benvenuti-Shaw, who now runs the pharmacy. "She paid that loan back in four years, and she never let him forget it."

Benvenuti-Shaw said her mother believed a pharmacy was a place to talk as much as a place to buy pills. Customers came in to ask about rashes, recipes and whether their husbands were drinking too much, she said, and her mother answered all three with the same seriousness.

Her son, Marco Benvenuti, remembers her as strict. He said she made all three children work behind the counter from the age of 12 and checked their arithmetic on every receipt.

"We thought it was a punishment," he said. "It turned out to be the best education any of us got."

Harriet Oyelowo-Pratt, who worked as a pharmacist at Benvenuti's for 27 years, said her former boss had an extraordinary memory for faces and medications. "She could tell you what your grandmother was taking in 1982," she said. "And she would, whether you asked or not."

Oyelowo-Pratt recalled a winter night in 1991 when a storm cut power to the whole waterfront. Benvenuti, she said, kept the pharmacy open by candlelight so that dialysis patients could pick up their supplies, and slept on a cot in the back room for three nights.

Dr. Samuel Achterberg-Nyarko, a retired family physician, said doctors in town learned to trust her judgment. "If Rosa called you about a prescription, you had made a mistake. She was usually right and always polite about it," he said.

Benvenuti was a founding member of the Port Ellery Italian Cultural Society and, for 30 years, organized its Christmas bazaar. She was known for her almond biscuits, which she baked by the hundreds each December and refused to sell, insisting that they be given away.

Her husband, Enzo Benvenuti, a boat mechanic, died in 2011. Besides her daughter and son, she is survived by another son, Paolo, of Vancouver Bay; nine grandchildren; and two great-grandchildren.

Lucia Benvenuti-Shaw said the family would keep the pharmacy's name on the sign. "People would not know where to go otherwise," she said. "Neither would I."

A funeral Mass will be held Saturday at St. Brendan's Church. The family asks that, in lieu of flowers, donations be made to the Ellery Bay Hospice.
''',
    s(DAUGHTER, 'her daughter', ['She would answer in her bathrobe,', 'and if the medicine could not wait until morning, she would drive it over herself'], 'says', role='daughter', anchor='She would answer in her bathrobe'),
    s(SON, 'Her son Marco', 'the cause was complications of heart failure', 'said', role='son'),
    s(DAUGHTER, 'her daughter, Lucia Benvenuti-Shaw, who now runs the pharmacy', '"She used to say the bank manager looked at her like she was asking to borrow the moon,"', 'recalled', 'direct', role='daughter'),
    s(DAUGHTER, '', '"She paid that loan back in four years, and she never let him forget it."', '', 'direct', role='daughter'),
    s(DAUGHTER, 'Benvenuti-Shaw', 'her mother believed a pharmacy was a place to talk as much as a place to buy pills', 'said', role='daughter'),
    s(DAUGHTER, 'she', ['Customers came in to ask about rashes, recipes and whether their husbands were drinking too much,', 'and her mother answered all three with the same seriousness'], 'said', role='daughter', anchor='Customers came in'),
    s(SON, 'Her son, Marco Benvenuti', 'her as strict', 'remembers', role='son'),
    s(SON, 'He', 'she made all three children work behind the counter from the age of 12 and checked their arithmetic on every receipt', 'said', role='son'),
    s(SON, 'he', '"We thought it was a punishment,"', 'said', 'direct', role='son'),
    s(SON, '', '"It turned out to be the best education any of us got."', '', 'direct', role='son'),
    s(COLLEAGUE, "Harriet Oyelowo-Pratt, who worked as a pharmacist at Benvenuti's for 27 years", 'her former boss had an extraordinary memory for faces and medications', 'said', role='pharmacist'),
    s(COLLEAGUE, 'she', '"She could tell you what your grandmother was taking in 1982,"', 'said', 'direct', role='pharmacist'),
    s(COLLEAGUE, '', '"And she would, whether you asked or not."', '', 'direct', role='pharmacist'),
    s(COLLEAGUE, 'Oyelowo-Pratt', 'a winter night in 1991 when a storm cut power to the whole waterfront', 'recalled', role='pharmacist'),
    s(COLLEAGUE, 'she', ['Benvenuti,', 'kept the pharmacy open by candlelight so that dialysis patients could pick up their supplies, and slept on a cot in the back room for three nights'], 'said', role='pharmacist', anchor='Benvenuti, she said, kept'),
    s('Samuel Achterberg-Nyarko', 'Dr. Samuel Achterberg-Nyarko, a retired family physician', 'doctors in town learned to trust her judgment', 'said', role='retired family physician'),
    s('Samuel Achterberg-Nyarko', 'he', '"If Rosa called you about a prescription, you had made a mistake. She was usually right and always polite about it,"', 'said', 'direct', role='retired family physician'),
    s('Rosa Benvenuti', 'She', 'they be given away', 'insisting', role='pharmacist'),
    s(DAUGHTER, 'Lucia Benvenuti-Shaw', "the family would keep the pharmacy's name on the sign", 'said', role='daughter'),
    s(DAUGHTER, 'she', '"People would not know where to go otherwise,"', 'said', 'direct', role='daughter'),
    s(DAUGHTER, '', '"Neither would I."', '', 'direct', role='daughter'),
    s('The family', 'The family', 'donations be made to the Ellery Bay Hospice', 'asks'),
)
