"""Set AX's five wire stories (see build_ax.py)."""
from invented_common import doc_spans as doc, s

FIN = 'Valmora finance ministry'
BELF = 'Corrado Belfiore'
CBV = 'Central Bank of Valmora'
QUAG = 'Marta Quaglia'
IRRE = 'Stefano Irrera'

doc('ax01-wire-valmora-central-bank-gold-audit', 'Reuters', '2035-02-12', '''
Valmora central bank audit finds 3.2 tonnes of gold missing - finance ministry

ARDENZA, Feb 12 (Reuters) - An independent audit of the Central Bank of Valmora's gold reserves found 3.2 tonnes fewer bars in its vaults than its books recorded, Valmora's finance ministry said on Monday, a gap worth about $310 million at current prices.

The shortfall came to light during the first full count of the bank's vaults since 2019, the ministry said in a statement, adding that the auditors had found no sign of a break-in.

Finance Minister Corrado Belfiore told parliament that he had asked prosecutors to open an investigation and that the bank's governor would appear before the budget committee on Thursday.

"Either the bars were never there, or they left by the front door. Neither answer is acceptable," Belfiore said.

The central bank said in a statement on its website that most of the difference could be explained by "accounting entries made in error" during a 2027 swap of gold with a foreign central bank, and that it was reconciling the records.

Governor Elisabetta Rossano, who has led the bank since 2031, declined to comment beyond the statement.

Two people familiar with the audit said the auditors, the Marlen-based firm Lenhart & Vogel, had traced about half of the missing bars to the 2027 swap but could not account for the rest. They spoke on condition of anonymity because the report has not been published.

Lenhart & Vogel did not respond to a request for comment.

Valmora holds about 104 tonnes of gold, most of it in vaults beneath the bank's headquarters on Piazza Cerreto, according to figures compiled by the Bullion Reserves Institute.

Opposition leader Marta Quaglia called the audit "the biggest scandal in the bank's history" and demanded the governor's resignation.

"We were told for years that the vaults were the safest place in the country," Quaglia told reporters outside parliament. "Now we learn that nobody had counted them."

The bank's staff union said its members had warned management in 2029 that vault inspections were being skipped, and that those warnings had been ignored.

The Valmoran lira fell 0.8 percent against the euro on Monday, its biggest one-day drop since October, and the yield on the country's 10-year bonds rose 11 basis points.

"Markets can live with a loss. What they cannot price is not knowing how big the loss is," said Stefano Irrera, chief economist at Banca Ostina in Ardenza.

Irrera said investors would watch Thursday's hearing for any sign that the missing gold had been pledged or lent.

Central banks rarely publish full audits of their gold holdings, and several keep part of their reserves abroad. Valmora brought most of its gold home from foreign vaults between 2016 and 2018, a move the government of the day presented as a matter of national pride. Its last count, in 2019, was carried out by the bank's own staff.

The 49-year-old minister, a former tax lawyer who took office in 2033, has clashed publicly with Rossano over interest rates. On Monday he said the audit was "not about personalities" and that he would not ask for her resignation before the hearing.

A spokeswoman for the prosecutor's office in Ardenza confirmed that it had received the minister's request and said a team of financial investigators would be assigned this week.

(Reporting by Paola Venturi; Editing by Hugh Marston)
''',
    s(FIN, 'finance ministry', 'Valmora central bank audit finds 3.2 tonnes of gold missing', ''),
    s(FIN, "Valmora's finance ministry", "An independent audit of the Central Bank of Valmora's gold reserves found|than its books recorded", 'said'),
    s(FIN, 'the ministry', "The shortfall came to light during the first full count of the bank's vaults since 2019", 'said'),
    s(FIN, '', 'the auditors had found no sign of a break-in', 'adding'),
    s(BELF, 'Finance Minister Corrado Belfiore', "he had asked prosecutors to open an investigation and that the bank's governor would appear before the budget committee on Thursday", 'told', role='Finance Minister'),
    s(BELF, 'Belfiore', '"Either the bars were never there, or they left by the front door. Neither answer is acceptable,"', 'said', 'direct', role='Finance Minister'),
    s(CBV, 'The central bank', 'most of the difference could be explained by "accounting entries made in error"|it was reconciling the records', 'said', 'mixed'),
    s('Two people familiar with the audit', 'Two people familiar with the audit', 'the auditors, the Marlen-based firm Lenhart & Vogel, had traced|could not account for the rest', 'said'),
    s('Bullion Reserves Institute', 'the Bullion Reserves Institute', "Valmora holds about 104 tonnes of gold|on Piazza Cerreto", 'according to'),
    s(QUAG, 'Opposition leader Marta Quaglia', 'the audit "the biggest scandal in the bank\'s history"', 'called', 'mixed', role='Opposition leader'),
    s(QUAG, '', "the governor's resignation", 'demanded', role='Opposition leader'),
    s(QUAG, 'Quaglia', '"We were told for years that the vaults were the safest place in the country,"', 'told', 'direct', role='Opposition leader'),
    s(QUAG, '', '"Now we learn that nobody had counted them."', '', 'direct', role='Opposition leader'),
    s("The bank's staff union", "The bank's staff union", 'its members had warned management in 2029|those warnings had been ignored', 'said'),
    s(IRRE, 'Stefano Irrera', '"Markets can live with a loss. What they cannot price is not knowing how big the loss is,"', 'said', 'direct', role='chief economist'),
    s(IRRE, 'Irrera', "investors would watch Thursday's hearing for any sign that the missing gold had been pledged or lent", 'said', role='chief economist'),
    s(BELF, 'he', 'the audit was "not about personalities" and that he would not ask for her resignation before the hearing', 'said', 'mixed', role='Finance Minister'),
    s("A spokeswoman for the prosecutor's office in Ardenza", "A spokeswoman for the prosecutor's office in Ardenza", "it had received the minister's request", 'confirmed', role='spokeswoman'),
    s("A spokeswoman for the prosecutor's office in Ardenza", '', 'a team of financial investigators would be assigned this week', 'said', role='spokeswoman'),
)

