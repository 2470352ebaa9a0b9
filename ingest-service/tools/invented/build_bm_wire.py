"""Set BM's five wire stories (see build_bm.py)."""
from invented_common import doc_spans as doc, s

OPER = 'Vorsk Transgaz'
LIND = 'Ragna Lindqvist-Oyelowo'
BRAS = 'Anton Brasov-Keane'

doc('bm01-wire-drevnia-gas-pipeline-explosion', 'Reuters', '2042-01-14', '''
Blast on Drevnian gas pipeline kills six; regulator says valve checks were overdue

By Ilona Marsh-Devereux

KASSEL-VOR, Drevnia, Jan 14 (Reuters) - An explosion on the main gas pipeline running through eastern Drevnia killed six workers and forced the evacuation of two villages on Wednesday, and the country's energy regulator said safety checks on the section's valves were more than a year overdue.

The blast at a compressor station near Kassel-Vor sent a column of fire about 200 metres into the air shortly after 4 a.m., witnesses said. The pipeline's operator, state-controlled Vorsk Transgaz, shut the line and diverted flows through a parallel route.

The head of the National Energy Regulatory Office, Ragna Lindqvist-Oyelowo, told reporters in the capital that inspectors had flagged the station's shut-off valves for testing in November 2040 and that the tests had never been carried out. "We sent three reminders," she said. "We are now asking why none of them was answered."

Vorsk Transgaz rejected the regulator's account. The company said in a statement that all mandatory inspections had been completed on schedule and that the valves in question had been replaced in 2039, which, it said, reset the testing interval.

A senior engineer at the station, who spoke on condition of anonymity because he was not authorised to talk to the media, said staff had complained for months about pressure readings that "jumped around for no reason".

Anton Brasov-Keane, the company's chief executive, flew to Kassel-Vor in the afternoon. The cause of the explosion, he told local television, would be established by an independent commission, and he promised that the families of the dead would be supported "for as long as it takes".

According to the regional emergency service, about 1,400 residents of the villages of Orlyk and Semenivka spent the night in schools and a sports hall. Four of the injured, two of them in critical condition, were flown to the regional hospital in Tarnov, a hospital spokeswoman said.

In Orlyk, residents said the blast shook windows more than 10 kilometres away. "I thought it was an earthquake. The whole sky was orange," said Hanna Dvoretska-Lowe, 63, who left her house with her grandson in her nightclothes.

Gas supplies to the capital were not affected, Energy Minister Pavel Ostrowicz-Hale said, but industrial customers in the east could face reduced deliveries for up to a week while the line is repaired. He declined to say whether the government would seek compensation from the operator.

Drevnia's opposition Green Alliance called for the suspension of Vorsk Transgaz's management board pending the inquiry. Prosecutors opened a criminal case on charges of breaching industrial safety rules, the Prosecutor General's office said.

(Reporting by Ilona Marsh-Devereux; Editing by Tomas Rieck)
''',
    s('National Energy Regulatory Office', 'regulator', 'valve checks were overdue', 'says'),
    s('National Energy Regulatory Office', "the country's energy regulator", "safety checks on the section's valves were more than a year overdue", 'said'),
    s('witnesses', 'witnesses', 'The blast at a compressor station near Kassel-Vor sent a column of fire about 200 metres into the air shortly after 4 a.m.', 'said'),
    s(LIND, 'The head of the National Energy Regulatory Office, Ragna Lindqvist-Oyelowo', "inspectors had flagged the station's shut-off valves for testing in November 2040 and that the tests had never been carried out", 'told', role='head of the National Energy Regulatory Office'),
    s(LIND, 'she', '"We sent three reminders,"', 'said', 'direct', role='head of the National Energy Regulatory Office'),
    s(LIND, '', '"We are now asking why none of them was answered."', '', 'direct', role='head of the National Energy Regulatory Office'),
    s(OPER, 'Vorsk Transgaz', "the regulator's account", 'rejected'),
    s(OPER, 'The company', 'all mandatory inspections had been completed on schedule|reset the testing interval', 'said'),
    s('A senior engineer at the station', 'A senior engineer at the station', 'staff had complained for months about pressure readings that "jumped around for no reason"', 'said', 'mixed'),
    s(BRAS, 'he', ['The cause of the explosion,', 'would be established by an independent commission'], 'told', role='chief executive'),
    s(BRAS, 'he', 'the families of the dead would be supported "for as long as it takes"', 'promised', 'mixed', role='chief executive'),
    s('the regional emergency service', 'the regional emergency service', 'about 1,400 residents of the villages of Orlyk and Semenivka spent the night in schools and a sports hall', 'According to'),
    s('a hospital spokeswoman', 'a hospital spokeswoman', 'Four of the injured, two of them in critical condition, were flown to the regional hospital in Tarnov', 'said', role='spokeswoman'),
    s('residents', 'residents', 'the blast shook windows more than 10 kilometres away', 'said'),
    s('Hanna Dvoretska-Lowe', 'Hanna Dvoretska-Lowe, 63, who left her house with her grandson in her nightclothes', '"I thought it was an earthquake. The whole sky was orange,"', 'said', 'direct'),
    s('Pavel Ostrowicz-Hale', 'Energy Minister Pavel Ostrowicz-Hale', ['Gas supplies to the capital were not affected,', 'but industrial customers in the east could face reduced deliveries for up to a week while the line is repaired'], 'said', role='Energy Minister'),
    s('Green Alliance', "Drevnia's opposition Green Alliance", "the suspension of Vorsk Transgaz's management board pending the inquiry", 'called for'),
    s("the Prosecutor General's office", "the Prosecutor General's office", 'Prosecutors opened a criminal case on charges of breaching industrial safety rules', 'said'),
)

