"""Set AR's five wire stories (see build_ar.py)."""
from invented_common import doc_spans as doc, s

TPA = 'Telecommunications and Post Authority'
KEL = 'Kelvara Telecom'
BRAN = 'Lotte Brandvik'
HOLL = 'Rasmus Holloway-Nyberg'
SALT = 'Ingrid Saltvik'
AASE = 'Henrik Aasen'

doc('ar01-wire-kelvara-telecom-customer-data-breach', 'Reuters', '2034-03-16', '''
Hackers stole data of 6 million Kelvara customers, telecom regulator says

OSTERLUND, March 16 (Reuters) - Hackers copied the names, addresses and identity numbers of about 6.2 million customers of Kelvara Telecom, the country's largest mobile operator, in an attack that went unnoticed for at least five weeks, the national telecommunications regulator said on Thursday.

The Telecommunications and Post Authority said Kelvara had told it of the breach on March 2, a day after the company's security staff found an unfamiliar program running on a billing server. Under the law, operators must report a breach within 72 hours of discovering it.

Kelvara said in a statement that no passwords or bank card numbers had been taken and that calls and text messages had not been affected. It said it had closed the route the attackers used and hired an outside firm to investigate.

"We let our customers down, and I am not going to pretend otherwise," Kelvara Chief Executive Lotte Brandvik told a news conference in the capital. "Every customer whose data was taken will hear from us by letter this month."

Brandvik said the company would pay for two years of identity monitoring for affected customers. Asked why it had taken twelve days to tell the public, she said investigators had asked the company to wait while they traced the attackers.

A group that calls itself Nightjar posted a sample of 10,000 Kelvara customer records on a leak site on Wednesday and demanded a payment in cryptocurrency, according to Hallam Threat Research, a security firm that monitors such sites. Kelvara said it would not pay.

Two people familiar with the investigation said the attackers had got in using the login of a contractor whose password had been published in an earlier, unrelated leak. One of them said the account had not been protected by a second authentication step, which the company's own rules require.

Kelvara declined to comment on how the attackers had entered its systems.

The breach is the largest reported in the country since the authority began keeping a register of data incidents in 2025. The previous largest, at a chain of pharmacies in 2031, exposed the records of about 1.3 million customers and ended with a fine that was later halved on appeal.

Digital Affairs Minister Rasmus Holloway-Nyberg said the government would ask parliament to double the maximum fine for operators that fail to protect customer data, now set at 2% of annual revenue.

"A mobile number is now the key to a person's bank, their doctor and their tax account. Companies that hold those keys have to guard them," he said.

Consumer groups urged customers to watch for calls and messages from people pretending to be from Kelvara or from their banks. The Consumer Council's director, Ingrid Saltvik, said the stolen identity numbers were "the worst part of it, because you cannot change them like a password."

Kelvara's shares fell 7.4% in Osterlund trading, their steepest one-day drop since 2029. Analysts at Nordmark Securities estimated that the cost of the attack, including letters, monitoring and a possible fine, could reach 900 million crowns.

Henrik Aasen, a security researcher at the University of Osterlund, said telecom operators were attractive targets because their records link a phone number to a real identity. He warned that a sample posted by a gang was often "the first slice, not the whole cake."

Kelvara has about 9 million subscribers and is 34% owned by the state. Its mobile network covers more than 99% of the country's population, and it also sells broadband and television services to about 1.4 million homes. The company spent much of last year upgrading its billing systems, a project it has said will cut costs by 400 million crowns a year from 2035.

Some customers were less forgiving. "I got a text from them this morning telling me to be careful with texts," said Mette Ravn, 41, a nurse in the port city of Halvik. "That tells you everything."
''',
    s(TPA, 'telecom regulator', 'Hackers stole data of 6 million Kelvara customers', 'says'),
    s(TPA, 'the national telecommunications regulator', 'Hackers copied the names, addresses and identity numbers|for at least five weeks', 'said'),
    s(TPA, 'The Telecommunications and Post Authority', 'Kelvara had told it of the breach on March 2|running on a billing server', 'said'),
    s(KEL, 'Kelvara', 'no passwords or bank card numbers had been taken|had not been affected', 'said'),
    s(KEL, 'It', 'it had closed the route the attackers used and hired an outside firm to investigate', 'said'),
    s(BRAN, 'Kelvara Chief Executive Lotte Brandvik', '"We let our customers down, and I am not going to pretend otherwise,"', 'told', 'direct', role='Chief Executive'),
    s(BRAN, '', '"Every customer whose data was taken will hear from us by letter this month."', '', 'direct', role='Chief Executive'),
    s(BRAN, 'Brandvik', 'the company would pay for two years of identity monitoring for affected customers', 'said', role='Chief Executive'),
    s(BRAN, 'she', 'investigators had asked the company to wait while they traced the attackers', 'said', role='Chief Executive'),
    s('Hallam Threat Research', 'Hallam Threat Research', 'A group that calls itself Nightjar posted a sample|a payment in cryptocurrency', 'according to'),
    s('Nightjar', 'A group that calls itself Nightjar', 'a payment in cryptocurrency', 'demanded', nested=True, via='Hallam Threat Research'),
    s(KEL, 'Kelvara', 'it would not pay', 'said'),
    s('Two people familiar with the investigation', 'Two people familiar with the investigation', 'the attackers had got in using the login of a contractor|an earlier, unrelated leak', 'said'),
    s('One of them', 'One of them', "the account had not been protected by a second authentication step, which the company's own rules require", 'said'),
    s(HOLL, 'Digital Affairs Minister Rasmus Holloway-Nyberg', 'the government would ask parliament to double the maximum fine|2% of annual revenue', 'said', role='Digital Affairs Minister'),
    s(HOLL, 'he', '"A mobile number is now the key|have to guard them,"', 'said', 'direct', role='Digital Affairs Minister'),
    s('Consumer groups', 'Consumer groups', 'customers to watch for calls and messages from people pretending to be from Kelvara or from their banks', 'urged'),
    s(SALT, "The Consumer Council's director, Ingrid Saltvik", 'the stolen identity numbers were "the worst part of it|like a password."', 'said', 'mixed', role='director'),
    s('Analysts at Nordmark Securities', 'Analysts at Nordmark Securities', 'the cost of the attack, including letters|could reach 900 million crowns', 'estimated'),
    s(AASE, 'Henrik Aasen, a security researcher at the University of Osterlund', 'telecom operators were attractive targets|to a real identity', 'said', role='security researcher'),
    s(AASE, 'He', 'a sample posted by a gang was often "the first slice, not the whole cake."', 'warned', 'mixed', role='security researcher'),
    s(KEL, 'it', 'will cut costs by 400 million crowns a year from 2035', 'has said'),
    s('Mette Ravn', 'Mette Ravn', '"I got a text from them this morning telling me to be careful with texts,"', 'said', 'direct', role='nurse'),
    s('Mette Ravn', '', '"That tells you everything."', '', 'direct', role='nurse'),
)