PERR = 'Anouk Perrault'
STAD = 'Lukas Stadler'
OFAS = 'Federal Office for Cableways'
MOND = 'Mondry Bergbahnen'

doc('ax02-wire-lorvenne-gondola-stalls-tourists-airlifted', 'AFP', '2035-01-04', '''
Tourists airlifted after gondola stalls high above Alpine valley

SAINT-ALBRECHT, Lorvenne, Jan 4, 2035 (AFP) - Rescuers used helicopters and ropes to bring down 143 skiers and tourists trapped for up to seven hours in the cabins of a stalled gondola in the Lorvenne Alps on Saturday, the regional police said.

Nobody was seriously hurt, but 11 people, including two children, were treated for cold at the foot of the slopes, police spokeswoman Anouk Perrault told AFP.

The gondola, which climbs 1,200 metres from the village of Saint-Albrecht to the Hochgrat glacier, stopped shortly after 10:00 am when its main drive failed, its operator Mondry Bergbahnen said in a statement.

A backup motor that should have brought the cabins back to the stations "did not start as expected", the company said.

With winds gusting at up to 70 kilometres an hour, two helicopters were able to winch passengers from only part of the line, and mountain rescuers lowered the rest on ropes from cabins hanging as much as 60 metres above the snow.

"We went cabin by cabin. Some people were calm, some were crying, one man wanted to know if his ski pass would be refunded," said Lukas Stadler, who led the mountain rescue team.

Stadler said the last passengers, a family of four from the lowlands, reached the ground after dark.

A Dutch-speaking visitor, Femke Aalders, said she had spent six hours in a cabin with seven strangers and a dog.

"We shared chocolate and we sang. The dog was the only one who slept," she said.

The Federal Office for Cableways said it had sent two inspectors to Saint-Albrecht and that the gondola would stay closed until they had examined the drive.

According to the office, Lorvenne's 540 cable cars, chairlifts and gondolas carried 210 million passengers last year, and serious incidents are rare.

The gondola was built in 2009 and its drive was replaced in 2031, Mondry Bergbahnen said.

Its chief executive, Reto Amsler, apologised to the passengers "for a day that should have been a day of holiday" and said the company would pay for their hotels and meals.

The mayor of Saint-Albrecht, Claudine Roth, said the village depended on the gondola for nearly half of its winter income.

"Every day it stands still, we lose guests to the next valley," she said.

Asked whether the company had skipped any maintenance, Amsler said: "No. The drive was inspected in November and passed every test."

Some guides questioned why the backup motor had not been tested more often. One guide, who asked not to be named, said he had seen it fail during a drill last winter.

Saint-Albrecht, a village of 2,300 people at the end of a narrow valley road, has depended on the Hochgrat lift since a cable car first reached the glacier in 1961. The glacier is one of the few places in the country where skiers can still find snow from October to June, although its tongue has retreated by more than 400 metres since the 1990s.

The ski season in Lorvenne runs until late April. Hotels in Saint-Albrecht were about 90 percent full for the New Year holiday, and the village's two other lifts, a chairlift and a drag lift, stayed open on Saturday.
''',
    s('the regional police', 'the regional police', 'Rescuers used helicopters and ropes to bring down 143 skiers|on Saturday', 'said'),
    s(PERR, 'police spokeswoman Anouk Perrault', 'Nobody was seriously hurt, but 11 people, including two children, were treated for cold at the foot of the slopes', 'told', role='police spokeswoman'),
    s(MOND, 'its operator Mondry Bergbahnen', 'The gondola, which climbs 1,200 metres from the village of Saint-Albrecht to the Hochgrat glacier, stopped|when its main drive failed', 'said'),
    s(MOND, 'the company', 'A backup motor that should have brought the cabins back to the stations "did not start as expected"', 'said', 'mixed'),
    s(STAD, 'Lukas Stadler', '"We went cabin by cabin. Some people were calm, some were crying, one man wanted to know if his ski pass would be refunded,"', 'said', 'direct'),
    s(STAD, 'Stadler', 'the last passengers, a family of four from the lowlands, reached the ground after dark', 'said'),
    s('Femke Aalders', 'A Dutch-speaking visitor, Femke Aalders', 'she had spent six hours in a cabin with seven strangers and a dog', 'said', role='visitor'),
    s('Femke Aalders', 'she', '"We shared chocolate and we sang. The dog was the only one who slept,"', 'said', 'direct', role='visitor'),
    s(OFAS, 'The Federal Office for Cableways', 'it had sent two inspectors to Saint-Albrecht|until they had examined the drive', 'said'),
    s(OFAS, 'the office', "Lorvenne's 540 cable cars, chairlifts and gondolas carried 210 million passengers last year, and serious incidents are rare", 'according to'),
    s(MOND, 'Mondry Bergbahnen', 'The gondola was built in 2009 and its drive was replaced in 2031', 'said'),
    s('Reto Amsler', 'Its chief executive, Reto Amsler', 'to the passengers "for a day that should have been a day of holiday"', 'apologised', 'mixed', role='chief executive'),
    s('Reto Amsler', '', 'the company would pay for their hotels and meals', 'said', role='chief executive'),
    s('Claudine Roth', 'The mayor of Saint-Albrecht, Claudine Roth', 'the village depended on the gondola for nearly half of its winter income', 'said', role='mayor'),
    s('Claudine Roth', 'she', '"Every day it stands still, we lose guests to the next valley,"', 'said', 'direct', role='mayor'),
    s('Reto Amsler', 'Amsler', '"No. The drive was inspected in November and passed every test."', 'said', 'direct', role='chief executive'),
    s('Some guides', 'Some guides', 'why the backup motor had not been tested more often', 'questioned'),
    s('One guide', 'One guide, who asked not to be named', 'he had seen it fail during a drill last winter', 'said'),
)

