"""Set AK's five wire stories (see build_ak.py)."""
from invented_common import doc_spans as doc, s

BOARD = 'Transport Safety Investigation Board'
VALLIN = 'Teodor Vallin'
R_VALLIN = 'chief investigator'
CALV = 'Calvair'
SANT = 'Mireille Santaro'
OSTR = 'Ostrand Aerospace'
MARA = 'Delphine Maraud'

doc('ak01-wire-calvenia-air-crash-preliminary-report', 'Reuters', '2033-03-10', '''
Calvair pilots fought false stall alarms for 11 minutes before crash, investigators find

By Nadia Ferrow

PORT ELSIN, Calvenia, March 10 (Reuters) - The pilots of a Calvair passenger jet that plunged into the sea off Calvenia's south coast last month battled repeated false stall warnings for 11 minutes before they lost control, the country's Transport Safety Investigation Board said in a preliminary report published on Thursday.

The Ostrand OA-320, bound for the northern city of Marrowgate, came down about 30 km (19 miles) from the coast on Feb. 6, killing all 143 people on board. A final report, which will set out the causes of the crash, is not expected before the middle of next year.

Data recovered from both flight recorders showed that one of the aircraft's two angle-of-attack sensors began sending readings that were off by about 20 degrees less than a minute after take-off, the board said. The crew disengaged the autopilot and tried to fly the jet by hand while an automatic trim system kept pushing its nose down, according to the report.

"The crew did what the checklist told them to do, and for several minutes it was not enough," the board's chief investigator, Teodor Vallin, told a news conference in Port Elsin. "Why it was not enough is the question the rest of this investigation has to answer."

Vallin said the faulty sensor had been replaced two days before the crash after a pilot on an earlier flight reported a similar warning. Investigators had not yet established whether the new part was defective or had been fitted incorrectly, he added.

The board recommended that Ostrand revise the guidance it gives airlines on handling conflicting sensor readings, and that Calvenia's civil aviation authority check how maintenance crews test replaced sensors before an aircraft returns to service.

Calvair, the country's largest carrier, said it was "studying the findings with the utmost seriousness" and had grounded the four other OA-320s in its fleet while engineers inspect their sensors. Its chief executive, Mireille Santaro, said in a video message to staff that the airline would hand over its maintenance records in full.

"We owe the families the whole truth, not the comfortable part of it," Santaro said.

Ostrand Aerospace, which assembles the OA-320 at its plant in Wesselburg, said it was cooperating fully with the investigation and that the type had flown more than 9 million hours without a comparable accident. In a separate statement, the company said it would send a bulletin to operators within days reminding crews of the procedure for unreliable sensor data.

Shares in Ostrand closed down 3.1% in Wesselburg.

Delphine Maraud, a lawyer who represents relatives of 61 of the victims, said the report confirmed what families had suspected since the first weeks. The plane should never have been cleared to fly with a sensor that had already failed once, she argued.

"This was not a freak of nature. It was a warning that somebody chose to treat as paperwork," Maraud said by telephone. She said her clients would sue both the airline and the manufacturer in the coming weeks.

Abel Karsk, a former airline captain who now advises insurers on flight safety, said the length of the struggle described in the report suggested the pilots had been given too little help by the aircraft's warning systems.

"Eleven minutes is a very long time to be told by your own aeroplane that you are stalling when you are not," he said.

The crash was the deadliest in Calvenia's history. Navy divers recovered most of the wreckage from a depth of about 40 metres over the following three weeks.

(Reporting by Nadia Ferrow; Additional reporting by Hal Brennick in Wesselburg; Editing by Mark Osgood)
''',
    s(BOARD, 'investigators', 'Calvair pilots fought false stall alarms for 11 minutes before crash', 'find'),
    s(BOARD, "the country's Transport Safety Investigation Board", 'The pilots of a Calvair passenger jet that plunged into the sea|before they lost control', 'said'),
    s(BOARD, 'the board', 'Data recovered from both flight recorders showed|less than a minute after take-off', 'said'),
    s(BOARD, 'the report', 'The crew disengaged the autopilot and tried to fly the jet by hand while an automatic trim system kept pushing its nose down', 'according to'),
    s(VALLIN, "the board's chief investigator, Teodor Vallin", '"The crew did what the checklist told them to do, and for several minutes it was not enough,"', 'told', 'direct', role=R_VALLIN),
    s(VALLIN, '', '"Why it was not enough is the question the rest of this investigation has to answer."', '', 'direct', role=R_VALLIN),
    s(VALLIN, 'Vallin', 'the faulty sensor had been replaced two days before the crash|reported a similar warning', 'said', role=R_VALLIN),
    s(VALLIN, 'he', 'Investigators had not yet established whether the new part was defective or had been fitted incorrectly', 'added', role=R_VALLIN),
    s(BOARD, 'The board', 'Ostrand revise the guidance it gives airlines|before an aircraft returns to service', 'recommended'),
    s(CALV, 'Calvair', 'it was "studying the findings with the utmost seriousness" and had grounded the four other OA-320s in its fleet while engineers inspect their sensors', 'said', 'mixed'),
    s(SANT, 'Its chief executive, Mireille Santaro', 'the airline would hand over its maintenance records in full', 'said', role='chief executive'),
    s(SANT, 'Santaro', '"We owe the families the whole truth, not the comfortable part of it,"', 'said', 'direct', role='chief executive'),
    s(OSTR, 'Ostrand Aerospace', 'it was cooperating fully with the investigation and that the type had flown more than 9 million hours without a comparable accident', 'said'),
    s(OSTR, 'the company', 'it would send a bulletin to operators within days|unreliable sensor data', 'said'),
    s(MARA, 'Delphine Maraud, a lawyer who represents relatives of 61 of the victims', 'the report confirmed what families had suspected since the first weeks', 'said', role='lawyer'),
    s(MARA, 'she', 'The plane should never have been cleared to fly with a sensor that had already failed once', 'argued', role='lawyer'),
    s(MARA, 'Maraud', '"This was not a freak of nature. It was a warning that somebody chose to treat as paperwork,"', 'said', 'direct', role='lawyer'),
    s(MARA, 'She', 'her clients would sue both the airline and the manufacturer in the coming weeks', 'said', role='lawyer'),
    s('Abel Karsk', 'Abel Karsk, a former airline captain who now advises insurers on flight safety', 'the length of the struggle described in the report|warning systems', 'said', role='former airline captain'),
    s('Abel Karsk', 'he', '"Eleven minutes is a very long time to be told by your own aeroplane that you are stalling when you are not,"', 'said', 'direct', role='former airline captain'),
)