HUGO = 'Marguerite Okonjo-Fairley'
CORV = 'Corvane Air'
PENN = 'Desmond Pennick-Saar'

doc('bm02-wire-corvane-air-pilots-strike', 'AP', '2042-04-22', '''
Corvane Air pilots walk out over pay and rest rules, stranding 60,000 travelers

Union says strike could last a week; airline calls walkout 'unlawful and reckless'

By TOMASZ KEMBLE-ODUYA Associated Press

PORT HALLAM, Estmarch (AP) — Pilots at Corvane Air walked off the job Tuesday in the first strike in the carrier's 40-year history, grounding nearly 400 flights and leaving about 60,000 passengers looking for other ways home at the start of the spring holiday.

The Estmarch Airline Pilots Association, which represents about 1,900 Corvane pilots, said the strike would continue until the airline agreed to binding arbitration on pay and on new limits to the hours pilots can spend on duty. Members voted 91% in favor of the walkout last month.

"This is not about money first. It is about whether a pilot who has been awake for 17 hours should be landing your family in fog," the union's president, a captain who has flown for the airline since 2019, said at a rally outside the airline's headquarters. Her name is Marguerite Okonjo-Fairley, and she has led the union since March. Okonjo-Fairley said pilots were prepared to stay out "a week, or longer if we have to."

Corvane Air called the strike "unlawful and reckless" and said it would ask the labor court to order pilots back to work. The airline's chief operating officer, Desmond Pennick-Saar, said the union had turned down an offer of a 14% raise over three years.

"We put a fair offer on the table, and they walked away from it," Pennick-Saar told reporters. "Our passengers are paying the price for that decision."

Okonjo-Fairley said the offer tied the raise to longer duty periods, which she called "a pay cut by the clock." The union had rejected the offer at a meeting of its council on April 9.

At Port Hallam International Airport, departure boards showed a column of cancellations. Rhiannon Tuck-Aballe, a nurse traveling with her two children to see her mother in Lissel, said she had learned about the strike from a text message at 5 a.m.

"We were already in the taxi," she said. Her sister, Bettina, who had flown in from Lissel the week before, was supposed to return with them. She said the airline had offered to rebook them on a flight on Saturday at the earliest.

Transport Minister Jonah Achterberg-Lee urged both sides to return to talks and said the government was not considering legislation to end the strike "at this stage."

Analysts at the brokerage Keel & Marrow estimated that each day of the strike would cost the airline about 18 million Estmarch dollars in lost revenue. Corvane shares fell 6.2% in Port Hallam.

Asked whether the airline would hire foreign crews to replace the strikers, Pennick-Saar said no such plan was being discussed.
''',
    s(HUGO, 'Union', 'strike could last a week', 'says', role="union's president"),
    s(CORV, 'airline', "walkout 'unlawful and reckless'", 'calls', 'mixed'),
    s('The Estmarch Airline Pilots Association', 'The Estmarch Airline Pilots Association', 'the strike would continue until the airline agreed to binding arbitration on pay and on new limits to the hours pilots can spend on duty', 'said'),
    s(HUGO, "the union's president, a captain who has flown for the airline since 2019", '"This is not about money first.|landing your family in fog,"', 'said', 'direct', role="union's president"),
    s(HUGO, 'Okonjo-Fairley', 'pilots were prepared to stay out "a week, or longer if we have to."', 'said', 'mixed', role="union's president"),
    s(CORV, 'Corvane Air', 'the strike "unlawful and reckless"', 'called', 'mixed'),
    s(CORV, 'Corvane Air', 'it would ask the labor court to order pilots back to work', 'said'),
    s(PENN, "The airline's chief operating officer, Desmond Pennick-Saar", 'the union had turned down an offer of a 14% raise over three years', 'said', role='chief operating officer'),
    s(PENN, 'Pennick-Saar', '"We put a fair offer on the table, and they walked away from it,"', 'told', 'direct', role='chief operating officer'),
    s(PENN, '', '"Our passengers are paying the price for that decision."', '', 'direct', role='chief operating officer'),
    s(HUGO, 'Okonjo-Fairley', 'the offer tied the raise to longer duty periods, which she called "a pay cut by the clock."', 'said', 'mixed', role="union's president"),
    s(HUGO, 'she', '"a pay cut by the clock."', 'called', 'direct', role="union's president", nested=True, via=HUGO),
    s('Rhiannon Tuck-Aballe', 'Rhiannon Tuck-Aballe, a nurse traveling with her two children to see her mother in Lissel', 'she had learned about the strike from a text message at 5 a.m.', 'said', role='nurse'),
    s('Rhiannon Tuck-Aballe', 'she', '"We were already in the taxi,"', 'said', 'direct', role='nurse'),
    s('Bettina', 'She', 'the airline had offered to rebook them on a flight on Saturday at the earliest', 'said'),
    s('Jonah Achterberg-Lee', 'Transport Minister Jonah Achterberg-Lee', 'both sides to return to talks', 'urged', role='Transport Minister'),
    s('Jonah Achterberg-Lee', 'Transport Minister Jonah Achterberg-Lee', 'the government was not considering legislation to end the strike "at this stage."', 'said', 'mixed', role='Transport Minister'),
    s('Analysts at the brokerage Keel & Marrow', 'Analysts at the brokerage Keel & Marrow', 'each day of the strike would cost the airline about 18 million Estmarch dollars in lost revenue', 'estimated'),
    s(PENN, 'Pennick-Saar', 'no such plan was being discussed', 'said', role='chief operating officer'),
)