HALV = 'Dean Halvorsen'
OKON = 'Ruth Okonjo'
PRAI = 'Prairie Gold Cooperative'
FIRE = 'Loomis Fire Chief Ben Straka'

doc('ax03-wire-loomis-grain-elevator-explosion', 'AP', '2035-10-09', '''
Explosion at grain elevator kills 2, injures 5 in small Merriam town

LOOMIS, Merriam (AP) - An explosion tore through a grain elevator in this farming town of 1,100 on Tuesday, killing two workers and injuring five others as farmers lined up to unload the first soybeans of the harvest, authorities said.

The blast, shortly after 2 p.m., blew the roof off the elevator's headhouse and sent a column of dust and smoke that could be seen from the interstate 15 miles away, Loomis Fire Chief Ben Straka said.

Straka said the fire was out by early evening but crews would stay overnight because grain in two of the bins was still smoldering.

The dead were identified as Gary Pruitt, 61, and Tanner Voss, 24, both of Loomis. The injured were taken to hospitals in Clay Falls and Merrimac, and two were in critical condition Tuesday night, a hospital spokesperson said.

The elevator, a 1958 concrete structure that people in Loomis call "the cathedral," can hold about 1.2 million bushels and is the tallest building for 40 miles.

The elevator is owned by Prairie Gold Cooperative, which has about 900 farmer members in three counties. In a statement, the cooperative said it was "heartbroken" and that it would cooperate fully with investigators.

"Gary worked here for 38 years. Tanner had just bought a house. These were our people," the cooperative's general manager, Dean Halvorsen, 58, said at a news conference in the town's high school gym.

Halvorsen said he did not know what had caused the explosion, and he would not speculate.

Grain dust is highly combustible, and a spark in an enclosed space can set off a chain of blasts, according to the federal Occupational Safety Administration, which said it had opened an inspection.

Ruth Okonjo, a chemical engineer at Merriam State University who studies dust explosions, said most elevator blasts begin in the bucket elevator that lifts the grain, where a slipping belt can heat up enough to ignite the dust around it.

"The fix is not complicated. Keep the dust down and keep the belts aligned. The hard part is doing it every single day during harvest," Okonjo said.

Farmer Luke Amundsen was waiting in his truck about 200 yards away when the elevator exploded.

"It sounded like a train hitting a wall. Then it started raining corn husks," he said.

Amundsen said he and two other drivers had run toward the building to help before firefighters arrived.

Federal records show that the elevator was inspected in 2032 and cited for inadequate dust housekeeping. The cooperative paid a $14,000 fine, according to the records.

Mayor Pat Lindgren said the town would hold a prayer vigil Wednesday evening at the Lutheran church.

"Everybody here knows somebody who worked at that elevator," Lindgren said. "Most of us know everybody."

Was the elevator's dust collection system working on Tuesday? Nobody at the news conference could say, and the safety administration said it would not comment while its inspection was open.

Prairie Gold said it had asked its members to deliver grain to its elevator in nearby Fenwick until further notice. The 58-year-old manager said the cooperative would pay for both funerals and keep paying the injured workers' wages while they recovered.
''',
    s('authorities', 'authorities', 'An explosion tore through a grain elevator in this farming town of 1,100 on Tuesday|the first soybeans of the harvest', 'said'),
    s('Ben Straka', FIRE, "The blast, shortly after 2 p.m., blew the roof off the elevator's headhouse|from the interstate 15 miles away", 'said', role='Fire Chief'),
    s('Ben Straka', 'Straka', 'the fire was out by early evening but crews would stay overnight because grain in two of the bins was still smoldering', 'said', role='Fire Chief'),
    s('a hospital spokesperson', 'a hospital spokesperson', 'The injured were taken to hospitals in Clay Falls and Merrimac, and two were in critical condition Tuesday night', 'said', role='spokesperson'),
    s(PRAI, 'the cooperative', 'it was "heartbroken" and that it would cooperate fully with investigators', 'said', 'mixed'),
    s(HALV, "the cooperative's general manager, Dean Halvorsen, 58", '"Gary worked here for 38 years. Tanner had just bought a house. These were our people,"', 'said', 'direct', role='general manager'),
    s(HALV, 'Halvorsen', 'he did not know what had caused the explosion, and he would not speculate', 'said', role='general manager'),
    s('Occupational Safety Administration', 'the federal Occupational Safety Administration', 'Grain dust is highly combustible, and a spark in an enclosed space can set off a chain of blasts', 'according to'),
    s('Occupational Safety Administration', '', 'it had opened an inspection', 'said'),
    s(OKON, 'Ruth Okonjo, a chemical engineer at Merriam State University who studies dust explosions', 'most elevator blasts begin in the bucket elevator that lifts the grain|ignite the dust around it', 'said', role='chemical engineer'),
    s(OKON, 'Okonjo', '"The fix is not complicated. Keep the dust down and keep the belts aligned. The hard part is doing it every single day during harvest,"', 'said', 'direct', role='chemical engineer'),
    s('Luke Amundsen', 'he', '"It sounded like a train hitting a wall. Then it started raining corn husks,"', 'said', 'direct', role='Farmer'),
    s('Luke Amundsen', 'Amundsen', 'he and two other drivers had run toward the building to help before firefighters arrived', 'said', role='Farmer'),
    s('Federal records', 'Federal records', 'the elevator was inspected in 2032 and cited for inadequate dust housekeeping', 'show'),
    s('Federal records', 'the records', 'The cooperative paid a $14,000 fine', 'according to'),
    s('Pat Lindgren', 'Mayor Pat Lindgren', 'the town would hold a prayer vigil Wednesday evening at the Lutheran church', 'said', role='Mayor'),
    s('Pat Lindgren', 'Lindgren', '"Everybody here knows somebody who worked at that elevator,"', 'said', 'direct', role='Mayor'),
    s('Pat Lindgren', '', '"Most of us know everybody."', '', 'direct', role='Mayor'),
    s('Occupational Safety Administration', 'the safety administration', 'it would not comment while its inspection was open', 'said'),
    s(PRAI, 'Prairie Gold', 'it had asked its members to deliver grain to its elevator in nearby Fenwick until further notice', 'said'),
    s(HALV, 'The 58-year-old manager', "the cooperative would pay for both funerals and keep paying the injured workers' wages while they recovered", 'said', role='general manager'),
)