BANK = 'Bank of Estrelland'
FELL = 'Augustin Fellmer'
R_FELL = 'governor'
MAAR = 'Ilse Maarvik'
ABER = 'Jonas Abernot'
DALT = 'Corinne Daltry'

doc('ak02-wire-estrelland-emergency-rate-rise', 'Associated Press', '2033-11-15', '''
Estrelland's central bank hikes rates by 4 points overnight to defend crown

By PAULA RENNICK Associated Press

SAVANE, Estrelland (AP) — Estrelland's central bank raised its main interest rate by four percentage points to 15% in an unscheduled decision late Tuesday, saying a run on the national currency threatened to push inflation out of control.

The Bank of Estrelland's governor, Augustin Fellmer, told a hastily called press conference shortly before midnight that the board had met by video link after the crown lost more than 9% against the euro in two days of trading.

"We did not want to do this, and we did not plan to do this. But the alternative was to let the crown fall until it found a floor on its own, and nobody can tell you where that floor is," Fellmer said.

He said the bank was ready to raise rates again "if the market tests us" and would sell part of its foreign reserves to steady the currency. Asked whether the government had been consulted, Fellmer replied that the finance minister had been informed "as a courtesy, not for permission."

Fellmer blamed the sell-off largely on foreign funds pulling money out after a ratings agency cut Estrelland's credit score last week, but he acknowledged that the bank had been slow to react when prices started rising last year.

The bank's statement said inflation, which reached 7.8% in October, was now expected to peak above 10% early next year before falling back.

The crown recovered part of its losses overnight and traded at 11.42 to the euro early Wednesday, up 2.6% from its low. Stocks in Savane fell sharply when trading opened, with the main index down 4.1% by midday, dragged lower by banks and builders.

Traders said the size of the move had caught the market off guard. Most had expected a rise of one point at the bank's regular meeting in December.

"It's shock therapy, and shock therapy works for about a week," said Ilse Maarvik, chief economist at Norrholt Bank in Savane. "After that the government has to show it can bring the deficit down, or the crown goes straight back to where it was."

Jonas Abernot, an economist at the University of Savane, said the rise would hit households with variable-rate mortgages hardest, since about two in three home loans in Estrelland are tied to the central bank's rate. He estimated that the monthly payment on a typical mortgage would go up by about a fifth.

Finance Minister Corinne Daltry said in a written statement that the government "fully respects the independence" of the central bank and would present a revised budget to parliament next month.

The opposition Liberal Union called on Daltry to resign, saying the government's spending had left the currency exposed.

At a bakery in central Savane, owner Piet Lorvane said his customers had been talking about little else since the news broke.

"They ask me if bread will cost more. I tell them, go and ask the governor," he said, laughing.

Estrelland, a country of 6 million people, left a currency peg to the euro in 2029. The bank last raised rates outside a scheduled meeting in 2021.
''',
    s(BANK, "Estrelland's central bank", 'a run on the national currency threatened to push inflation out of control', 'saying'),
    s(FELL, "The Bank of Estrelland's governor, Augustin Fellmer", 'the board had met by video link after the crown lost more than 9% against the euro in two days of trading', 'told', role=R_FELL),
    s(FELL, 'Fellmer', '"We did not want to do this, and we did not plan to do this.|nobody can tell you where that floor is,"', 'said', 'direct', role=R_FELL),
    s(FELL, 'He', 'the bank was ready to raise rates again "if the market tests us" and would sell part of its foreign reserves to steady the currency', 'said', 'mixed', role=R_FELL),
    s(FELL, 'Fellmer', 'the finance minister had been informed "as a courtesy, not for permission."', 'replied', 'mixed', role=R_FELL),
    s(FELL, 'Fellmer', "the sell-off largely on foreign funds pulling money out after a ratings agency cut Estrelland's credit score last week", 'blamed', role=R_FELL),
    s(FELL, 'he', 'the bank had been slow to react when prices started rising last year', 'acknowledged', role=R_FELL),
    s(BANK, "The bank's statement", 'inflation, which reached 7.8% in October, was now expected to peak above 10% early next year before falling back', 'said'),
    s('Traders', 'Traders', 'the size of the move had caught the market off guard', 'said'),
    s('Traders', 'Most', "a rise of one point at the bank's regular meeting in December", 'expected'),
    s(MAAR, 'Ilse Maarvik, chief economist at Norrholt Bank in Savane', '"It\'s shock therapy, and shock therapy works for about a week,"', 'said', 'direct', role='chief economist'),
    s(MAAR, '', '"After that the government has to show it can bring the deficit down, or the crown goes straight back to where it was."', '', 'direct', role='chief economist'),
    s(ABER, 'Jonas Abernot, an economist at the University of Savane', "the rise would hit households with variable-rate mortgages hardest|tied to the central bank's rate", 'said', role='economist'),
    s(ABER, 'He', 'the monthly payment on a typical mortgage would go up by about a fifth', 'estimated', role='economist'),
    s(DALT, 'Finance Minister Corinne Daltry', 'the government "fully respects the independence" of the central bank and would present a revised budget to parliament next month', 'said', 'mixed', role='Finance Minister'),
    s('Liberal Union', 'The opposition Liberal Union', 'Daltry to resign', 'called on'),
    s('Liberal Union', 'The opposition Liberal Union', "the government's spending had left the currency exposed", 'saying'),
    s('Piet Lorvane', 'owner Piet Lorvane', 'his customers had been talking about little else since the news broke', 'said', role='owner'),
    s('Piet Lorvane', 'he', '"They ask me if bread will cost more. I tell them, go and ask the governor,"', 'said', 'direct', role='owner'),
)

