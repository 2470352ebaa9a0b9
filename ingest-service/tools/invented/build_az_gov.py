"""Set AZ's six government texts (see build_az.py)."""
from invented_common import doc_spans as doc, s

VHOL = 'Oriane Vasquez-Holm'
ACHT = 'Bertrand Achterberg'
ONDA = 'Kasimir Ondaatje'
STRA = 'Wilhelmina Strand'

doc('az06-gov-vellmark-prime-minister-cabinet-shuffle', 'Office of the Prime Minister of Vellmark', '2035-04-03', '''
Office of the Prime Minister of Vellmark
News release

Prime Minister changes the Cabinet, creates Ministry of Housing and Infrastructure

ESTERBY, April 3, 2035 — On the advice of Prime Minister Oriane Vasquez-Holm, the Governor General today swore in five new members of the Cabinet, including a new Minister of Health and the first Minister of Housing and Infrastructure.

The following ministers were sworn in at Dunmore House:
- Dr. Kasimir Ondaatje, Minister of Health
- Wilhelmina Strand, Minister of Housing and Infrastructure
- Jorun Aasgaard, Minister of Rural Affairs
- Faisal Qureshi-Lind, Minister of Labour
- Henrike Molde, Minister of State for Seniors

"Vellmarkers have told us clearly what they expect: shorter waits at the hospital and homes they can afford. This team is built to deliver exactly that," said Prime Minister Vasquez-Holm. "I have asked every minister to report to me on their first results within 100 days."

The Prime Minister thanked the outgoing Minister of Health, Bertrand Achterberg, for "six years of steady service through some of the hardest days our hospitals have known."

Mr. Achterberg, who will remain the Member of Parliament for Holsted South, said in a statement released by the Prime Minister's Office that he had asked to leave the Cabinet to spend more time with his family after his wife's illness.

"It has been the honour of my life to serve as Minister of Health," Mr. Achterberg said. "I leave the department in the hands of someone who knows hospitals from the inside."

Dr. Ondaatje, an emergency physician who was first elected in 2033, said his first priority would be the emergency departments of the country's rural hospitals, where waits have doubled since 2029.

"I have worked nights in those departments. I know what a nine-hour wait looks like from the other side of the curtain," he said.

The Prime Minister has directed the new Minister of Housing and Infrastructure, Wilhelmina Strand, to:
- bring forward legislation to speed up approvals for rental housing on public land;
- bring the national housing agency and the roads and bridges directorate under one ministry by January 1, 2036; and
- report to Cabinet by September on the cost of repairing the country's 300 most urgent bridges.

Ms. Strand, a former mayor of Kettleby, said the new ministry would "stop treating a house and the road to it as two different problems."

The Prime Minister also confirmed that the Minister of Finance, Rasmus Egede, remains in his post and will present the budget on May 14.

The new ministers will meet for the first time as a Cabinet on Thursday. Ms. Molde, who is 31, becomes the youngest member of the Cabinet; Mr. Aasgaard, a sheep farmer from the Upper Dale, has represented Fellside since 2027. Mr. Qureshi-Lind, a former shipyard electrician and union steward, replaces Ingeborg Stavnes, who becomes Minister of Justice.

Biographies of the new ministers are available at pm.vellmark.vm/cabinet.

Contact:
Press Office of the Prime Minister
press@pm.vellmark.vm
''',
    s(VHOL, 'Prime Minister Vasquez-Holm', '"Vellmarkers have told us clearly what they expect: shorter waits at the hospital and homes they can afford. This team is built to deliver exactly that,"', 'said', 'direct', role='Prime Minister'),
    s(VHOL, '', '"I have asked every minister to report to me on their first results within 100 days."', '', 'direct', role='Prime Minister'),
    s(ACHT, 'Mr. Achterberg', "he had asked to leave the Cabinet to spend more time with his family after his wife's illness", 'said', role='outgoing Minister of Health'),
    s(ACHT, 'Mr. Achterberg', '"It has been the honour of my life to serve as Minister of Health,"', 'said', 'direct', role='outgoing Minister of Health'),
    s(ACHT, '', '"I leave the department in the hands of someone who knows hospitals from the inside."', '', 'direct', role='outgoing Minister of Health'),
    s(ONDA, 'Dr. Ondaatje', "his first priority would be the emergency departments of the country's rural hospitals, where waits have doubled since 2029", 'said', role='Minister of Health'),
    s(ONDA, 'he', '"I have worked nights in those departments. I know what a nine-hour wait looks like from the other side of the curtain,"', 'said', 'direct', role='Minister of Health'),
    s(VHOL, 'The Prime Minister', 'bring forward legislation to speed up approvals for rental housing on public land;', 'directed', role='Prime Minister'),
    s(VHOL, 'The Prime Minister', 'bring the national housing agency and the roads and bridges directorate under one ministry by January 1, 2036; and', 'directed', role='Prime Minister'),
    s(VHOL, 'The Prime Minister', "report to Cabinet by September on the cost of repairing the country's 300 most urgent bridges.", 'directed', role='Prime Minister'),
    s(STRA, 'Ms. Strand', 'the new ministry would "stop treating a house and the road to it as two different problems."', 'said', 'mixed', role='Minister of Housing and Infrastructure'),
    s(VHOL, 'The Prime Minister', 'the Minister of Finance, Rasmus Egede, remains in his post and will present the budget on May 14', 'confirmed', role='Prime Minister'),
)