doc('bm03-wire-selvara-ferry-sinking-survivors', 'AFP', '2042-08-09', '''
'The water came in like a wall': survivors recount Selvara ferry sinking

PORT ISANDRO, Selvara (AFP) - Survivors of the ferry that sank off the southern coast of Selvara on Thursday described passengers trapped below deck as the vessel rolled onto its side within minutes, as the coast guard said on Saturday that 38 people were still missing.

The MV Santa Lucinda, with 312 passengers and crew on its manifest, went down about six nautical miles from Port Isandro in heavy seas on its way to the island of Cabra Alta. Rescuers have pulled 261 people from the water alive and recovered 13 bodies.

"The water came in like a wall through the car deck. I heard people screaming under us and we could do nothing," said Ernesto Valdane-Reyes, a 44-year-old fisherman who was travelling with his son. Both were pulled from the sea by a fishing boat after nearly three hours.

Another survivor, a schoolteacher from Cabra Alta, said she had been sitting with her friend Lucia Marrero-Quist in the upper lounge when the ship began to list. Her name is Perpetua Ozuna-Fell, and she is 31.

"We held on to the benches and then the benches came loose," Ozuna-Fell told AFP by telephone from the hospital. Marrero-Quist, 29, is among the missing. She had called her mother from the deck minutes before the ship capsized, her mother said.

Coast guard spokesman Captain Rafael Edo-Munthe said divers had reached the wreck, which lies at a depth of 42 metres, but that strong currents had forced them to suspend the search of the lower decks on Saturday afternoon.

"Our priority remains to find survivors, but I have to be honest with the families," he told a press briefing. "After 48 hours in this water, the chances are small."

The ship's owner, Naviera Costa Azul, said in a statement that the Santa Lucinda had passed its annual inspection in March and was not overloaded. But according to a port official who asked not to be named, at least 40 passengers had boarded without tickets and were not on the manifest.

The ship's second officer, Julian Abarca-Toft, told investigators that the captain had sounded the general alarm within two minutes of the first list, according to a ministry official familiar with his statement.

The transport ministry ordered all ferries of the same class to remain in port pending checks. Transport Minister Aurora Villasante-Obi said on Friday that the government would "leave no stone unturned" and that anyone found responsible would be prosecuted.

Relatives gathered at the port have accused the authorities of withholding information. "They tell us nothing. We learn everything from the television," said Marta Quintero-Allard, whose brother was a cook on the ship.

The maritime workers' union said it had warned the ministry two years ago that ferries on the Cabra Alta route were too old for winter crossings.

pr-gs/mfb
''',
    s('survivors', 'survivors', "'The water came in like a wall'", 'recount', 'direct'),
    s('Survivors of the ferry', 'Survivors of the ferry that sank off the southern coast of Selvara on Thursday', 'passengers trapped below deck as the vessel rolled onto its side within minutes', 'described'),
    s('the coast guard', 'the coast guard', '38 people were still missing', 'said'),
    s('Ernesto Valdane-Reyes', 'Ernesto Valdane-Reyes, a 44-year-old fisherman who was travelling with his son', '"The water came in like a wall through the car deck. I heard people screaming under us and we could do nothing,"', 'said', 'direct', role='fisherman'),
    s('Perpetua Ozuna-Fell', 'Another survivor, a schoolteacher from Cabra Alta', 'she had been sitting with her friend Lucia Marrero-Quist in the upper lounge when the ship began to list', 'said', role='schoolteacher'),
    s('Perpetua Ozuna-Fell', 'Ozuna-Fell', '"We held on to the benches and then the benches came loose,"', 'told', 'direct', role='schoolteacher'),
    s('her mother', 'her mother', 'She had called her mother from the deck minutes before the ship capsized', 'said'),
    s('Rafael Edo-Munthe', 'Coast guard spokesman Captain Rafael Edo-Munthe', 'divers had reached the wreck|suspend the search of the lower decks on Saturday afternoon', 'said', role='Coast guard spokesman'),
    s('Rafael Edo-Munthe', 'he', '"Our priority remains to find survivors, but I have to be honest with the families,"', 'told', 'direct', role='Coast guard spokesman'),
    s('Rafael Edo-Munthe', '', '"After 48 hours in this water, the chances are small."', '', 'direct', role='Coast guard spokesman'),
    s('Naviera Costa Azul', "The ship's owner, Naviera Costa Azul", 'the Santa Lucinda had passed its annual inspection in March and was not overloaded', 'said'),
    s('a port official', 'a port official who asked not to be named', 'at least 40 passengers had boarded without tickets and were not on the manifest', 'according to'),
    s('a ministry official', 'a ministry official familiar with his statement', "The ship's second officer, Julian Abarca-Toft, told investigators that the captain had sounded the general alarm within two minutes of the first list", 'according to'),
    s('Julian Abarca-Toft', "The ship's second officer, Julian Abarca-Toft", 'the captain had sounded the general alarm within two minutes of the first list', 'told', nested=True, via='a ministry official', role='second officer'),
    s('Aurora Villasante-Obi', 'Transport Minister Aurora Villasante-Obi', 'the government would "leave no stone unturned" and that anyone found responsible would be prosecuted', 'said', 'mixed', role='Transport Minister'),
    s('Relatives gathered at the port', 'Relatives gathered at the port', 'the authorities of withholding information', 'have accused'),
    s('Marta Quintero-Allard', 'Marta Quintero-Allard, whose brother was a cook on the ship', '"They tell us nothing. We learn everything from the television,"', 'said', 'direct'),
    s("The maritime workers' union", "The maritime workers' union", 'it had warned the ministry two years ago that ferries on the Cabra Alta route were too old for winter crossings', 'said'),
)