VPOL = 'cantonal police of Valdis'
ABPL = 'Corinne Abplanalp'
HOHB = 'Hohgrat Bergbahnen'
KAEL = 'Urs Kälin'
IMFE = 'Nadja Imfeld'
BREN = 'Lukas Brenner'
GROO = 'Annelie de Groot'

doc('ar02-wire-alvernia-cable-car-cabin-falls', 'Agence France-Presse', '2034-02-11', '''
Seven killed as cable car cabin plunges at Alvernian ski resort

SANKT ORSEL, Alvernia (AFP) - Seven people were killed and four injured on Saturday when a cabin of a cable car carrying skiers to the summit of the Hohgrat came off its cable and fell about 40 metres onto a slope, the cantonal police of Valdis said.

The cabin, one of 24 on the line, detached from the haul cable shortly after 10:15 am, about two-thirds of the way up, a police spokeswoman, Corinne Abplanalp, told AFP. Among the dead were two children and a couple from the Netherlands, she said.

Rescuers reached the site by helicopter within fifteen minutes, according to the canton's mountain rescue service, which said three of the injured were in a serious condition.

"The cabin was on its side in the snow, and the doors had burst open," said Fabian Rüegg, a ski instructor who was among the first to arrive. "We dug with our hands until the helicopters came."

The operator, Hohgrat Bergbahnen, halted all its lifts and said in a statement that it was "in shock and mourning" and would cooperate fully with investigators. The company's director, Urs Kälin, said the line had passed its annual inspection in November.

"I have worked on this mountain for 31 years. I cannot explain to you today what happened," Kälin told reporters at the valley station, his voice breaking.

The canton's public prosecutor has opened an investigation for negligent homicide, which is standard after fatal accidents, the prosecutor's office said. Prosecutor Nadja Imfeld said experts would examine the grip that attaches the cabin to the cable and that the recovered cabin had been taken to a secure hangar.

Alvernian President Matthias Gerber expressed his condolences to the families of the victims. He said the country owed them "the whole truth, and quickly."

Cable cars are among the safest forms of transport in the Alps. According to the Alvernian Federal Office of Transport, there have been three fatal accidents on the country's roughly 2,400 lifts in the past twenty years.

Lukas Brenner, an engineer who has investigated cable car accidents in three countries, said a failure of the grip was the most likely explanation for a single cabin falling while the others stayed on the line. He cautioned, however, that weather, maintenance and human error would all have to be ruled out.

"Grips are checked every day by eye and every year by machine. Something in between went wrong, or the machine missed it," he told AFP.

The line, built in 1998 and renovated in 2026, carries up to 1,800 people an hour from the village to the Hohgrat's summit restaurant at 2,930 metres. It was the resort's busiest lift on weekends, and queues at the valley station often stretched into the car park during the February school holidays, when the resort's hotels are usually full.

Skiers who had been in other cabins of the line were brought down by helicopter and on foot over the next three hours, a rescue service spokesman said. Several skiers said they had not known for more than an hour what had happened.

"We were hanging there and swinging, and nobody told us anything," said Annelie de Groot, 29, from Utrecht. "Then we saw the helicopters land below us."

Sankt Orsel, a village of about 1,600 people, has more than 9,000 guest beds, and the lift company is its largest employer. Flags at the town hall and at the valley station were lowered to half-mast in the afternoon, and the bells of the parish church rang for several minutes at noon.

The resort's other lifts will stay closed on Sunday, the municipality said.
''',
    s(VPOL, 'the cantonal police of Valdis', 'Seven people were killed and four injured on Saturday|about 40 metres onto a slope', 'said'),
    s(ABPL, 'a police spokeswoman, Corinne Abplanalp', 'The cabin, one of 24 on the line, detached from the haul cable|two-thirds of the way up', 'told', role='police spokeswoman'),
    s(ABPL, 'she', 'Among the dead were two children and a couple from the Netherlands', 'said', role='police spokeswoman'),
    s('mountain rescue service', "the canton's mountain rescue service", 'Rescuers reached the site by helicopter within fifteen minutes', 'according to'),
    s('mountain rescue service', 'which', 'three of the injured were in a serious condition', 'said'),
    s('Fabian Rüegg', 'Fabian Rüegg', '"The cabin was on its side in the snow, and the doors had burst open,"', 'said', 'direct', role='ski instructor'),
    s('Fabian Rüegg', '', '"We dug with our hands until the helicopters came."', '', 'direct', role='ski instructor'),
    s(HOHB, 'The operator, Hohgrat Bergbahnen', 'it was "in shock and mourning" and would cooperate fully with investigators', 'said', 'mixed'),
    s(KAEL, "The company's director, Urs Kälin", 'the line had passed its annual inspection in November', 'said', role='director'),
    s(KAEL, 'Kälin', '"I have worked on this mountain for 31 years. I cannot explain to you today what happened,"', 'told', 'direct', role='director'),
    s("prosecutor's office", "the prosecutor's office", "The canton's public prosecutor has opened an investigation for negligent homicide, which is standard after fatal accidents", 'said'),
    s(IMFE, 'Prosecutor Nadja Imfeld', 'experts would examine the grip that attaches the cabin to the cable|taken to a secure hangar', 'said', role='Prosecutor'),
    s('Matthias Gerber', 'He', 'the country owed them "the whole truth, and quickly."', 'said', 'mixed', role='Alvernian President'),
    s('Alvernian Federal Office of Transport', 'the Alvernian Federal Office of Transport', 'there have been three fatal accidents|in the past twenty years', 'According to'),
    s(BREN, 'Lukas Brenner, an engineer who has investigated cable car accidents in three countries', 'a failure of the grip was the most likely explanation|stayed on the line', 'said', role='engineer'),
    s(BREN, 'He', 'weather, maintenance and human error would all have to be ruled out', 'cautioned', role='engineer'),
    s(BREN, 'he', '"Grips are checked every day by eye and every year by machine. Something in between went wrong, or the machine missed it,"', 'told', 'direct', role='engineer'),
    s('a rescue service spokesman', 'a rescue service spokesman', 'Skiers who had been in other cabins of the line were brought down|over the next three hours', 'said', role='rescue service spokesman'),
    s('Several skiers', 'Several skiers', 'they had not known for more than an hour what had happened', 'said'),
    s(GROO, 'Annelie de Groot', '"We were hanging there and swinging, and nobody told us anything,"', 'said', 'direct'),
    s(GROO, '', '"Then we saw the helicopters land below us."', '', 'direct'),
    s('municipality', 'the municipality', "The resort's other lifts will stay closed on Sunday", 'said'),
)