UWW = 'United Warehouse Workers, Local 418'
BRIG = 'Brightcart Logistics Ltd.'
HAUG = 'Sunniva Haugland'
FARA = 'Roya Farahani'
KETT = 'Dale Kettering'
LIND = 'Obi Lindahl'
VOSS = 'Petra Vossberg'

doc('az07-gov-ostland-labour-board-warehouse-certification', 'Ostland Labour Relations Board', '2035-07-22', '''
Ostland Labour Relations Board

Decision summary: United Warehouse Workers, Local 418 v. Brightcart Logistics Ltd.

File No. 2035-0417
Vice-Chair: Sunniva Haugland
Decided: July 22, 2035

This summary is provided for the convenience of the public and does not form part of the decision.

Background

On March 3, 2035, the union applied to be certified as the bargaining agent for about 380 employees at the employer's distribution centre in Ringsted. The union seeks certification without a vote.

The union alleges that the employer, in the weeks after it learned of the organizing campaign, interfered with the employees' free choice by holding mandatory meetings at which managers warned that the centre could close if it were unionized.

The employer denies that any manager threatened closure and says the meetings were held to explain new safety rules after two forklift accidents in February.

The evidence

Three employees testified for the union. Ms. Roya Farahani, a picker on the night shift, testified that her supervisor, Mr. Dale Kettering, told her group on March 10 that "head office will not run a union shop in Ringsted."

Mr. Kettering testified that he had said only that head office "was watching the numbers," and he denied mentioning the union at all.

Another employee, Mr. Obi Lindahl, testified that a slide shown at the March 12 meeting showed a padlocked gate under the words "Union = Uncertainty."

The employer's operations manager, Ms. Petra Vossberg, agreed that the slide had been shown but said it had been prepared by an outside consultant and was removed after one meeting.

Did any employee sign a union card because of pressure from the union? No witness suggested so, and the employer did not argue it.

The parties' positions

The union submits that the Board should certify it without a vote because the employer's conduct makes it unlikely that a vote would show the employees' true wishes.

The employer submits that remedial certification would be "an extraordinary remedy for, at most, one ill-chosen slide." It also argues that the union's own figures, cards signed by 61 per cent of the employees, show that the meetings frightened no one.

Section 14 of the Act allows the Board to certify a union without a vote where an employer's contravention of the Act means that a vote is unlikely to reflect the true wishes of the employees. The Board has used the power rarely, and most often where an employer has dismissed union supporters during a campaign. No employee was dismissed here.

Analysis

I find that Mr. Kettering made the statement Ms. Farahani described. Her account was detailed and was confirmed in its main points by two co-workers; his was vague about what else was said at the meeting.

I also find that the slide, whoever prepared it, carried a message that employees would reasonably understand as a threat to their jobs.

In my view, however, a secret ballot can still show the employees' true wishes if the employer's conduct is answered promptly and in public.

Disposition

A representation vote will be held at the distribution centre on August 5 and 6, 2035. The employer is directed to post the Board's notice of its findings in every break room for 60 days and to give the union two meetings with employees on paid time before the vote.
''',
    s(UWW, 'The union', 'the employer, in the weeks after it learned of the organizing campaign, interfered|if it were unionized', 'alleges'),
    s(BRIG, 'The employer', 'any manager threatened closure', 'denies'),
    s(BRIG, '', 'the meetings were held to explain new safety rules after two forklift accidents in February', 'says'),
    s(FARA, 'Ms. Roya Farahani', 'her supervisor, Mr. Dale Kettering, told her group on March 10 that "head office will not run a union shop in Ringsted."', 'testified', 'mixed', role='a picker on the night shift'),
    s(KETT, 'Mr. Dale Kettering', '"head office will not run a union shop in Ringsted."', 'told', 'direct', role='supervisor', nested=True, via=FARA),
    s(KETT, 'Mr. Kettering', 'he had said only that head office "was watching the numbers,"', 'testified', 'mixed', role='supervisor'),
    s(KETT, 'he', 'mentioning the union at all', 'denied', role='supervisor'),
    s(LIND, 'Mr. Obi Lindahl', 'a slide shown at the March 12 meeting showed a padlocked gate under the words "Union = Uncertainty."', 'testified', 'mixed'),
    s(VOSS, 'Ms. Petra Vossberg', 'the slide had been shown', 'agreed', role="The employer's operations manager"),
    s(VOSS, '', 'it had been prepared by an outside consultant and was removed after one meeting', 'said', role="The employer's operations manager"),
    s(UWW, 'The union', "the Board should certify it without a vote|the employees' true wishes", 'submits'),
    s(BRIG, 'The employer', 'remedial certification would be "an extraordinary remedy for, at most, one ill-chosen slide."', 'submits', 'mixed'),
    s(BRIG, 'It', "the union's own figures, cards signed by 61 per cent of the employees, show that the meetings frightened no one", 'argues'),
    s(HAUG, 'I', 'Mr. Kettering made the statement Ms. Farahani described', 'find', role='Vice-Chair'),
    s(HAUG, 'I', 'the slide, whoever prepared it, carried a message that employees would reasonably understand as a threat to their jobs', 'also find', role='Vice-Chair'),
    s(HAUG, 'my', "a secret ballot can still show the employees' true wishes if the employer's conduct is answered promptly and in public", 'In my view', role='Vice-Chair'),
)

