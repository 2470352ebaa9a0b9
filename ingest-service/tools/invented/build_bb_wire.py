"""Set BB's five wire stories (see build_bb.py)."""
from invented_common import doc_spans as doc, s

KER = 'Kestmoor Energy Regulator'
NVP = 'Northvale Pipelines Corp'
STACK = 'Rowena Stackpole'
THORN = 'Agnes Thornquist'
TWA = 'The Tarrow Watershed Alliance'
MARSH = 'Declan Marsh-Ortega'

doc('bb01-wire-kestmoor-tarrow-pipeline-spill', 'Reuters', '2036-04-14', '''
Northvale shuts Tarrow pipeline after crude spill into river - energy regulator

CALDER FALLS, Kestmoor, April 14 (Reuters) - Northvale Pipelines Corp shut its 340,000 barrel-per-day Tarrow line on Monday after crude oil leaked into the Tarrow River near the town of Calder Falls, the Kestmoor Energy Regulator said, the second spill on the line in four years.

The regulator estimated in a notice posted on its website that about 2,100 barrels had escaped, and said a sheen had been seen as far as 18 kilometres downstream.

Northvale said in a statement that the leak had been found by its control centre at 4:40 a.m. and that crews had closed valves on either side of the break within 20 minutes.

"Our first concern is the people of Calder Falls and the river they depend on," Chief Executive Rowena Stackpole told a news conference in Harlow. "We will pay for every litre of this clean-up, and we will find out why it happened."

She declined to say whether the company would restart the line before the cause was known. Northvale did not say how much the clean-up would cost.

The Tarrow supplies drinking water to about 60,000 people downstream of Calder Falls and is one of the province's main trout fisheries. Booms were laid across the river at two points on Monday afternoon, and crews were using vacuum trucks to recover oil from the banks.

The line carries crude from the Brenna oil sands region to refineries and an export terminal on the coast. Its shutdown pushed the price of Brenna heavy crude at Harlow up $1.85 a barrel to its strongest in two months, according to data from the brokerage Castellan Energy Partners.

Two people familiar with the company's operations said the break was in a section of pipe that had been flagged for corrosion in an inspection last year. The people asked not to be identified because the findings are not public.

Northvale did not respond to a request for comment on the inspection.

Calder Falls Mayor Agnes Thornquist said the town had switched its water intake to a reservoir and had enough stored water for about a week.

"People here are angry, and they have a right to be," she said. "We were told after the last spill that this line was the safest in the province."

The Tarrow Watershed Alliance, an environmental group, said the spill had reached a wetland where trumpeter swans nest, and called for the line to stay closed until an independent review was finished.

The regulator said it had ordered Northvale to submit a repair plan and that its inspectors were on site.

Kestmoor's energy minister, Declan Marsh-Ortega, said on Monday evening that Northvale would "bear the full cost" of the clean-up.

Asked whether the government would reconsider the line's planned expansion, Marsh-Ortega said that was "a question for another day."

The Tarrow line was built in 1989 and runs 1,150 kilometres from Brenna to the port of Kestrel Bay. Northvale has applied to add a second, parallel line by 2040; hearings on that application are scheduled for September.

Northvale's shares fell 3.2 percent in Harlow trading, while the broader energy index was flat.

The line's last spill, in 2032, released about 900 barrels onto farmland east of Harlow. The regulator fined the company 4.5 million crowns over that spill.

(Reporting by Ines Halloran; Editing by Marcus Obi)
''',
    s(KER, 'energy regulator', 'Northvale shuts Tarrow pipeline after crude spill into river', ''),
    s(KER, 'the Kestmoor Energy Regulator', 'Northvale Pipelines Corp shut its 340,000 barrel-per-day Tarrow line on Monday after crude oil leaked into the Tarrow River near the town of Calder Falls', 'said'),
    s(KER, 'The regulator', 'about 2,100 barrels had escaped', 'estimated'),
    s(KER, '', 'a sheen had been seen as far as 18 kilometres downstream', 'said'),
    s(NVP, 'Northvale', 'the leak had been found by its control centre at 4:40 a.m. and that crews had closed valves on either side of the break within 20 minutes', 'said'),
    s(STACK, 'Chief Executive Rowena Stackpole', '"Our first concern is the people of Calder Falls and the river they depend on,"', 'told', 'direct', role='Chief Executive'),
    s(STACK, '', '"We will pay for every litre of this clean-up, and we will find out why it happened."', '', 'direct', role='Chief Executive'),
    s('Castellan Energy Partners', 'Castellan Energy Partners', 'Its shutdown pushed the price of Brenna heavy crude at Harlow up $1.85 a barrel to its strongest in two months', 'according to'),
    s("Two people familiar with the company's operations", "Two people familiar with the company's operations", 'the break was in a section of pipe that had been flagged for corrosion in an inspection last year', 'said'),
    s(THORN, 'Calder Falls Mayor Agnes Thornquist', 'the town had switched its water intake to a reservoir and had enough stored water for about a week', 'said', role='Calder Falls Mayor'),
    s(THORN, 'she', '"People here are angry, and they have a right to be,"', 'said', 'direct', role='Calder Falls Mayor'),
    s(THORN, '', '"We were told after the last spill that this line was the safest in the province."', '', 'direct', role='Calder Falls Mayor'),
    s(TWA, TWA, 'the spill had reached a wetland where trumpeter swans nest', 'said'),
    s(TWA, '', 'the line to stay closed until an independent review was finished', 'called for'),
    s(KER, 'The regulator', 'it had ordered Northvale to submit a repair plan and that its inspectors were on site', 'said'),
    s(MARSH, "Kestmoor's energy minister, Declan Marsh-Ortega", 'Northvale would "bear the full cost" of the clean-up', 'said', 'mixed', role="Kestmoor's energy minister"),
    s(MARSH, 'Marsh-Ortega', 'that was "a question for another day."', 'said', 'mixed', role="Kestmoor's energy minister"),
)