BREW = 'Harbor & Hearth Coffee'
KADE = 'Simone Kade'
TRAN = 'Owen Tranter'

doc('ax04-wire-harbor-hearth-coffee-ceo-ousted', 'Bloomberg', '2035-04-23', '''
Harbor & Hearth Ousts CEO Kade After Expansion Drains Cash

(Bloomberg) -- Harbor & Hearth Coffee Co.'s board removed Chief Executive Officer Simone Kade after a rapid overseas expansion left the cafe chain with three straight quarters of losses, according to people familiar with the matter.

The board voted 7-2 on Tuesday night to replace Kade with Chief Financial Officer Owen Tranter on an interim basis, said the people, who asked not to be identified because the discussions were private. The company confirmed the change in a statement Wednesday, saying Kade had "stepped down by mutual agreement."

Harbor & Hearth was founded in 1998 as a single cafe on the Bristow City waterfront and went public in 2016. Its shares had fallen 38% in the 12 months before Tuesday's vote, giving the company a market value of about $3.4 billion.

Shares of the Bristow City-based company rose as much as 9.4% in early trading, the biggest intraday gain in more than a year.

Kade, 52, joined Harbor & Hearth in 2029 from a fashion retailer and opened more than 600 cafes in four new countries in three years. The company's net debt has almost tripled since 2032 to $2.1 billion, according to data compiled by Bloomberg.

"We grew faster than we could run the stores we opened," Tranter said on a call with analysts. "My job for the next six months is to make each cafe pay for itself."

Tranter said the company would stop opening stores outside North America this year and review about 150 cafes that were losing money. He declined to say how many would close.

Kade said in a post on a professional networking site that she was "proud of what we built" and that the chain's overseas business would "prove its worth in time." She didn't respond to a message seeking further comment.

Activist investor Larchmont Partners, which owns about 6% of the shares, had pushed for Kade's removal since January. In a letter to the board in February, Larchmont said the expansion had been "a bet made with shareholders' money and without their consent."

Larchmont's founder, Felix Ardrey, said in an interview that the board had "finally done the obvious" but should also replace two directors who had approved the expansion.

Analysts had grown impatient with the strategy. Priya Venkat, an analyst at Holloway Securities, wrote in a note that the company's cafes in Europe were generating about half the sales per store of those in the US.

"Coffee is a local business dressed up as a global brand," Venkat wrote. "The numbers finally caught up with the brand."

Harbor & Hearth is due to report first-quarter results on May 7. The average estimate of analysts surveyed by Bloomberg is a loss of 4 cents a share. The board has hired a search firm to find a permanent CEO, the company said in its statement.

Some employees welcomed the change. A store manager in Fairhaven, who asked not to be named because staff weren't allowed to speak to the press, said workers had been asked to cut hours while the company spent heavily abroad.

--With assistance from Neha Joshi.
''',
    s('people familiar with the matter', 'people familiar with the matter', "Harbor & Hearth Coffee Co.'s board removed Chief Executive Officer Simone Kade|three straight quarters of losses", 'according to'),
    s('people familiar with the matter', 'the people', 'The board voted 7-2 on Tuesday night to replace Kade with Chief Financial Officer Owen Tranter on an interim basis', 'said'),
    s(BREW, '', 'Kade had "stepped down by mutual agreement."', 'saying', 'mixed'),
    s('Bloomberg', 'Bloomberg', "The company's net debt has almost tripled since 2032 to $2.1 billion", 'according to'),
    s(TRAN, 'Tranter', '"We grew faster than we could run the stores we opened,"', 'said', 'direct', role='Chief Financial Officer'),
    s(TRAN, '', '"My job for the next six months is to make each cafe pay for itself."', '', 'direct', role='Chief Financial Officer'),
    s(TRAN, 'Tranter', 'the company would stop opening stores outside North America this year and review about 150 cafes that were losing money', 'said', role='Chief Financial Officer'),
    s(KADE, 'Kade', 'she was "proud of what we built" and that the chain\'s overseas business would "prove its worth in time."', 'said', 'mixed', role='Chief Executive Officer'),
    s('Larchmont Partners', 'Larchmont', 'the expansion had been "a bet made with shareholders\' money and without their consent."', 'said', 'mixed'),
    s('Felix Ardrey', "Larchmont's founder, Felix Ardrey", 'the board had "finally done the obvious" but should also replace two directors who had approved the expansion', 'said', 'mixed', role='founder'),
    s('Priya Venkat', 'Priya Venkat, an analyst at Holloway Securities', "the company's cafes in Europe were generating about half the sales per store of those in the US", 'wrote', role='analyst'),
    s('Priya Venkat', 'Venkat', '"Coffee is a local business dressed up as a global brand,"', 'wrote', 'direct', role='analyst'),
    s('Priya Venkat', '', '"The numbers finally caught up with the brand."', '', 'direct', role='analyst'),
    s(BREW, 'the company', 'The board has hired a search firm to find a permanent CEO', 'said'),
    s('Some employees', 'Some employees', 'the change', 'welcomed'),
    s('A store manager in Fairhaven', 'A store manager in Fairhaven, who asked not to be named because staff weren\'t allowed to speak to the press', 'workers had been asked to cut hours while the company spent heavily abroad', 'said', role='store manager'),
)