MARC = 'Delphine Marchbank'
KALL = 'Ruben Kallistrat'
SOLV = 'Ingrid Solvang'

doc('az08-gov-harrowgate-ice-storm-briefing-transcript', 'City of Harrowgate', '2035-01-17', '''
City of Harrowgate

Transcript: Ice storm media briefing
City Hall, Council Chamber, January 17, 2035, 11:00 a.m.

Participants: Mayor Delphine Marchbank; Ruben Kallistrat, President, Harrowgate Hydro; Fire Chief Ingrid Solvang. Moderator: Lena Park, Director of Communications.

LENA PARK: Good morning, everyone. We'll hear from the Mayor, then from Mr. Kallistrat of Harrowgate Hydro, and then we'll take your questions. Mayor.

MAYOR MARCHBANK: Thank you, Lena. Good morning. As of 10 a.m., about 61,000 homes and businesses in Harrowgate are without power, down from 94,000 at the peak last night. Early this morning I declared a local state of emergency, which lets us bring in crews and equipment from outside the city without the usual approvals. Our four warming centres are open around the clock, and Harrowgate Transit is running free buses to them from every library branch. Please check on your neighbours, especially older people who live alone.

RUBEN KALLISTRAT: Thanks, Mayor. The ice brought down lines in every part of the city, and in some neighbourhoods it brought down the poles as well. We have 240 crews working, including 90 from utilities in the neighbouring provinces. Our crew leaders have told us that the damage in Northgate and Elm Flats is the worst they have seen in 20 years. We expect to restore power to 80 per cent of customers by Sunday night, but some streets in those two neighbourhoods could be dark until the middle of next week.

LENA PARK: Thank you. We'll take questions now. Please give your name and outlet.

QUESTION (Nadia Ferreira, Harrowgate Courier): Mr. Kallistrat, residents in Northgate say they have not seen a single Hydro truck since Wednesday. Why should they believe the Sunday estimate?

RUBEN KALLISTRAT: I understand the frustration. We start with the lines that bring power back to the most people at once, with hospitals and water plants first, and most of the damage in Northgate is on small side streets. I will be in Northgate myself this afternoon.

QUESTION (Omar Lindgren, CKHG Radio): Mayor, the Harrowgate Seniors' Council said this morning that two of the warming centres turned people away overnight because they were full. Is that true?

MAYOR MARCHBANK: Yes, it's true, and I'm sorry it happened. The centres at Riverside and Elm Flats reached capacity around 2 a.m. We have opened a fifth centre at the curling club on Bay Street, with room for 300 more people, and there are buses waiting at each centre to move people if it fills.

QUESTION (Omar Lindgren, CKHG Radio): A follow-up. Has anyone died?

MAYOR MARCHBANK: I'll ask Chief Solvang to answer that.

CHIEF SOLVANG: Sadly, yes. A man in his 70s was found in his home in Northgate yesterday evening, and the coroner is looking into whether the cold was a factor. We have also treated six people for carbon monoxide poisoning since Wednesday, all from generators or barbecues used indoors. Never run a generator inside your home or your garage.

LENA PARK: Time for one more.

QUESTION (Nadia Ferreira, Harrowgate Courier): Mr. Kallistrat, how many of your own crews were on holiday when the storm hit?

RUBEN KALLISTRAT: None. We cancelled all leave on Tuesday afternoon, as soon as the weather service put out its first ice warning, and we had crews from the neighbouring provinces on the road by Wednesday morning.

QUESTION (Greta Holm, Channel 8 News): For the Mayor. Will the city help people pay for the food they had to throw out?

MAYOR MARCHBANK: Council will look at that on Monday. I don't want to make promises this morning that I can't keep.

LENA PARK: Thank you all. The next briefing is at 4 p.m.
''',
    s(MARC, 'MAYOR MARCHBANK', 'As of 10 a.m., about 61,000 homes|especially older people who live alone.', '', role='Mayor'),
    s(KALL, 'RUBEN KALLISTRAT', 'The ice brought down lines in every part of the city|until the middle of next week.', '', role='President, Harrowgate Hydro'),
    s('Our crew leaders', 'Our crew leaders', 'the damage in Northgate and Elm Flats is the worst they have seen in 20 years', 'have told', nested=True, via=KALL),
    s('residents in Northgate', 'residents in Northgate', 'they have not seen a single Hydro truck since Wednesday', 'say'),
    s(KALL, 'RUBEN KALLISTRAT', 'I understand the frustration.|I will be in Northgate myself this afternoon.', '', role='President, Harrowgate Hydro'),
    s("Harrowgate Seniors' Council", "the Harrowgate Seniors' Council", 'two of the warming centres turned people away overnight because they were full', 'said'),
    s(MARC, 'MAYOR MARCHBANK', "Yes, it's true, and I'm sorry it happened.|if it fills.", '', role='Mayor'),
    s(KALL, 'RUBEN KALLISTRAT', 'None. We cancelled all leave on Tuesday afternoon|on the road by Wednesday morning.', '', role='President, Harrowgate Hydro'),
    s(SOLV, 'CHIEF SOLVANG', 'Sadly, yes.|inside your home or your garage.', '', role='Fire Chief'),
    s(MARC, 'MAYOR MARCHBANK', "Council will look at that on Monday. I don't want to make promises this morning that I can't keep.", '', role='Mayor'),
)