PGOV = "Peloria's government"
SALM = 'Salmara Lithium Corp.'
QUIS = 'Eva Quispe-Lorenz'
WHIT = 'Darren Whitcombe'
MAMA = 'Saturnino Mamani'
RELL = 'Tomás Rendón'

doc('ar03-wire-peloria-revokes-lithium-concession', 'Bloomberg', '2034-07-24', '''
Peloria Revokes Lithium Concession, Sending Miner's Shares Plunging

(Bloomberg) -- Peloria's government revoked the mining concession of Salmara Lithium Corp. on Monday, saying the company had failed to meet investment commitments and had drawn more water from a protected salt flat than its permit allowed.

Salmara's shares fell as much as 38% in Halbridge trading, the most on record, wiping out about $1.1 billion of market value.

Mining Minister Eva Quispe-Lorenz said at a press briefing in the capital that the company had been warned three times since 2032 and had "chosen not to listen." The concession, covering about 180 square kilometers of the Salar de Tunu, will pass to the state lithium company, Litoral Andino, she said.

Salmara said in a statement that the decision was unlawful and that it would seek arbitration under an investment treaty between Peloria and Norvania, where the company is based. It has spent more than $640 million developing the project and had planned to start production next year.

"We have met every obligation in the concession agreement, and we have the documents to prove it," Chief Executive Officer Darren Whitcombe said on a call with analysts. He declined to say how much the company would claim.

The government's decision follows months of protests by Indigenous communities around the salt flat, who say pumping brine has lowered the water table and dried out pastures used by their llama herds. Community leader Saturnino Mamani welcomed the move but said the state company must not repeat Salmara's mistakes.

"For us it does not matter whose name is on the gate. It matters how much water they take," Mamani said by phone from the village of Tunupa.

Peloria holds about a tenth of the world's known lithium reserves, according to the International Lithium Institute, but produces only a small share of global supply. President Alcides Ferrer has said he wants the country to process lithium at home rather than export raw brine.

Analysts were divided on the wider message to investors. Jana Oberholzer, a mining analyst at Clayfield Capital in London, said the move would make foreign companies "think twice" before committing to Peloria. Others said the government had a legitimate case.

"The water complaints were documented long before this government took office," said Tomás Rendón, a lawyer in the capital, Santa Inés, who advises mining communities. "This is not only about nationalism."

Litoral Andino has never produced lithium on a commercial scale. Its chairman, Hugo Pardo, said the company would need a partner and expected to name one by the end of the year, though he did not say whether Salmara could be considered.

Lithium prices have fallen about 40% from their 2032 peak as new supply came onto the market, squeezing margins at projects that, like Salmara's, were planned when prices were at record highs. The salt flat lies at about 3,700 meters above sea level, and the nearest town with a hospital is a six-hour drive away on unpaved roads. Salmara had built a camp for 400 workers and a pilot plant that produced its first lithium carbonate samples last year. Battery makers have meanwhile moved to lock in long-term supply contracts with producers in countries they consider politically stable.

The Norvanian embassy in Peloria said it was following the case closely and was in contact with the company.
''',
    s(PGOV, "Peloria's government", 'the company had failed to meet investment commitments|than its permit allowed', 'saying'),
    s(QUIS, 'Mining Minister Eva Quispe-Lorenz', 'the company had been warned three times since 2032 and had "chosen not to listen."', 'said', 'mixed', role='Mining Minister'),
    s(QUIS, 'she', 'The concession, covering about 180 square kilometers|Litoral Andino', 'said', role='Mining Minister'),
    s(SALM, 'Salmara', 'the decision was unlawful|where the company is based', 'said'),
    s(WHIT, 'Chief Executive Officer Darren Whitcombe', '"We have met every obligation in the concession agreement, and we have the documents to prove it,"', 'said', 'direct', role='Chief Executive Officer'),
    s('Indigenous communities around the salt flat', 'who', 'pumping brine has lowered the water table|used by their llama herds', 'say'),
    s(MAMA, 'Community leader Saturnino Mamani', 'the move', 'welcomed', role='Community leader'),
    s(MAMA, '', "the state company must not repeat Salmara's mistakes", 'said', role='Community leader'),
    s(MAMA, 'Mamani', '"For us it does not matter whose name is on the gate. It matters how much water they take,"', 'said', 'direct', role='Community leader'),
    s('International Lithium Institute', 'the International Lithium Institute', "Peloria holds about a tenth of the world's known lithium reserves", 'according to'),
    s('Alcides Ferrer', 'President Alcides Ferrer', 'he wants the country to process lithium at home rather than export raw brine', 'has said', role='President'),
    s('Jana Oberholzer', 'Jana Oberholzer, a mining analyst at Clayfield Capital in London', 'the move would make foreign companies "think twice" before committing to Peloria', 'said', 'mixed', role='mining analyst'),
    s('Others', 'Others', 'the government had a legitimate case', 'said'),
    s(RELL, 'Tomás Rendón', '"The water complaints were documented long before this government took office,"', 'said', 'direct', role='lawyer'),
    s(RELL, '', '"This is not only about nationalism."', '', 'direct', role='lawyer'),
    s('Hugo Pardo', 'Its chairman, Hugo Pardo', 'the company would need a partner and expected to name one by the end of the year', 'said', role='chairman'),
    s('Norvanian embassy in Peloria', 'The Norvanian embassy in Peloria', 'it was following the case closely and was in contact with the company', 'said'),
)