VASK = 'Oriane Vaskell'
OMON = 'Tavish Omonde'
BARR = 'Sayel Barrano'
TESS = 'Joryk Tessane'
OSSEL = 'Marguerite Ossel'

doc('ak03-wire-sarkan-peace-talks-collapse', 'Agence France-Presse', '2033-06-18', '''
Sarkan peace talks collapse as government team walks out

LEMMONT, Aurelia, June 18, 2033 (AFP) - Talks aimed at ending five years of war in Sarkan's eastern highlands collapsed on Wednesday when the government delegation walked out of the lakeside hotel where the two sides had met for three weeks, the mediator said.

Oriane Vaskell, a former Aurelian foreign minister appointed as mediator by the Council of Lake States, said she had "run out of ways to say the same thing to people who do not want to hear it."

"I have suspended the process. I have not ended it. The door of this hotel stays open, but I cannot hold it open for people who only come in to shout," Vaskell told reporters in the hotel garden.

She said the delegations had agreed on an exchange of prisoners and on a humanitarian corridor to the besieged town of Ubrenka, but had been unable to agree on where a ceasefire line should run or who would monitor it.

The government delegation, led by Interior Minister Tavish Omonde, accused the rebels of using the talks to rearm.

"Every week we sit here, they bring more weapons over the mountains. We are not going to sign a ceasefire that is a rest break for them," Omonde told AFP before leaving for the airport.

The delegation of the Highland Liberation Front (HLF), headed by its political chief Sayel Barrano, said in a statement that the government had "never been serious" and had walked out to avoid discussing a withdrawal of troops from the highlands.

Barrano was not available for comment.

Reached by satellite phone, the HLF's military commander in the Torrek valley, Joryk Tessane, said his fighters would "answer any attack with an attack" but would not be the first to break the informal truce that has largely held around Ubrenka since April.

"We did not come to Lemmont to surrender. We came to talk, and they left the table, not us," Tessane told AFP from an undisclosed location.

He also said government troops had shelled two villages near Ubrenka overnight, a claim that could not be independently verified.

The war, which began when the HLF seized the highland capital of Sarkan's Torrek province in 2028, has killed at least 38,000 people, according to figures compiled by the aid group Open Roads. More than a million people have fled their homes.

Open Roads, which runs clinics in the highlands, warned that the collapse of the talks would delay food deliveries to Ubrenka, where it said children were already showing signs of severe malnutrition.

Marguerite Ossel, who studies the conflict at the Lemmont Institute for Peace Research, said neither side believed it could lose on the battlefield.

"A stalemate that both sides think they are winning is the hardest thing in the world to mediate," she said.

Vaskell said she would report to the council's foreign ministers at their meeting in Lemmont next week and would stay in contact with both delegations "every day, by every channel."
''',
    s(VASK, 'the mediator', 'Talks aimed at ending five years of war|where the two sides had met for three weeks', 'said', role='mediator'),
    s(VASK, 'Oriane Vaskell, a former Aurelian foreign minister appointed as mediator by the Council of Lake States', 'she had "run out of ways to say the same thing to people who do not want to hear it."', 'said', 'mixed', role='mediator'),
    s(VASK, 'Vaskell', '"I have suspended the process.|people who only come in to shout,"', 'told', 'direct', role='mediator'),
    s(VASK, 'She', 'the delegations had agreed on an exchange of prisoners|or who would monitor it', 'said', role='mediator'),
    s(OMON, 'The government delegation, led by Interior Minister Tavish Omonde', 'the rebels of using the talks to rearm', 'accused', role='Interior Minister'),
    s(OMON, 'Omonde', '"Every week we sit here, they bring more weapons over the mountains.|a rest break for them,"', 'told', 'direct', role='Interior Minister'),
    s(BARR, 'The delegation of the Highland Liberation Front (HLF), headed by its political chief Sayel Barrano', 'the government had "never been serious" and had walked out to avoid discussing a withdrawal of troops from the highlands', 'said', 'mixed', role='political chief'),
    s(TESS, "the HLF's military commander in the Torrek valley, Joryk Tessane", 'his fighters would "answer any attack with an attack"|largely held around Ubrenka since April', 'said', 'mixed', role='military commander'),
    s(TESS, 'Tessane', '"We did not come to Lemmont to surrender. We came to talk, and they left the table, not us,"', 'told', 'direct', role='military commander'),
    s(TESS, 'He', 'government troops had shelled two villages near Ubrenka overnight', 'said', role='military commander'),
    s('Open Roads', 'the aid group Open Roads', 'The war, which began when the HLF seized|has killed at least 38,000 people', 'according to'),
    s('Open Roads', 'Open Roads, which runs clinics in the highlands', 'the collapse of the talks would delay food deliveries to Ubrenka|severe malnutrition', 'warned'),
    s('Open Roads', 'it', 'children were already showing signs of severe malnutrition', 'said'),
    s(OSSEL, 'Marguerite Ossel, who studies the conflict at the Lemmont Institute for Peace Research', 'neither side believed it could lose on the battlefield', 'said'),
    s(OSSEL, 'she', '"A stalemate that both sides think they are winning is the hardest thing in the world to mediate,"', 'said', 'direct'),
    s(VASK, 'Vaskell', 'she would report to the council\'s foreign ministers|"every day, by every channel."', 'said', 'mixed', role='mediator'),
)