VCB = 'Velland Competition Bureau'
GRUN = 'Matthias Grünwald'
FENS = 'Odile Fensham'
VCCU = 'The Velland Cabin Crew Union'
WIER = 'Tomasz Wierzba'
ESTER = 'Paolo Esterhazy'

doc('bb02-wire-aerovanta-skylark-merger-approval', 'Bloomberg', '2036-03-12', '''
Aerovanta Wins Approval for Skylark Takeover With Slot Sales

- Chief executive says deal to close by end of June
- Fares capped on nine domestic routes for five years

(Bloomberg) -- Aerovanta Airlines SA won approval from Velland's competition bureau for its 3.1 billion-euro ($3.4 billion) takeover of Skylark Air, after agreeing to give up takeoff and landing slots at the country's busiest airport and to cap fares on routes where the two carriers are the only ones flying.

The Velland Competition Bureau said in a decision published Wednesday that without the remedies the merger would have left travelers on 23 routes with a single carrier. Aerovanta will hand 14 daily slot pairs at Port Hallam to rivals and hold fares on nine routes at 2035 levels, adjusted for inflation, until 2041, according to the decision.

"This is a deal we can live with, and more importantly one passengers can live with," Aerovanta Chief Executive Officer Matthias Grünwald said in an interview. The combined airline would complete the purchase by the end of June, he said, and keep both brands for at least two years.

The companies first announced the deal in April 2035. Aerovanta offered 9.40 euros a share in cash, a 31% premium to Skylark's closing price at the time. Skylark flies 41 aircraft, mostly regional turboprops, to 28 destinations in Velland and four neighboring countries.

Shares of Aerovanta rose as much as 6.8% in Lindau trading, the most since November. Skylark, whose shares are suspended pending the completion, didn't respond to a request for comment.

Rivals were less pleased. Brightwing, Velland's largest low-cost carrier, said the slots on offer were "the ones nobody wants" -- early-morning and late-evening pairs -- and that it would ask the bureau to reconsider.

The bureau's review took 11 months, longer than the seven months the companies had expected, people familiar with the process said. Officials had at one point considered blocking the deal outright, said one of the people, who asked not to be identified discussing internal deliberations.

The combined group will operate 163 aircraft and carry about 29 million passengers a year, based on 2035 figures.

The deal creates Velland's biggest airline by passengers, with about 38% of domestic seats, according to data compiled by Bloomberg.

The Velland Cabin Crew Union said it had been promised there would be no compulsory layoffs for three years and would hold the company to that. Union president Odile Fensham said in a phone interview that the maintenance base at Tressy, where Skylark employs 620 people, was "the one thing keeping us up at night."

Grünwald said there were "no plans" to close Tressy.

Analysts at Korvath Bank wrote in a note to clients that the remedies were milder than they had feared, and raised their price target on Aerovanta to 21 euros from 18 euros.

"The bureau blinked," said Tomasz Wierzba, an aviation analyst at Bloomberg Intelligence. "Fourteen slot pairs at Port Hallam is not going to create a serious competitor overnight."

Skylark, founded in 2011 as a regional carrier, lost 112 million euros last year as fuel and labor costs rose. Its founder, Henrike Alsvik, who owns 22% of the company, has said she would vote her shares in favor of the offer.

Transport Minister Paolo Esterhazy welcomed the decision in a post on the social network Chirp, writing that the fare caps would "protect the regions."
''',
    s(GRUN, 'Chief executive', 'deal to close by end of June', 'says', role='Chief Executive Officer'),
    s(VCB, 'The Velland Competition Bureau', 'without the remedies the merger would have left travelers on 23 routes with a single carrier', 'said'),
    s(VCB, 'the decision', 'Aerovanta will hand 14 daily slot pairs at Port Hallam to rivals and hold fares on nine routes at 2035 levels, adjusted for inflation, until 2041', 'according to'),
    s(GRUN, 'Aerovanta Chief Executive Officer Matthias Grünwald', '"This is a deal we can live with, and more importantly one passengers can live with,"', 'said', 'direct', role='Chief Executive Officer'),
    s(GRUN, 'he', ['The combined airline would complete the purchase by the end of June', 'and keep both brands for at least two years'], 'said', role='Chief Executive Officer'),
    s('Brightwing', "Brightwing, Velland's largest low-cost carrier", 'the slots on offer were "the ones nobody wants" -- early-morning and late-evening pairs -- and that it would ask the bureau to reconsider', 'said', 'mixed'),
    s('people familiar with the process', 'people familiar with the process', "The bureau's review took 11 months, longer than the seven months the companies had expected", 'said'),
    s('one of the people', 'one of the people', 'Officials had at one point considered blocking the deal outright', 'said'),
    s('Bloomberg', 'Bloomberg', "The deal creates Velland's biggest airline by passengers, with about 38% of domestic seats", 'according to'),
    s(VCCU, VCCU, 'it had been promised there would be no compulsory layoffs for three years and would hold the company to that', 'said'),
    s(FENS, 'Union president Odile Fensham', 'the maintenance base at Tressy, where Skylark employs 620 people, was "the one thing keeping us up at night."', 'said', 'mixed', role='Union president'),
    s(GRUN, 'Grünwald', 'there were "no plans" to close Tressy', 'said', 'mixed', role='Chief Executive Officer'),
    s('Analysts at Korvath Bank', 'Analysts at Korvath Bank', 'the remedies were milder than they had feared', 'wrote'),
    s(WIER, 'Tomasz Wierzba', '"The bureau blinked,"', 'said', 'direct', role='an aviation analyst at Bloomberg Intelligence'),
    s(WIER, '', '"Fourteen slot pairs at Port Hallam is not going to create a serious competitor overnight."', '', 'direct', role='an aviation analyst at Bloomberg Intelligence'),
    s('Henrike Alsvik', 'Henrike Alsvik', 'she would vote her shares in favor of the offer', 'has said', role='founder'),
    s(ESTER, 'Transport Minister Paolo Esterhazy', 'the decision', 'welcomed', role='Transport Minister'),
    s(ESTER, '', 'the fare caps would "protect the regions."', 'writing', 'mixed', role='Transport Minister'),
)