STEW = 'stewards'
MAHO = 'Niamh Mahony'
CRAW = 'Tom Crawley'

doc('ax05-wire-kestrel-downs-derby-winner-disqualified', 'AP', '2035-06-15', '''
Stewards disqualify Kestrel Derby winner for interference; runner-up gets trophy

KESTREL DOWNS, Ashford (AP) - Copper Lantern crossed the finish line first in the Kestrel Derby on Saturday but lost the race 14 minutes later, when stewards ruled that the colt had bumped the runner-up, Northern Psalm, twice in the final furlong.

It was the first time in the race's 112-year history that the winner had been disqualified, according to the Ashford Racing Authority.

Copper Lantern had been the 2-1 favorite after winning the Ashford Guineas by four lengths last month, and his trainer, Colm Brady, had spoken for weeks of a first Guineas and Derby double since 2019. Brady did not speak to reporters after the race.

After reviewing the head-on replay, the stewards said Copper Lantern's jockey, Tom Crawley, had let the colt drift three lanes to his right and that the second bump had cost Northern Psalm "at least a neck." They placed Copper Lantern second.

The stewards' chairman, Giles Ormerod, said in a written explanation that the panel had been "unanimous" and had watched the finish from four camera angles before deciding.

"I'm gutted. He's the best horse in the race and everybody watching knows it," Crawley said in the jockeys' room. "He hung right because he was tired, not because I let him."

Crawley was suspended for eight racing days for careless riding. He said he would appeal.

Northern Psalm's trainer, Niamh Mahony, said she had "mixed feelings" about winning the race in the stewards' room.

"You don't want to win it like this," Mahony said, "but you also don't want to be bumped out of it."

The crowd of 38,000 booed when the result was announced over the loudspeakers. Some fans threw betting slips onto the track.

Did the stewards get it right? Former jockey Alan Beckwith, now a television analyst, said they had little choice. He said the second bump was "as clear as you'll see," though he would have understood a decision to leave the result alone.

Copper Lantern's owner, the shipping magnate Victor Hale, called the decision "a disgrace to the sport" and said he would consider racing the colt abroad.

"Tell the stewards to come and explain it to the horse," Hale said.

Bookmakers paid out on both horses, Ashbet said in a statement. It put the cost at about 2 million pounds.

Northern Psalm, a 12-1 shot, had never won a race over the Derby distance. His jockey, 20-year-old Sophie Gallen, was riding in her first Derby.

"I felt the first bump, I felt the second one, and then I just kept pushing," Gallen said. "I didn't know we'd won until my dad rang me."

Crawley has 48 hours to lodge his appeal, which would be heard by an independent panel within two weeks.

The apprentice, who rode her first winner only two years ago, said she would celebrate "with my mum's roast chicken and an early night."
''',
    s(STEW, 'stewards', 'the colt had bumped the runner-up, Northern Psalm, twice in the final furlong', 'ruled'),
    s('Ashford Racing Authority', 'the Ashford Racing Authority', "It was the first time in the race's 112-year history that the winner had been disqualified", 'according to'),
    s(STEW, 'the stewards', 'Copper Lantern\'s jockey, Tom Crawley, had let the colt drift three lanes to his right|"at least a neck."', 'said', 'mixed'),
    s('Giles Ormerod', "The stewards' chairman, Giles Ormerod", 'the panel had been "unanimous" and had watched the finish from four camera angles before deciding', 'said', 'mixed', role='chairman'),
    s(CRAW, 'Crawley', '"I\'m gutted. He\'s the best horse in the race and everybody watching knows it,"', 'said', 'direct', role='jockey'),
    s(CRAW, '', '"He hung right because he was tired, not because I let him."', '', 'direct', role='jockey'),
    s(CRAW, 'He', 'he would appeal', 'said', role='jockey'),
    s(MAHO, "Northern Psalm's trainer, Niamh Mahony", 'she had "mixed feelings" about winning the race in the stewards\' room', 'said', 'mixed', role='trainer'),
    s(MAHO, 'Mahony', ['"You don\'t want to win it like this,"', '"but you also don\'t want to be bumped out of it."'], 'said', 'direct', role='trainer'),
    s('Alan Beckwith', 'Former jockey Alan Beckwith, now a television analyst', 'they had little choice', 'said', role='television analyst'),
    s('Alan Beckwith', 'He', 'the second bump was "as clear as you\'ll see," though he would have understood a decision to leave the result alone', 'said', 'mixed', role='television analyst'),
    s('Victor Hale', "Copper Lantern's owner, the shipping magnate Victor Hale", 'the decision "a disgrace to the sport"', 'called', 'mixed', role='owner'),
    s('Victor Hale', '', 'he would consider racing the colt abroad', 'said', role='owner'),
    s('Victor Hale', 'Hale', '"Tell the stewards to come and explain it to the horse,"', 'said', 'direct', role='owner'),
    s('Ashbet', 'Ashbet', 'Bookmakers paid out on both horses', 'said'),
    s('Ashbet', 'It', 'the cost at about 2 million pounds', 'put'),
    s('Sophie Gallen', 'Gallen', '"I felt the first bump, I felt the second one, and then I just kept pushing,"', 'said', 'direct', role='jockey'),
    s('Sophie Gallen', '', '"I didn\'t know we\'d won until my dad rang me."', '', 'direct', role='jockey'),
    s('Sophie Gallen', 'The apprentice, who rode her first winner only two years ago', 'she would celebrate "with my mum\'s roast chicken and an early night."', 'said', 'mixed', role='apprentice'),
)