DAG = 'state Department of Agriculture'
WHTA = 'Della Whitacre'
SADO = 'Ruth Ann Sadowski'
KETT = 'Amos Kettering'
MARC = 'Lena Marchetti'

doc('ar04-wire-kessinia-egg-farm-bird-flu-cull', 'Associated Press', '2034-11-03', '''
Bird flu found at egg farm, 1.2 million hens to be culled

ORRIN, Kessinia (AP) - Bird flu has been confirmed at one of Kessinia's largest egg farms, and about 1.2 million hens will be killed to stop the virus from spreading, state agriculture officials said Friday.

The state Department of Agriculture said tests by its laboratory had found a highly pathogenic strain of avian influenza in birds from two barns at Greyfield Egg Farms near the town of Orrin, where workers had reported an unusual number of dead hens earlier in the week.

Agriculture Commissioner Della Whitacre said crews would begin euthanizing the flock over the weekend and that the farm would be cleaned and disinfected before it could restock, a process that usually takes several months.

"This is a hard day for the family that runs this farm and for the 140 people who work there," Whitacre said. "But the fastest way to protect every other flock in the state is to act today."

A 10-kilometer control zone has been set up around the farm, and poultry in that area cannot be moved without a permit, according to the department.

The risk to the public remains low, the state health department said. No human infections have been reported in Kessinia. A spokesman, Brent Okafor, said workers at the farm were being offered antiviral medicine and would be monitored for symptoms for ten days.

Greyfield's owner, Ruth Ann Sadowski, whose grandfather started the business with 300 chickens in 1961, said the family had followed every biosecurity rule, including showers for workers and nets over the ventilation fans.

"We did everything they told us to do. The birds come in anyway, on the wind, on the boots, we don't know," she said.

Compensation from the national Animal Health Service will cover part of the value of the birds but not lost income, Sadowski said.

State veterinarian Dr. Amos Kettering said wild ducks migrating through the region this month were the most likely source. He urged backyard flock owners to keep their birds indoors and to report sick or dead birds immediately.

The outbreak could push up egg prices, which had only recently come down from last year's highs. Lena Marchetti, an agricultural economist at Kessinia State University, estimated that the farm supplies about 8% of the eggs sold in the state.

"Shoppers may notice it within a couple of weeks, mostly in store-brand eggs," she said.

Animal welfare groups have criticized the method used to kill large flocks, which involves shutting off barn ventilation. The department said it would use carbon dioxide foam instead.

Neighbors said they had noticed trucks coming and going at night all week. "You could tell something was wrong," said Carl Voss, who farms soybeans across the road. "Nobody wanted to say it out loud."

Egg farms of Greyfield's size keep hens in long barns that hold up to 150,000 birds each, and a virus that enters one barn can spread to the others within days through dust, equipment and workers moving between them. It is the third commercial flock in Kessinia infected since October. Outbreaks at a turkey farm in the western part of the state and at a duck farm near the border forced the culling of about 240,000 birds in all. Kessinia ranks fifth in the country for egg production, with about 19 million laying hens, and the industry employs about 6,000 people, most of them in small towns like Orrin, where Greyfield is the largest private employer.
''',
    s('state agriculture officials', 'state agriculture officials', "Bird flu has been confirmed at one of Kessinia's largest egg farms|from spreading", 'said'),
    s(DAG, 'The state Department of Agriculture', 'tests by its laboratory had found a highly pathogenic strain|earlier in the week', 'said'),
    s(WHTA, 'Agriculture Commissioner Della Whitacre', 'crews would begin euthanizing the flock over the weekend|usually takes several months', 'said', role='Agriculture Commissioner'),
    s(WHTA, 'Whitacre', '"This is a hard day for the family that runs this farm and for the 140 people who work there,"', 'said', 'direct', role='Agriculture Commissioner'),
    s(WHTA, '', '"But the fastest way to protect every other flock in the state is to act today."', '', 'direct', role='Agriculture Commissioner'),
    s(DAG, 'the department', 'A 10-kilometer control zone has been set up around the farm|without a permit', 'according to'),
    s('state health department', 'the state health department', 'The risk to the public remains low', 'said'),
    s('Brent Okafor', 'A spokesman, Brent Okafor', 'workers at the farm were being offered antiviral medicine|for ten days', 'said', role='spokesman'),
    s(SADO, "Greyfield's owner, Ruth Ann Sadowski", 'the family had followed every biosecurity rule|over the ventilation fans', 'said', role='owner'),
    s(SADO, 'she', '"We did everything they told us to do.|we don\'t know,"', 'said', 'direct', role='owner'),
    s(SADO, 'Sadowski', 'Compensation from the national Animal Health Service|but not lost income', 'said', role='owner'),
    s(KETT, 'State veterinarian Dr. Amos Kettering', 'wild ducks migrating through the region this month were the most likely source', 'said', role='State veterinarian'),
    s(KETT, 'He', 'backyard flock owners to keep their birds indoors and to report sick or dead birds immediately', 'urged', role='State veterinarian'),
    s(MARC, 'Lena Marchetti, an agricultural economist at Kessinia State University', 'the farm supplies about 8% of the eggs sold in the state', 'estimated', role='agricultural economist'),
    s(MARC, 'she', '"Shoppers may notice it within a couple of weeks, mostly in store-brand eggs,"', 'said', 'direct', role='agricultural economist'),
    s('Animal welfare groups', 'Animal welfare groups', 'the method used to kill large flocks, which involves shutting off barn ventilation', 'have criticized'),
    s(DAG, 'The department', 'it would use carbon dioxide foam instead', 'said'),
    s('Neighbors', 'Neighbors', 'they had noticed trucks coming and going at night all week', 'said'),
    s('Carl Voss', 'Carl Voss', '"You could tell something was wrong,"', 'said', 'direct'),
    s('Carl Voss', '', '"Nobody wanted to say it out loud."', '', 'direct'),
)