GTIA = 'Global Tennis Integrity Agency'
VARN = 'Saskia Varnell'
TORR = 'Anselm Torrebruno'
AMB = 'Hugo Ambersley'
WPC = "The Women's Players Council"
OTF = 'The Ostrian Tennis Federation'
VOST = 'Karel Vostry'

doc('bb03-wire-ostria-tennis-varnell-doping-ban', 'AP', '2036-02-17', '''
Varnell banned two years for doping, says she will fight ruling

BRESSANE, Ostria (AP) — Former Ostrian Open champion Saskia Varnell was banned for two years on Tuesday after testing positive for a blood booster, the Global Tennis Integrity Agency said.

The agency said an independent tribunal had found that the 24-year-old could not show how the substance, a long-acting form of EPO, entered her body. Her ban is backdated to Sept. 3, when she was provisionally suspended, and runs until September 2038.

Varnell said in a statement posted on social media that she was "devastated and angry" and would take the case to the Court of Arbitration for Sport.

"I have never cheated and I never will," she wrote. "I will spend every cent I have to prove it."

Her lawyer, Anselm Torrebruno, said the tribunal had ignored evidence that the sample was stored at the wrong temperature for two days before it reached the laboratory.

The agency said the laboratory's records showed the sample had been kept within the required range throughout.

"We follow the science and the rules, and the rules are the same for every player," agency chief executive Hugo Ambersley told The Associated Press.

Varnell did not attend the tribunal's hearing in person, appearing by video from her home in Bressane.

Varnell, ranked No. 11, won the Ostrian Open in 2034 and reached the semifinals at two other major tournaments. She has not played since August.

Players reacted with a mix of sympathy and frustration.

"It's sad for her, but if you take something, you pay for it," world No. 3 Ilona Dresch said after her second-round win at the Palmera Open.

The Women's Players Council, which represents players on the tour, said it respected the process but called for test results to be delivered faster. Varnell waited 11 weeks to learn the result of her B sample.

Anti-doping experts say the substance is rarely found in contaminated supplements or food, the defense many athletes offer.

Varnell's coach, Pieter Oudendijk, did not respond to messages.

The Ostrian Tennis Federation said it had removed Varnell from its team for next month's Nations Cup.

"We have to think about the team first," federation president Karel Vostry said. "Nobody here is happy about it."

Her sponsor, the sportswear company Kestrel Athletic, said it had suspended its contract with her until the appeal was decided.

Varnell turned professional at 16 and broke into the top 20 in 2033, the year she reached the final of the junior championships in Palmera. She is the first Ostrian player to be banned for doping since the agency was set up in 2026.

The case is the second doping ban for a top-20 women's player in two years. Marta Iglesias-Brun of Tarrenza served 18 months after testing positive for a banned diuretic in 2034; she said at the time that it had come from a contaminated hair-loss medication.

Torrebruno said the appeal would be filed within the 21 days allowed.
''',
    s(VARN, 'Varnell', 'she will fight ruling', 'says'),
    s(GTIA, 'the Global Tennis Integrity Agency', 'Former Ostrian Open champion Saskia Varnell was banned for two years on Tuesday after testing positive for a blood booster', 'said'),
    s(GTIA, 'The agency', 'an independent tribunal had found that the 24-year-old could not show how the substance, a long-acting form of EPO, entered her body', 'said'),
    s('an independent tribunal', 'an independent tribunal', 'the 24-year-old could not show how the substance, a long-acting form of EPO, entered her body', 'had found', nested=True, via=GTIA),
    s(VARN, 'Varnell', 'she was "devastated and angry" and would take the case to the Court of Arbitration for Sport', 'said', 'mixed'),
    s(VARN, 'she', '"I have never cheated and I never will,"', 'wrote', 'direct'),
    s(VARN, '', '"I will spend every cent I have to prove it."', '', 'direct'),
    s(TORR, 'Her lawyer, Anselm Torrebruno', 'the tribunal had ignored evidence that the sample was stored at the wrong temperature for two days before it reached the laboratory', 'said', role='Her lawyer'),
    s(GTIA, 'The agency', "the laboratory's records showed the sample had been kept within the required range throughout", 'said'),
    s("the laboratory's records", "the laboratory's records", 'the sample had been kept within the required range throughout', 'showed', nested=True, via=GTIA),
    s(AMB, 'agency chief executive Hugo Ambersley', '"We follow the science and the rules, and the rules are the same for every player,"', 'told', 'direct', role='agency chief executive'),
    s('Ilona Dresch', 'world No. 3 Ilona Dresch', '"It\'s sad for her, but if you take something, you pay for it,"', 'said', 'direct', role='world No. 3'),
    s(WPC, WPC, 'it respected the process', 'said'),
    s(WPC, '', 'test results to be delivered faster', 'called for'),
    s('Anti-doping experts', 'Anti-doping experts', 'the substance is rarely found in contaminated supplements or food', 'say'),
    s(OTF, OTF, "it had removed Varnell from its team for next month's Nations Cup", 'said'),
    s(VOST, 'federation president Karel Vostry', '"We have to think about the team first,"', 'said', 'direct', role='federation president'),
    s(VOST, '', '"Nobody here is happy about it."', '', 'direct', role='federation president'),
    s('Kestrel Athletic', 'Her sponsor, the sportswear company Kestrel Athletic', 'it had suspended its contract with her until the appeal was decided', 'said'),
    s('Marta Iglesias-Brun', 'she', 'it had come from a contaminated hair-loss medication', 'said', date='2034'),
    s(TORR, 'Torrebruno', 'the appeal would be filed within the 21 days allowed', 'said', role='Her lawyer'),
)