NFHA = 'Northern Fells Health Authority'
RASK = 'Imogen Rask'
PENN = 'Gareth Pennock'

doc('az09-gov-northern-fells-listeria-cheese-advisory', 'Northern Fells Health Authority', '2035-08-14', '''
Northern Fells Health Authority
Public Health Advisory

Listeria outbreak linked to soft cheeses from Aldermoor Creamery

HALBERTON, August 14, 2035 — Nine people in the Northern Fells region have been seriously ill with listeriosis since July 20, and two of them, both over 80, have died. Laboratory testing has linked all nine cases to soft and semi-soft cheeses made by Aldermoor Creamery of Kettlewick.

Do not eat, sell or serve the following products, whatever their best-before date:
- Aldermoor Fell Blue, 200 g and 1 kg wheels
- Aldermoor Kettlewick Brie, all sizes
- Aldermoor Washed Rind, 250 g

Dr. Imogen Rask, Medical Officer of Health, said the cheeses had been sold at farmers' markets, delicatessens and two supermarket chains across the region since early June.

"Listeria can take up to ten weeks to cause illness, so more cases are possible even if nobody eats these cheeses from today," Dr. Rask said. "If you are pregnant, over 65 or have a weakened immune system, please check your fridge now."

She said seven of the nine people who became ill had eaten one of the cheeses at home, and two had eaten it at a restaurant.

Dr. Rask said the Authority had also tested 37 other cheeses from the plant and expected the results by the end of the week.

Retailers and restaurants should remove the products from sale, keep them separate from other food and return them to the place of purchase. Surfaces, knives and cutting boards that touched the cheeses should be washed with hot, soapy water and then sanitized.

The families of the two people who died have been informed, the Authority said.

According to the Provincial Public Health Laboratory, which tested samples from the patients and the creamery, the outbreak strain matches bacteria found on a brine tank at the Kettlewick plant on August 9.

Aldermoor Creamery has recalled all of the products listed above and has stopped production while the Authority's inspectors examine the plant. In a statement provided to the Authority, the creamery's owner, Gareth Pennock, said: "We are heartbroken for the families. We will not make another cheese until the inspectors tell us it is safe, however long that takes."

The Food Inspection Agency said it was tracing cheeses that may have been sold outside the region, including through an online shop.

What is listeriosis?

Listeriosis is an infection caused by the bacterium Listeria monocytogenes, which can grow in the fridge, unlike most other bacteria that cause food poisoning. It can cause fever, muscle aches and diarrhea, and in rare cases infections of the blood or brain. Pregnant people can pass the infection to their babies.

What should I do if I have eaten one of these cheeses?

If you feel well, you do not need to see a doctor, but watch for fever or muscle aches for the next ten weeks. If you become ill, tell your doctor that you ate a cheese named in this advisory.

Where can I get more information?

Call the Health Line at 811, any time of day.

Media inquiries: Northern Fells Health Authority Communications, 555-0148
''',
    s(RASK, 'Dr. Imogen Rask', "the cheeses had been sold at farmers' markets, delicatessens and two supermarket chains across the region since early June", 'said', role='Medical Officer of Health'),
    s(RASK, 'Dr. Rask', '"Listeria can take up to ten weeks to cause illness, so more cases are possible even if nobody eats these cheeses from today,"', 'said', 'direct', role='Medical Officer of Health'),
    s(RASK, '', '"If you are pregnant, over 65 or have a weakened immune system, please check your fridge now."', '', 'direct', role='Medical Officer of Health'),
    s(RASK, 'She', 'seven of the nine people who became ill had eaten one of the cheeses at home, and two had eaten it at a restaurant', 'said', role='Medical Officer of Health'),
    s(RASK, 'Dr. Rask', 'the Authority had also tested 37 other cheeses from the plant and expected the results by the end of the week', 'said', role='Medical Officer of Health'),
    s(NFHA, 'the Authority', 'The families of the two people who died have been informed', 'said'),
    s('Provincial Public Health Laboratory', 'the Provincial Public Health Laboratory', 'the outbreak strain matches bacteria found on a brine tank at the Kettlewick plant on August 9', 'According to'),
    s(PENN, "the creamery's owner, Gareth Pennock", '"We are heartbroken for the families. We will not make another cheese until the inspectors tell us it is safe, however long that takes."', 'said', 'direct', role="the creamery's owner"),
    s('The Food Inspection Agency', 'The Food Inspection Agency', 'it was tracing cheeses that may have been sold outside the region, including through an online shop', 'said'),
)