VCA = 'Vessland Competition Authority'
LIND = 'Hedda Lindqvast'
MARR = 'Marrand Telecom'
POLH = 'Anders Polheim'
TELV = 'Telvio'
ATTE = 'Sigrun Atterby'

doc('ak04-wire-vessland-telecom-merger-blocked', 'Bloomberg', '2033-08-24', '''
Vessland Blocks Marrand's $8.6 Billion Telvio Deal Over Price Fears

By Karin Holmgaard

(Bloomberg) -- Vessland's competition regulator blocked Marrand Telecom's planned $8.6 billion takeover of rival mobile carrier Telvio, saying the deal would leave the country with only two big operators and push up bills for millions of customers.

The combination would have given the merged company about 46% of the country's mobile subscriptions and more than half of its mobile data traffic, the Vessland Competition Authority said in its decision, published Wednesday after an 11-month review.

Remedies offered by Marrand, including the sale of some radio spectrum to smaller rival Fjordnet, were "insufficient and untested," the authority said.

"Our job is not to pick winners. It is to make sure that in five years a family in Dalby still has a real choice of who to pay every month," director general Hedda Lindqvast said in a statement.

The ruling is the first time the authority has blocked a telecommunications deal outright. It cleared a smaller merger of two broadband providers in 2030 on condition that they open their fiber networks to competitors.

Marrand said it was "deeply disappointed" and would study the decision before deciding whether to appeal to the Market Court. Chief Executive Officer Anders Polheim said in a phone interview that the regulator had "ignored the reality" that carriers in a market of Vessland's size need scale to pay for the next generation of networks.

"We offered more than any deal in this part of Europe has offered in a decade. If that isn't enough, the authority should say plainly that no deal is possible," Polheim said.

Telvio, whose board had recommended the offer, said in a statement that it would remain "a strong independent challenger" and that its outlook for 2033 was unchanged.

Marrand made its offer in September 2032, bidding 265 kronor a share in cash, a 38% premium to Telvio's price at the time. Telvio has about 2.1 million mobile customers.

Telvio shares fell as much as 14% in Dalby trading, the steepest intraday drop since 2029, while Marrand rose 2.3%.

Marrand had considered offering to sell Telvio's fixed-line business as well but decided against it in the final weeks of the review, according to people familiar with the matter who asked not to be identified because the deliberations were private.

Sigrun Atterby, a lawmaker from the opposition Green Left party who sits on parliament's business committee, welcomed the decision, calling it "a win for people who pay phone bills, not for people who collect bonuses."

Kasper Moen, an analyst at Rydberg Securities, said the ruling made it less likely that regulators elsewhere in the region would approve four-to-three mergers, which carriers have pushed for as the cost of new networks rises.

"Investors had priced in about a 60% chance this would go through. That premium is now gone, and it is not coming back for a while," Moen said.

Under Vessland's competition law, Marrand has 30 days to lodge an appeal. The Market Court typically takes six to nine months to rule.

--With assistance from Lars Wennberg.

To contact the reporter on this story:
Karin Holmgaard in Dalby at kholmgaard@bloomberg.net
''',
    s(VCA, "Vessland's competition regulator", 'the deal would leave the country with only two big operators and push up bills for millions of customers', 'saying'),
    s(VCA, 'the Vessland Competition Authority', 'The combination would have given the merged company|more than half of its mobile data traffic', 'said'),
    s(VCA, 'the authority', 'Remedies offered by Marrand, including the sale of some radio spectrum to smaller rival Fjordnet, were "insufficient and untested,"', 'said', 'mixed'),
    s(LIND, 'director general Hedda Lindqvast', '"Our job is not to pick winners.|a real choice of who to pay every month,"', 'said', 'direct', role='director general'),
    s(MARR, 'Marrand', 'it was "deeply disappointed" and would study the decision before deciding whether to appeal to the Market Court', 'said', 'mixed'),
    s(POLH, 'Chief Executive Officer Anders Polheim', 'the regulator had "ignored the reality"|the next generation of networks', 'said', 'mixed', role='Chief Executive Officer'),
    s(POLH, 'Polheim', '"We offered more than any deal in this part of Europe has offered in a decade.|no deal is possible,"', 'said', 'direct', role='Chief Executive Officer'),
    s(TELV, 'Telvio, whose board had recommended the offer', 'it would remain "a strong independent challenger" and that its outlook for 2033 was unchanged', 'said', 'mixed'),
    s('people familiar with the matter', 'people familiar with the matter', "Marrand had considered offering to sell Telvio's fixed-line business|in the final weeks of the review", 'according to'),
    s(ATTE, 'Sigrun Atterby, a lawmaker from the opposition Green Left party who sits on parliament\'s business committee', 'the decision', 'welcomed', role='lawmaker', anchor='welcomed the decision'),
    s(ATTE, 'Sigrun Atterby, a lawmaker from the opposition Green Left party who sits on parliament\'s business committee', '"a win for people who pay phone bills, not for people who collect bonuses."', 'calling', 'direct', role='lawmaker'),
    s('Kasper Moen', 'Kasper Moen, an analyst at Rydberg Securities', 'the ruling made it less likely that regulators elsewhere in the region would approve four-to-three mergers|as the cost of new networks rises', 'said', role='analyst'),
    s('Kasper Moen', 'Moen', '"Investors had priced in about a 60% chance this would go through.|not coming back for a while,"', 'said', 'direct', role='analyst'),
)