PZL = 'Parc zoologique du Lannois'
CORV = 'Amandine Corvisart'
AUB = 'Rémi Aubertin-Loscar'
CAGES = 'Cages Ouvertes'
BARTH = 'Léonie Barthas'
PELL = 'Yann Pelletier-Duroc'

doc('bb04-wire-vessiere-zoo-panda-loan', 'AFP', '2036-06-05', '''
Two giant pandas to arrive at Vessière zoo on 10-year loan

Vessière, Belvaria (AFP) - Two giant pandas will arrive at the Parc zoologique du Lannois in Vessière in October under a 10-year loan from Lurenia, the zoo announced on Thursday, ending a six-year wait for the Belvarian city.

The animals, a four-year-old male named Bao Lin and a three-year-old female named Xiao Yue, will live in a 4,000-square-metre enclosure that cost 19 million euros, said the zoo's director, Amandine Corvisart.

"Our dream is that they will have a cub here, but pandas decide these things for themselves," Corvisart told AFP.

The loan was signed on Wednesday in Tanshou, the Lurenian capital. Belvaria's culture minister, Rémi Aubertin-Loscar, who attended the signing, called the loan "a sign of friendship that goes beyond politics".

Bao Lin and Xiao Yue will travel on a chartered cargo plane with two Lurenian keepers, who will stay in Vessière for the first six months. Tickets for the opening weekend go on sale on Sept. 1.

Under the agreement, the zoo will pay Lurenia's wildlife conservation fund one million dollars a year, and any cub born in Vessière will be sent to Lurenia after its fourth birthday.

Animal welfare group Cages Ouvertes said the money would be better spent protecting the pandas' habitat in the wild, and called the loan "a diplomatic gift wrapped in fur".

"Pandas are not ambassadors. They are animals," the group's spokeswoman, Léonie Barthas, said.

Lurenia's embassy in Belvaria said in a statement that the loan was part of a joint research programme on panda breeding and that Belvarian vets had trained for two years at the Tanshou breeding centre.

Lurenia owns all giant pandas living abroad, about 70 animals in 20 countries, according to the Tanshou breeding centre.

Who will pay for the bamboo? The zoo says it has signed a contract with a farm in the south of the country that will deliver 100 kilograms a day.

Corvisart, a veterinarian who joined the zoo in 2019, said she had visited Tanshou four times to learn how keepers there care for the animals.

"They eat for 14 hours a day. Our job is mostly to keep the bamboo coming," she said.

Not every loan has gone smoothly. In 2031, a zoo in Harnia returned its pair two years early after a dispute over fees, according to Lurenian state media.

The pandas could draw an extra 400,000 visitors a year, said Yann Pelletier-Duroc, president of the Vessière tourism office.

"The first weekend is already full in our hotels," he said, laughing.

The zoo's previous star, an elephant named Orsa, died in 2033. Attendance fell by a quarter the following year, according to figures from Vessière city hall.

Corvisart said the enclosure would open to the public in mid-November, after the pandas had spent a month in quarantine.
''',
    s(PZL, 'the zoo', 'Two giant pandas will arrive at the Parc zoologique du Lannois in Vessière in October under a 10-year loan from Lurenia', 'announced'),
    s(CORV, "the zoo's director, Amandine Corvisart", 'The animals, a four-year-old male named Bao Lin and a three-year-old female named Xiao Yue, will live in a 4,000-square-metre enclosure that cost 19 million euros', 'said', role="the zoo's director"),
    s(CORV, 'Corvisart', '"Our dream is that they will have a cub here, but pandas decide these things for themselves,"', 'told', 'direct', role="the zoo's director"),
    s(AUB, "Belvaria's culture minister, Rémi Aubertin-Loscar", 'the loan "a sign of friendship that goes beyond politics"', 'called', 'mixed', role="Belvaria's culture minister"),
    s(CAGES, 'Animal welfare group Cages Ouvertes', "the money would be better spent protecting the pandas' habitat in the wild", 'said'),
    s(CAGES, '', 'the loan "a diplomatic gift wrapped in fur"', 'called', 'mixed'),
    s(BARTH, "the group's spokeswoman, Léonie Barthas", '"Pandas are not ambassadors. They are animals,"', 'said', 'direct', role="the group's spokeswoman"),
    s("Lurenia's embassy in Belvaria", "Lurenia's embassy in Belvaria", 'the loan was part of a joint research programme on panda breeding and that Belvarian vets had trained for two years at the Tanshou breeding centre', 'said'),
    s('Tanshou breeding centre', 'the Tanshou breeding centre', 'Lurenia owns all giant pandas living abroad, about 70 animals in 20 countries', 'according to'),
    s(PZL, 'The zoo', 'it has signed a contract with a farm in the south of the country that will deliver 100 kilograms a day', 'says'),
    s(CORV, 'Corvisart', 'she had visited Tanshou four times to learn how keepers there care for the animals', 'said', role="the zoo's director"),
    s(CORV, 'she', '"They eat for 14 hours a day. Our job is mostly to keep the bamboo coming,"', 'said', 'direct', role="the zoo's director"),
    s('Lurenian state media', 'Lurenian state media', 'In 2031, a zoo in Harnia returned its pair two years early after a dispute over fees', 'according to'),
    s(PELL, 'Yann Pelletier-Duroc', 'The pandas could draw an extra 400,000 visitors a year', 'said', role='president of the Vessière tourism office'),
    s(PELL, 'he', '"The first weekend is already full in our hotels,"', 'said', 'direct', role='president of the Vessière tourism office'),
    s('Vessière city hall', 'Vessière city hall', 'Attendance fell by a quarter the following year', 'according to'),
    s(CORV, 'Corvisart', 'the enclosure would open to the public in mid-November, after the pandas had spent a month in quarantine', 'said', role="the zoo's director"),
)