FOCR = 'Friends of Carrow Ridge'
WEB = 'Westmarch Energy Board'
TALL = 'Tallis Wind Power Inc.'
OSEI = 'Marguerite Osei-Lund'
FAIR = 'Lorne Fairweather'
HARC = 'Justice Harcourt'

doc('az10-gov-westmarch-appeal-court-wind-farm', 'Court of Appeal for Westmarch', '2035-11-04', '''
COURT OF APPEAL FOR WESTMARCH

Friends of Carrow Ridge v. Westmarch Energy Board and Tallis Wind Power Inc.

Summary of reasons for judgment

Delivered November 4, 2035 by Justice Marguerite Osei-Lund (Justices Harcourt and Villeneuve concurring)

This summary is not part of the reasons for judgment and may not be relied on in place of them.

1. In June 2034, the Westmarch Energy Board approved a 42-turbine wind farm on Carrow Ridge, about 12 kilometres north of the village of Brackwater. The Board found that the project would supply enough electricity for about 38,000 homes and that its effects on wildlife could be managed.

2. The appellant, a residents' group of about 400 members, appealed on two grounds. It argued that the Board had failed to consider evidence that the turbines would kill golden eagles nesting on the ridge, and that it had given residents only 14 days to respond to the company's final noise study.

3. The Board submitted that its reasons showed it had weighed the eagle evidence and found it outweighed by the measures Tallis Wind had proposed, including radar that stops the turbines when large birds approach.

4. Tallis Wind argued that residents had been given all the time the Board's rules required, and that the noise study only updated figures the group had seen a year earlier.

5. In my view, the Board did consider the eagle evidence. Its reasons devote four pages to it. They engage directly with the appellant's expert, Dr. Lorne Fairweather, an ornithologist.

6. Dr. Fairweather told the Board that at least three pairs of golden eagles nest within two kilometres of the proposed turbines. The Board took his count as accurate but gave more weight to the company's evidence on the radar. That was a choice the Board was entitled to make.

7. Procedural fairness is another matter. The Board's counsel conceded at the hearing that the deadline had been set before anyone knew how long the study would be.

8. I am, however, satisfied that the 14-day deadline was unfair. The final noise study ran to more than 600 pages and was filed after the public hearing had closed. I accept the evidence of the group's secretary, Ms. Corinne Halloway, that the group could not find a noise engineer willing to review it in two weeks.

9. The appeal is allowed in part. The Board, not this Court, is the body that weighs the evidence on noise; nothing in these reasons should be read as a view on whether the turbines would be too loud. The Board's approval is set aside, and the matter is returned to the Board to hear submissions on the final noise study within 90 days.

10. Justice Harcourt, concurring, wrote that she would also have found the Board's treatment of the eagle evidence inadequate, but agreed with the result.
''',
    s(WEB, 'The Board', 'the project would supply enough electricity for about 38,000 homes and that its effects on wildlife could be managed', 'found'),
    s(FOCR, 'It', "the Board had failed to consider evidence that the turbines would kill golden eagles|to the company's final noise study", 'argued'),
    s(WEB, 'The Board', 'its reasons showed it had weighed the eagle evidence|when large birds approach', 'submitted'),
    s(TALL, 'Tallis Wind', "residents had been given all the time the Board's rules required|a year earlier", 'argued'),
    s(OSEI, 'my', 'the Board did consider the eagle evidence', 'In my view', role='Justice'),
    s(FAIR, 'Dr. Fairweather', 'at least three pairs of golden eagles nest within two kilometres of the proposed turbines', 'told', role='an ornithologist'),
    s("The Board's counsel", "The Board's counsel", 'the deadline had been set before anyone knew how long the study would be', 'conceded'),
    s(OSEI, 'I', 'the 14-day deadline was unfair', 'satisfied', role='Justice'),
    s(OSEI, 'I', 'the group could not find a noise engineer willing to review it in two weeks', 'accept', role='Justice'),
    s('Justice Harcourt', 'Justice Harcourt', "she would also have found the Board's treatment of the eagle evidence inadequate", 'wrote', role='Justice'),
)