HASK = 'Oren Haskell-Mbeki'

doc('bm04-wire-orbitra-satellite-launch-failure', 'Bloomberg', '2042-10-02', '''
Orbitra Loses $310 Million Satellite as Rocket Upper Stage Fails

- Second stage shut down 90 seconds early, company says
- Insurers face one of the largest space claims in a decade

By Priyanka Seddon-Vale and Mateus Gronholm

(Bloomberg) -- Orbitra Space Systems lost a $310 million communications satellite after the upper stage of its Halcyon 3 rocket shut down early on Thursday, a setback for the company's plan to compete for government launch contracts next year.

The rocket lifted off from the company's coastal launch site at Punta Verde at 6:41 a.m. local time. Telemetry showed the second stage's engine stopping about 90 seconds before the planned cutoff, leaving the Nexacom-9 satellite in an orbit too low to sustain it, Orbitra said in a statement. The satellite is expected to reenter the atmosphere within days.

"We have a very good set of data and we will find out what happened," Chief Executive Officer Oren Haskell-Mbeki said on a call with reporters. "Every launch company has been here. What matters is how fast you learn."

The failure is the second in eleven flights of the Halcyon 3. An earlier loss, in 2040, was traced to a faulty valve in the first stage, according to a report the company published at the time.

Nexacom, the satellite's operator, had insured the spacecraft for its full value, a person familiar with the policy said, asking not to be identified because the terms are private. The claim would be among the largest in the space insurance market since 2032, according to data compiled by the broker Halden Risk.

Nexacom said it would use capacity on its existing fleet to serve most of the customers the new satellite was meant to cover. The company did not say whether it would book its next launch with Orbitra.

Lorna Fitzwarren-Dahl, an analyst at Stellarmark Research, said the timing was bad for Orbitra as the defense agency prepares to award a multiyear launch contract in the first quarter. "Reliability is the whole argument in that competition," she said. Still, she expected the company to fly again before the end of the year if the fix proves simple.

Orbitra, which is privately held, was valued at $4.2 billion in a funding round in May, people with knowledge of the matter said.

The national aviation authority said it would oversee the company's investigation, as required by its launch license. Orbitra's next flight, carrying a weather satellite for the meteorological service, had been planned for November.
''',
    s('Orbitra Space Systems', 'company', 'Second stage shut down 90 seconds early', 'says'),
    s('Orbitra Space Systems', 'Orbitra', "Telemetry showed the second stage's engine stopping about 90 seconds before the planned cutoff, leaving the Nexacom-9 satellite in an orbit too low to sustain it", 'said'),
    s('Telemetry', 'Telemetry', "the second stage's engine stopping about 90 seconds before the planned cutoff", 'showed', nested=True, via='Orbitra Space Systems'),
    s(HASK, 'Chief Executive Officer Oren Haskell-Mbeki', '"We have a very good set of data and we will find out what happened,"', 'said', 'direct', role='Chief Executive Officer'),
    s(HASK, '', '"Every launch company has been here. What matters is how fast you learn."', '', 'direct', role='Chief Executive Officer'),
    s('Orbitra Space Systems', 'a report the company published at the time', 'An earlier loss, in 2040, was traced to a faulty valve in the first stage', 'according to'),
    s('a person familiar with the policy', 'a person familiar with the policy', 'Nexacom, the satellite\'s operator, had insured the spacecraft for its full value', 'said'),
    s('Halden Risk', 'the broker Halden Risk', 'The claim would be among the largest in the space insurance market since 2032', 'according to'),
    s('Nexacom', 'Nexacom', 'it would use capacity on its existing fleet to serve most of the customers the new satellite was meant to cover', 'said'),
    s('Lorna Fitzwarren-Dahl', 'Lorna Fitzwarren-Dahl, an analyst at Stellarmark Research', 'the timing was bad for Orbitra as the defense agency prepares to award a multiyear launch contract in the first quarter', 'said', role='analyst'),
    s('Lorna Fitzwarren-Dahl', 'she', '"Reliability is the whole argument in that competition,"', 'said', 'direct', role='analyst'),
    s('Lorna Fitzwarren-Dahl', 'she', 'the company to fly again before the end of the year if the fix proves simple', 'expected', role='analyst'),
    s('people with knowledge of the matter', 'people with knowledge of the matter', 'Orbitra, which is privately held, was valued at $4.2 billion in a funding round in May', 'said'),
    s('The national aviation authority', 'The national aviation authority', "it would oversee the company's investigation, as required by its launch license", 'said'),
)