SF = 'Strandline Ferries'
OCC = 'Orrin Community Council'
KINL = 'Morag Kinlay'
ALLO = 'Fergus Alloway'
FERR = 'Iain Ferrabee'
PRIT = 'Shona Pritchett'

doc('bb05-wire-caelmark-orrin-ferry-cancellations', 'Reuters', '2036-01-09', '''
Strandline cancels Orrin Island ferries for a month, citing engine faults

PORT ABERLEIGH, Caelmark, Jan 9 (Reuters) - Strandline Ferries has cancelled all sailings between Port Aberleigh and Orrin Island until at least Feb. 10 after finding cracks in the engine mounts of both vessels that serve the route, the company said on Friday.

The cracks were found during a routine inspection of the MV Corrag on Tuesday, and a check of its sister ship, the MV Brennan, found the same fault, Strandline said.

About 2,300 people live on Orrin, which has no bridge to the mainland, and several hundred of them commute daily to jobs and schools in Port Aberleigh, according to the Orrin Community Council.

"We have a doctor's surgery, a shop and a primary school. Everything else is across the water," said Morag Kinlay, who chairs the council. "Some people will simply lose their jobs."

Strandline said it had chartered a smaller passenger-only boat, the Skua, which would make four crossings a day from Monday, weather permitting, and that freight would be carried by a landing craft twice a week. The Skua carries 60 passengers and cannot take cars or lorries. The regular crossing takes 50 minutes in good weather; the Skua's will take about 70. Strandline did not say how much the charter would cost.

Caelmark's Transport Minister Fergus Alloway said the cancellations were "completely unacceptable" and that he had asked Strandline's chief executive to explain why no spare vessels were available.

The government pays Strandline about 38 million crowns a year to run eight island routes under a contract that expires in 2038, according to budget documents.

Strandline Chief Executive Iain Ferrabee told Reuters the company had two spare vessels but both were in dry dock for their annual overhauls.

"In hindsight, we would have staggered those overhauls," he said. "We got that wrong, and I apologise to the people of Orrin."

Islanders have complained for years about the age of the fleet. The Corrag was built in 1998 and the Brennan in 2001.

Shona Pritchett, a spokeswoman for the Caelmark Harbours Authority, which owns both ships and leases them to Strandline, said engineers would decide next week whether the cracks could be welded or the mounts had to be replaced.

Schools on Orrin will stay open, but the 45 secondary pupils who attend Port Aberleigh Academy will be taught online until the service resumes, the regional education authority said.

Orrin last lost its ferry for nine days in 2034, when the Brennan broke down during a storm and the island's only shop ran out of milk and bread within three days.

Calum Dreghorn, who owns the Orrin Hotel, said he had lost 40 bookings since the announcement.

Asked whether the company would pay compensation, Ferrabee said it would refund season tickets for the weeks without service.

(Reporting by Euan Maclachlan; Editing by Priya Raman)
''',
    s(SF, 'Strandline', 'engine faults', 'citing'),
    s(SF, 'the company', 'Strandline Ferries has cancelled all sailings between Port Aberleigh and Orrin Island until at least Feb. 10 after finding cracks in the engine mounts of both vessels that serve the route', 'said'),
    s(SF, 'Strandline', 'The cracks were found during a routine inspection of the MV Corrag on Tuesday, and a check of its sister ship, the MV Brennan, found the same fault', 'said'),
    s(OCC, 'the Orrin Community Council', 'About 2,300 people live on Orrin, which has no bridge to the mainland, and several hundred of them commute daily to jobs and schools in Port Aberleigh', 'according to'),
    s(KINL, 'Morag Kinlay', '"We have a doctor\'s surgery, a shop and a primary school. Everything else is across the water,"', 'said', 'direct', role=''),
    s(KINL, '', '"Some people will simply lose their jobs."', '', 'direct', role=''),
    s(SF, 'Strandline', 'it had chartered a smaller passenger-only boat, the Skua, which would make four crossings a day from Monday, weather permitting, and that freight would be carried by a landing craft twice a week', 'said'),
    s(ALLO, "Caelmark's Transport Minister Fergus Alloway", 'the cancellations were "completely unacceptable" and that he had asked Strandline\'s chief executive to explain why no spare vessels were available', 'said', 'mixed', role='Transport Minister'),
    s('budget documents', 'budget documents', 'The government pays Strandline about 38 million crowns a year to run eight island routes under a contract that expires in 2038', 'according to'),
    s(FERR, 'Strandline Chief Executive Iain Ferrabee', 'the company had two spare vessels but both were in dry dock for their annual overhauls', 'told', role='Chief Executive'),
    s(FERR, 'he', '"In hindsight, we would have staggered those overhauls,"', 'said', 'direct', role='Chief Executive'),
    s(FERR, '', '"We got that wrong, and I apologise to the people of Orrin."', '', 'direct', role='Chief Executive'),
    s('Islanders', 'Islanders', 'the age of the fleet', 'have complained'),
    s(PRIT, 'Shona Pritchett', 'engineers would decide next week whether the cracks could be welded or the mounts had to be replaced', 'said', role='a spokeswoman for the Caelmark Harbours Authority'),
    s('the regional education authority', 'the regional education authority', 'Schools on Orrin will stay open, but the 45 secondary pupils who attend Port Aberleigh Academy will be taught online until the service resumes', 'said'),
    s('Calum Dreghorn', 'Calum Dreghorn', 'he had lost 40 bookings since the announcement', 'said', role=''),
    s(FERR, 'Ferrabee', 'it would refund season tickets for the weeks without service', 'said', role='Chief Executive'),
)