TRAN = 'Transred'
VALC = 'Ines Valcarce'
AMES = 'Rodrigo Amesti'
URQU = 'Carmen Urquiza'
IBAR = 'Tomas Ibarren'

doc('ak05-wire-sarvena-heat-wave-power-rationing', 'Reuters', '2033-06-27', '''
Sarvena rations power as record heat pushes grid to the limit

VALMORO, Sarvena, June 27 (Reuters) - Sarvena began rotating power cuts across its largest cities on Friday as a week-long heat wave drove electricity demand beyond what the grid could supply, leaving hundreds of thousands of people without air conditioning in temperatures above 44 degrees Celsius.

Grid operator Transred said it would cut power to residential districts in turn, for up to two hours at a time, between noon and 8 p.m. until at least Tuesday. Hospitals, water pumping stations and the metro would be spared, it said.

"We are short by about 1,800 megawatts at the peak of the afternoon. There is no switch we can flip to make that appear," Transred's operations director, Ines Valcarce, told reporters in Valmoro. "The choice was between cuts we plan and announce, or cuts that happen to us."

Valcarce said two gas-fired plants in the south had been forced to reduce output because the river water used to cool them was too warm, while hydroelectric reservoirs stood at their lowest level for the time of year since records began.

Energy Minister Rodrigo Amesti said the government had asked large industrial users to shift production to the night and would compensate them for the extra cost. He promised that no household would go without power for more than four hours in any day.

Amesti rejected opposition claims that the shortage was the result of years of underinvestment, saying the grid had been built for a climate "that no longer exists."

The national weather service said temperatures in the interior reached 46.2 C (115.2 F) on Wednesday, a record for June, and that no relief was expected before the middle of next week.

In the Los Olmos district of Valmoro, where the power went off at 3 p.m. on Thursday, residents carried chairs into the shade of a church square and waited.

Carmen Urquiza, 78, said she had spent most of the afternoon on a bench with a wet towel around her neck because her fourth-floor flat was "an oven" without the fan.

"At my age you don't argue with the sun. You find a tree and you stay under it," she said.

Her neighbour, a delivery driver who gave his name as Joaquin, said his refrigerator had been off three times in two days and he had thrown away most of his food.

Dr. Tomas Ibarren, who heads the emergency department at San Lucas Hospital in Valmoro, said the hospital had treated 214 people for heat-related illness since Monday, most of them older people living alone.

"The ones who worry me are the ones who don't come," he said. "They sit in a hot flat with the shutters closed and a fan that no longer turns."

He urged families to check on elderly relatives twice a day and said anyone who was confused or had stopped sweating should be taken to hospital at once.

The health ministry said it had opened 60 cooled public buildings, including libraries and sports halls, as shelters during the hottest hours.

Demand on Sarvena's grid peaked at 13,900 megawatts on Thursday, about 9% above last year's record, according to Transred.
''',
    s(TRAN, 'Grid operator Transred', 'it would cut power to residential districts in turn|until at least Tuesday', 'said'),
    s(TRAN, 'it', 'Hospitals, water pumping stations and the metro would be spared', 'said'),
    s(VALC, "Transred's operations director, Ines Valcarce", '"We are short by about 1,800 megawatts at the peak of the afternoon. There is no switch we can flip to make that appear,"', 'told', 'direct', role='operations director'),
    s(VALC, '', '"The choice was between cuts we plan and announce, or cuts that happen to us."', '', 'direct', role='operations director'),
    s(VALC, 'Valcarce', 'two gas-fired plants in the south had been forced to reduce output|since records began', 'said', role='operations director'),
    s(AMES, 'Energy Minister Rodrigo Amesti', 'the government had asked large industrial users to shift production to the night and would compensate them for the extra cost', 'said', role='Energy Minister'),
    s(AMES, 'He', 'no household would go without power for more than four hours in any day', 'promised', role='Energy Minister'),
    s(AMES, 'Amesti', 'opposition claims that the shortage was the result of years of underinvestment', 'rejected', role='Energy Minister'),
    s(AMES, 'Amesti', 'the grid had been built for a climate "that no longer exists."', 'saying', 'mixed', role='Energy Minister'),
    s('national weather service', 'The national weather service', 'temperatures in the interior reached 46.2 C (115.2 F) on Wednesday|before the middle of next week', 'said'),
    s(URQU, 'Carmen Urquiza, 78', 'she had spent most of the afternoon on a bench|"an oven" without the fan', 'said', 'mixed'),
    s(URQU, 'she', '"At my age you don\'t argue with the sun. You find a tree and you stay under it,"', 'said', 'direct'),
    s('Joaquin', 'Her neighbour, a delivery driver who gave his name as Joaquin', 'his refrigerator had been off three times in two days and he had thrown away most of his food', 'said', role='delivery driver'),
    s(IBAR, 'Dr. Tomas Ibarren, who heads the emergency department at San Lucas Hospital in Valmoro', 'the hospital had treated 214 people for heat-related illness since Monday, most of them older people living alone', 'said', role='head of the emergency department'),
    s(IBAR, 'he', '"The ones who worry me are the ones who don\'t come,"', 'said', 'direct', role='head of the emergency department'),
    s(IBAR, '', '"They sit in a hot flat with the shutters closed and a fan that no longer turns."', '', 'direct', role='head of the emergency department'),
    s(IBAR, 'He', 'families to check on elderly relatives twice a day', 'urged', role='head of the emergency department'),
    s(IBAR, 'He', 'anyone who was confused or had stopped sweating should be taken to hospital at once', 'said', role='head of the emergency department', anchor='twice a day and said'),
    s('health ministry', 'The health ministry', 'it had opened 60 cooled public buildings|during the hottest hours', 'said'),
    s(TRAN, 'Transred', "Demand on Sarvena's grid peaked at 13,900 megawatts on Thursday, about 9% above last year's record", 'according to'),
)