LIND = 'Margarethe Lindqvist'
BARZ = 'Noa Barzani'
COQU = 'Armand Coquelle'
HOLM = 'Sunniva Holm'
VENT = 'Paulo Ventresca'
ATLA = 'Atlas Pictures'

doc('ar05-wire-sarrance-film-festival-golden-heron', 'Agence France-Presse', '2034-05-27', '''
Debut about smugglers' family wins Golden Heron at Sarrance

SARRANCE, Valmerie (AFP) - "The Salt Road", a first feature by Keshet director Noa Barzani about a family of smugglers in a border town, won the Golden Heron at the Sarrance International Film Festival on Saturday, a surprise choice by a jury that passed over several veteran directors.

Jury president Margarethe Lindqvist, the Halstrom-born actress, said the jury had reached its decision "after a long night and a short argument."

"We chose the film that we could not stop talking about at breakfast," she told a news conference after the ceremony.

Barzani, 34, who paid for part of the film by selling her car, dedicated the prize to the non-professional actors from her hometown who make up most of the cast.

"Half of them have never been inside a cinema. Tonight they are in every newspaper," she said on stage, holding the heron-shaped trophy above her head.

The Grand Jury Prize went to veteran director Armand Coquelle's "Winter Hours", which many critics had tipped to win. Coquelle told AFP he was "happy for the young lady" and that he had "won enough prizes for three lifetimes."

The best actress award went to Sunniva Holm for her role as a retired judge in "The Hearing". Holm, 71, who came out of retirement for the part, said she had accepted it only because the director "wrote me a letter by hand."

The festival's artistic director, Paulo Ventresca, said this year's edition had sold a record 212,000 tickets, up 9% from last year, and that 41% of the films in competition were directed by women, the highest share in the festival's history.

Festival organisers said the ceremony had started 40 minutes late because of a power cut in the old town.

The jury also gave a special mention to "Night Ferry", a documentary by the brothers Idris and Samir Talbi about the crews of the last overnight boats on the Valmerian coast. Idris Talbi said the brothers had spent three winters on board and had almost given up twice for lack of money.

"The sailors thought we were mad. By the end, they were helping us carry the cameras," Samir Talbi told reporters.

Not everyone welcomed the jury's choices. The critic Hélène Massoud, writing in the daily Le Courrier de Sarrance, called the top prize "a vote for a promising film rather than for the best one."

The festival had been overshadowed in its first week by a dispute with cinema workers' unions, which said technicians were being paid below the industry minimum. The unions called off a planned strike on Wednesday after the festival agreed to raise rates, according to the Federation of Screen Workers.

Barzani's film was shot over 24 days in her hometown of Yarden, near the Keshet border, with a crew of 19 and a budget of about 800,000 euros. Its distributor, Atlas Pictures, said it would release the film in 14 countries this autumn.

"It is a small film. Now it has to travel like a big one," said Atlas Pictures chief Omar Benali.

The Sarrance festival, founded in 1952, is one of Europe's oldest and traditionally launches several films that go on to compete for awards later in the year. Last year's winner, a three-hour drama about a coal miners' strike, was shown in more than 40 countries. The festival closes on Sunday with public screenings of the winning films in the town's open-air theatre on the seafront, which seats 3,500.
''',
    s(LIND, 'Jury president Margarethe Lindqvist, the Halstrom-born actress', 'the jury had reached its decision "after a long night and a short argument."', 'said', 'mixed', role='Jury president'),
    s(LIND, 'she', '"We chose the film that we could not stop talking about at breakfast,"', 'told', 'direct', role='Jury president'),
    s(BARZ, 'she', '"Half of them have never been inside a cinema. Tonight they are in every newspaper,"', 'said', 'direct', role='director'),
    s(COQU, 'Coquelle', 'he was "happy for the young lady" and that he had "won enough prizes for three lifetimes."', 'told', 'mixed', role='director'),
    s(HOLM, 'Holm', 'she had accepted it only because the director "wrote me a letter by hand."', 'said', 'mixed'),
    s(VENT, "The festival's artistic director, Paulo Ventresca", "this year's edition had sold a record 212,000 tickets|in the festival's history", 'said', role='artistic director'),
    s('Festival organisers', 'Festival organisers', 'the ceremony had started 40 minutes late because of a power cut in the old town', 'said'),
    s('Idris Talbi', 'Idris Talbi', 'the brothers had spent three winters on board and had almost given up twice for lack of money', 'said'),
    s('Samir Talbi', 'Samir Talbi', '"The sailors thought we were mad. By the end, they were helping us carry the cameras,"', 'told', 'direct'),
    s('Hélène Massoud', 'The critic Hélène Massoud', 'the top prize "a vote for a promising film rather than for the best one."', 'called', 'mixed', role='critic'),
    s("cinema workers' unions", 'which', 'technicians were being paid below the industry minimum', 'said'),
    s('Federation of Screen Workers', 'the Federation of Screen Workers', 'The unions called off a planned strike on Wednesday after the festival agreed to raise rates', 'according to'),
    s(ATLA, 'Its distributor, Atlas Pictures', 'it would release the film in 14 countries this autumn', 'said'),
    s('Omar Benali', 'Atlas Pictures chief Omar Benali', '"It is a small film. Now it has to travel like a big one,"', 'said', 'direct', role='Atlas Pictures chief'),
)