DOBR = 'Arseny Dobrovolsky-Kane'

doc('bm05-wire-zarechny-football-transfer-dispute', 'NOVA', '2042-07-17', '''
Zarechny Sokol will not release Amadou Tirelli-Bakr before his contract expires - club president

VERGOROD, July 17. /NOVA/. Football club Sokol Zarechny does not intend to release forward Amadou Tirelli-Bakr before his contract expires in June 2043, club president Arseny Dobrovolsky-Kane told NOVA on Thursday.

"The player has a valid contract, and we expect him to honour it. No club has made an offer that matches his value to us," Dobrovolsky-Kane said.

The club's board of directors rejected a bid of 9 million euros from the Portuguese-speaking league club Atletico Maravilha on Monday, the president said. According to him, the board voted unanimously.

As NOVA reported earlier, Tirelli-Bakr, 24, did not travel with the team to its pre-season training camp in Kislovar, citing personal reasons. His agent, Leopold Rask-Haddad, told the sports daily Sovetsky Match that the forward considered the club's position "unfair" and had asked to be put on the transfer list in May.

The president denied that the club had promised to let the player leave. "There was no such promise, not in writing and not in words," he stressed.

A source in the club told NOVA that Sokol would consider offers of at least 14 million euros. The Atletico Maravilha press service declined to comment, but the club's sporting director, Joaquim Serrano-Vik, told a Lusitanian radio station last week that Maravilha had "made its last offer" and would look at other strikers.

The head of the league's players' union, Yelena Morozova-Strand, said the union was ready to mediate between the club and the player. In her opinion, a player who skips a training camp without permission risks a fine but cannot be suspended for more than two weeks under the collective agreement.

Sokol finished fourth in the Premier League last season. Tirelli-Bakr scored 17 goals in 29 league matches and was named the league's best young player.

The club's coach, Stanislav Bernardi-Oyo, said at a news conference in Kislovar that he counted on the forward. "Amadou is part of my plans. The door is open," the coach said.
''',
    s(DOBR, 'club president', 'Zarechny Sokol will not release Amadou Tirelli-Bakr before his contract expires', '', role='club president'),
    s(DOBR, 'club president Arseny Dobrovolsky-Kane', 'Football club Sokol Zarechny does not intend to release forward Amadou Tirelli-Bakr before his contract expires in June 2043', 'told', role='club president'),
    s(DOBR, 'Dobrovolsky-Kane', '"The player has a valid contract, and we expect him to honour it. No club has made an offer that matches his value to us,"', 'said', 'direct', role='club president'),
    s(DOBR, 'the president', "The club's board of directors rejected a bid of 9 million euros|on Monday", 'said', role='club president'),
    s(DOBR, 'him', 'the board voted unanimously', 'According to', role='club president'),
    s('Amadou Tirelli-Bakr', 'Tirelli-Bakr, 24', 'personal reasons', 'citing', role='forward'),
    s('Leopold Rask-Haddad', 'His agent, Leopold Rask-Haddad', 'the forward considered the club\'s position "unfair" and had asked to be put on the transfer list in May', 'told', 'mixed', role='agent'),
    s(DOBR, 'The president', 'the club had promised to let the player leave', 'denied', role='club president'),
    s(DOBR, 'he', '"There was no such promise, not in writing and not in words,"', 'stressed', 'direct', role='club president'),
    s('A source in the club', 'A source in the club', 'Sokol would consider offers of at least 14 million euros', 'told'),
    s('Joaquim Serrano-Vik', "the club's sporting director, Joaquim Serrano-Vik", 'Maravilha had "made its last offer" and would look at other strikers', 'told', 'mixed', role='sporting director'),
    s('Yelena Morozova-Strand', "The head of the league's players' union, Yelena Morozova-Strand", 'the union was ready to mediate between the club and the player', 'said', role="head of the league's players' union"),
    s('Yelena Morozova-Strand', 'her', 'a player who skips a training camp without permission risks a fine but cannot be suspended for more than two weeks under the collective agreement', 'In her opinion', role="head of the league's players' union"),
    s('Stanislav Bernardi-Oyo', "The club's coach, Stanislav Bernardi-Oyo", 'he counted on the forward', 'said', role='coach'),
    s('Stanislav Bernardi-Oyo', 'the coach', '"Amadou is part of my plans. The door is open,"', 'said', 'direct', role='coach'),
)