WHIT = 'Abigail Whitcombe'
ANAC = 'Association of North Alden Counties'
QUIS = 'Lorraine Quist'
ORTE = 'Samuel Ortega-Whyte'

doc('az11-gov-north-alden-governor-veto-message', 'Office of the Governor of North Alden', '2035-06-28', '''
STATE OF NORTH ALDEN
OFFICE OF THE GOVERNOR

FOR IMMEDIATE RELEASE: June 28, 2035

Governor Whitcombe vetoes weekend voting mandate, citing cost to rural counties

ELMSFORD — Governor Abigail Whitcombe today returned Senate Bill 412, which would require every county to run at least one early voting site on Saturdays and Sundays, to the Senate without her signature.

In her veto message, the Governor said the bill placed a mandate on the state's 41 counties without paying for it, and she invited the bill's sponsors to work with her office on a funded version before the next session.

The full text of the Governor's message follows.

To the Honorable Members of the Senate:

I am returning Senate Bill 412 without my approval.

I share the sponsors' goal of making it easier for working people to vote, and I am proud that North Alden already offers two weeks of early voting. But this bill places a new duty on our 41 counties without providing a single dollar to pay for it.

The Association of North Alden Counties has estimated that weekend sites would cost rural counties about $3.2 million a year. Several county clerks have told my office that they would have to cut weekday hours to afford them, which would leave voters with fewer hours, not more.

There is a better way. Counties that open weekend sites voluntarily should be able to apply to the state for the cost, and the state should pay for those sites first in the counties where voters live farthest from a polling place. My budget for next year will include $4 million for that purpose.

I urge the Legislature to return next session with a bill that pays for what it requires. I will sign such a bill.

Sincerely,
Abigail Whitcombe
Governor

The Association of North Alden Counties welcomed the veto.

"Unfunded mandates fall hardest on the smallest counties, and this one would have fallen very hard," said the association's executive director, Lorraine Quist.

Wexford County Clerk Samuel Ortega-Whyte said his office of four people could not staff a weekend site without closing on Mondays.

Secretary of State Harriet Lindqvist-Mora said her office would publish by August a study of what weekend voting costs in each county, which lawmakers could use in drafting a funded bill.

Also today, the Governor signed the following bills into law:
- House Bill 77, which extends the state's rural broadband grants to 2040
- Senate Bill 219, which renames State Route 14 the Veterans Memorial Highway
- House Bill 305, which sets new rules for the sale of fireworks near state forests

The Senate may override the veto with a two-thirds vote when it returns on September 8.

###

Media contact: Press Office, Office of the Governor, 555-0190
''',
    s(WHIT, 'Governor Whitcombe', 'cost to rural counties', 'citing', role='Governor'),
    s(WHIT, 'the Governor', "the bill placed a mandate on the state's 41 counties without paying for it", 'said', role='Governor'),
    s(WHIT, 'Abigail Whitcombe', 'I am returning Senate Bill 412 without my approval.|I will sign such a bill.', '', role='Governor'),
    s(ANAC, 'The Association of North Alden Counties', 'weekend sites would cost rural counties about $3.2 million a year', 'has estimated', nested=True, via=WHIT),
    s('Several county clerks', 'Several county clerks', 'they would have to cut weekday hours to afford them', 'have told', nested=True, via=WHIT),
    s(ANAC, 'The Association of North Alden Counties', 'the veto', 'welcomed'),
    s(QUIS, "the association's executive director, Lorraine Quist", '"Unfunded mandates fall hardest on the smallest counties, and this one would have fallen very hard,"', 'said', 'direct', role="the association's executive director"),
    s('Harriet Lindqvist-Mora', 'Secretary of State Harriet Lindqvist-Mora', 'her office would publish by August a study of what weekend voting costs in each county, which lawmakers could use in drafting a funded bill', 'said', role='Secretary of State'),
    s(ORTE, 'Wexford County Clerk Samuel Ortega-Whyte', 'his office of four people could not staff a weekend site without closing on Mondays', 'said', role='Wexford County Clerk'),
)
