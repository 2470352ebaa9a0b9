"""Set AN's five wire stories (see build_an.py)."""
from invented_common import doc_spans as doc, s

VOST = 'Vostrana Coal'
HOST = 'Milena Hostak'
DRAV = 'Pavel Dravnik'
MELE = 'Anton Meleshko'
CERN = 'Jaroslav Cerny'
DANA = 'Dana Cerny'
KLIM = 'Bohdan Klimek'
VARE = 'Lidia Varenko'

doc('an01-wire-oskenia-mine-collapse-rescue', 'Associated Press', '2034-08-18', '''
Rescuers free 14 miners trapped for four days in collapsed Oskenian coal mine

TARNOVIC, Oskenia (AP) - Rescue teams on Friday brought 14 coal miners to the surface alive, four days after a tunnel collapse sealed them more than 600 meters underground in eastern Oskenia, the mine's operator said.

The men, aged 22 to 58, were lifted one at a time in a narrow steel capsule lowered through a shaft drilled for the rescue, and were taken by ambulance to the regional hospital in Tarnovic. Two of them had broken bones and all were badly dehydrated, hospital director Milena Hostak told reporters outside the emergency ward.

"They are thin, they are tired, and a few of them could not stop crying when they saw daylight, but every one of them walked to the ambulance on his own feet," Hostak said.

Three other miners who were working closer to the collapse are still missing. The company, Vostrana Coal, said it had not given up on them but that a second section of the tunnel had caved in on Thursday night and that drilling toward it would take at least another week.

The collapse happened early Monday during a shift change at the Gradec pit, one of the oldest working mines in the country. Emergency Situations Minister Pavel Dravnik said a preliminary inspection pointed to a failed roof support in a gallery that had been reopened in March after three years of disuse.

"The question of why people were sent into that gallery will be answered, and it will be answered by investigators, not by the company's press office," Dravnik said at the pithead. He added that prosecutors had opened a criminal case for breach of safety rules.

Vostrana Coal's chief executive, Anton Meleshko, rejected the suggestion that the gallery had been unsafe. "Every support in that section was checked in April and again in June, and the reports are with the inspectors," he said in a statement. "We will cooperate fully, and we will pay for the treatment of every man, as we always have."

The miners survived by drinking water that seeped through the rock and by sharing the little food they had carried down for the shift, according to the state mine rescue service. On Tuesday, a camera lowered through a 15-centimeter borehole found them huddled in a side chamber, and rescuers used the hole to send down water, glucose and letters from their families.

Jaroslav Cerny, 41, a shift foreman among the rescued, spoke briefly to reporters from a wheelchair. He said the men had taken turns sleeping and had kept a single headlamp switched on to save the batteries.

"We talked about football, about our children, about what we would eat first," he said. "Nobody said the word death. Not once in four days."

His wife, Dana Cerny, had waited at the mine gate since Monday with other relatives, many of them sleeping in their cars. She said she had learned he was alive only when the camera images were shown to the families on Tuesday night.

"I recognized his hands before his face," she said.

Miners' union leader Bohdan Klimek said the union had warned the company in writing last year that maintenance crews at Gradec had been cut by a third. He called on the government to close the pit until an independent audit was completed.

President Lidia Varenko, who spoke by phone with the head of the rescue operation on Friday morning, praised the teams for "work that nobody in the world does better" and said the state would cover the living costs of the families of the missing men.

Oskenia's coal industry employs about 40,000 people, most of them in the east. A methane explosion at another mine in the region killed 11 workers in 2029.
''',
    s(VOST, "the mine's operator", 'Rescue teams on Friday brought 14 coal miners to the surface alive|underground in eastern Oskenia', 'said'),
    s(HOST, 'hospital director Milena Hostak', 'Two of them had broken bones and all were badly dehydrated', 'told', role='hospital director'),
    s(HOST, 'Hostak', '"They are thin, they are tired|on his own feet,"', 'said', 'direct', role='hospital director'),
    s(VOST, 'The company, Vostrana Coal', 'it had not given up on them|would take at least another week', 'said'),
    s(DRAV, 'Emergency Situations Minister Pavel Dravnik', 'a preliminary inspection pointed to a failed roof support|after three years of disuse', 'said', role='Emergency Situations Minister'),
    s(DRAV, 'Dravnik', '"The question of why people were sent into that gallery|not by the company\'s press office,"', 'said', 'direct', role='Emergency Situations Minister'),
    s(DRAV, 'He', 'prosecutors had opened a criminal case for breach of safety rules', 'added', role='Emergency Situations Minister'),
    s(MELE, "Vostrana Coal's chief executive, Anton Meleshko", 'the suggestion that the gallery had been unsafe', 'rejected', role='chief executive'),
    s(MELE, 'he', '"Every support in that section was checked in April|the reports are with the inspectors,"', 'said', 'direct', role='chief executive'),
    s(MELE, '', '"We will cooperate fully|as we always have."', '', 'direct', role='chief executive'),
    s('state mine rescue service', 'the state mine rescue service', 'The miners survived by drinking water|carried down for the shift', 'according to'),
    s(CERN, 'He', 'the men had taken turns sleeping|to save the batteries', 'said', role='shift foreman'),
    s(CERN, 'he', '"We talked about football, about our children, about what we would eat first,"', 'said', 'direct', role='shift foreman'),
    s(CERN, '', '"Nobody said the word death. Not once in four days."', '', 'direct', role='shift foreman'),
    s(DANA, 'She', 'she had learned he was alive only when the camera images|on Tuesday night', 'said'),
    s(DANA, 'she', '"I recognized his hands before his face,"', 'said', 'direct'),
    s(KLIM, "Miners' union leader Bohdan Klimek", 'the union had warned the company in writing last year|cut by a third', 'said', role="Miners' union leader"),
    s(KLIM, 'He', 'the government to close the pit until an independent audit was completed', 'called on', role="Miners' union leader"),
    s(VARE, 'President Lidia Varenko', 'the teams for "work that nobody in the world does better"', 'praised', 'mixed', role='President'),
    s(VARE, '', 'the state would cover the living costs of the families of the missing men', 'said', role='President'),
)

PVA = 'Port of Velsund Authority'
ALMG = 'Rikard Almgren'
OBER = 'Mats Oberg'
LIND = 'Sara Lindqvist-Baro'

doc('an02-wire-haldovia-port-ransomware', 'Reuters', '2034-05-14', '''
Ransomware attack halts container traffic at Haldovia's biggest port

VELSUND, Haldovia, May 14 (Reuters) - A ransomware attack shut down the computer systems that run Haldovia's largest container port on Wednesday, stranding hundreds of trucks at the gates and forcing ships to wait at anchor, the port authority said.

The Port of Velsund Authority said in a statement that it had discovered "unauthorised encryption" of servers used to schedule cranes and clear cargo shortly after 2 a.m. and had taken its remaining systems offline as a precaution. It did not say when operations would resume.

A group calling itself Black Lantern claimed responsibility on a leak site, saying it had copied 400 gigabytes of data from the port's network and would publish them unless a ransom was paid within five days. The post did not name a sum.

Port authority chief executive Rikard Almgren told Reuters the authority had no intention of paying. "We are not going to finance the next attack on somebody else. We have backups, and we are restoring from them, but restoring a terminal is not like restoring a laptop," he said by telephone.

Almgren said manual procedures had allowed two of the port's five terminals to resume limited loading by the evening, at about a quarter of normal capacity.

By midday the queue of trucks outside the main gate stretched for about 9 km (5.6 miles) along the coastal highway, a Reuters witness said. Drivers said they had been told nothing.

"I have frozen fish in the back and I have been here since four in the morning. Nobody comes, nobody answers the phone," said truck driver Tomas Ekdal, who was hauling a load for a supermarket chain.

Ship-tracking data from OceanGrid showed 23 container vessels waiting at anchor off Velsund by late afternoon, against a usual three or four.

Danvik Line, which runs weekly services between Velsund and the ports of the northern sea, said it was diverting two vessels to the smaller port of Helmstad. A spokeswoman for the company, Ingrid Sol, said customers should expect delays of at least three days.

Haldovia's National Cyber Security Centre said it was working with the port and had so far found no sign that the attack had spread to other critical infrastructure. Its director, Mats Oberg, warned companies in the logistics sector to check their remote-access software for a flaw the attackers had probably used to get in.

"This is not a sophisticated group. It is a group that found an unlocked door," Oberg told a news conference.

Infrastructure Minister Sara Lindqvist-Baro said the government would ask parliament for emergency funds to harden the computer systems of ports and airports, and criticised the port authority for postponing a security upgrade that had been planned for last year.

Two people familiar with the investigation said the attackers had entered the network through an account belonging to an outside contractor. The port authority declined to comment on that.

Velsund handles about 60% of Haldovia's container trade, according to the national statistics office, and is a main entry point for car parts and consumer electronics bound for the wider region.

Analysts at Nordvik Bank estimated the disruption was costing the economy around 30 million crowns ($2.8 million) a day.
''',
    s(PVA, 'the port authority', 'A ransomware attack shut down the computer systems|forcing ships to wait at anchor', 'said'),
    s(PVA, 'The Port of Velsund Authority', 'it had discovered "unauthorised encryption"|offline as a precaution', 'said', 'mixed'),
    s('Black Lantern', 'A group calling itself Black Lantern', 'responsibility', 'claimed'),
    s('Black Lantern', 'A group calling itself Black Lantern', 'it had copied 400 gigabytes of data|paid within five days', 'saying'),
    s(ALMG, 'Port authority chief executive Rikard Almgren', 'the authority had no intention of paying', 'told', role='chief executive'),
    s(ALMG, 'he', '"We are not going to finance the next attack|not like restoring a laptop,"', 'said', 'direct', role='chief executive'),
    s(ALMG, 'Almgren', 'manual procedures had allowed two of the port\'s five terminals|a quarter of normal capacity', 'said', role='chief executive'),
    s('a Reuters witness', 'a Reuters witness', 'By midday the queue of trucks outside the main gate|along the coastal highway', 'said'),
    s('Drivers', 'Drivers', 'they had been told nothing', 'said'),
    s('Tomas Ekdal', 'truck driver Tomas Ekdal', '"I have frozen fish in the back|nobody answers the phone,"', 'said', 'direct', role='truck driver'),
    s('OceanGrid', 'Ship-tracking data from OceanGrid', '23 container vessels waiting at anchor off Velsund|a usual three or four', 'showed'),
    s('Danvik Line', 'Danvik Line', 'it was diverting two vessels to the smaller port of Helmstad', 'said'),
    s('Ingrid Sol', 'A spokeswoman for the company, Ingrid Sol', 'customers should expect delays of at least three days', 'said', role='spokeswoman'),
    s('National Cyber Security Centre', "Haldovia's National Cyber Security Centre", 'it was working with the port|other critical infrastructure', 'said'),
    s(OBER, 'Its director, Mats Oberg', 'companies in the logistics sector to check their remote-access software|used to get in', 'warned', role='director'),
    s(OBER, 'Oberg', '"This is not a sophisticated group. It is a group that found an unlocked door,"', 'told', 'direct', role='director'),
    s(LIND, 'Infrastructure Minister Sara Lindqvist-Baro', 'the government would ask parliament for emergency funds|ports and airports', 'said', role='Infrastructure Minister'),
    s(LIND, '', 'the port authority for postponing a security upgrade that had been planned for last year', 'criticised', role='Infrastructure Minister'),
    s('Two people familiar with the investigation', 'Two people familiar with the investigation', 'the attackers had entered the network through an account belonging to an outside contractor', 'said'),
    s('national statistics office', 'the national statistics office', "Velsund handles about 60% of Haldovia's container trade", 'according to'),
    s('Analysts at Nordvik Bank', 'Analysts at Nordvik Bank', 'the disruption was costing the economy around 30 million crowns ($2.8 million) a day', 'estimated'),
)

BCS = 'Banca Centrale di Serenza'
MONT = 'Elisa Montaldo'
BELL = 'Corrado Bellini'
PICA = 'Lorenza Pica'
GARR = 'Matteo Garrone'
FERR = 'Nino Ferrante'

doc('an03-wire-serenza-currency-devaluation', 'Bloomberg', '2034-02-06', '''
Serenza Devalues Lira by 18% as Reserves Dwindle, Ending Six-Year Peg

(Bloomberg) -- Serenza's central bank devalued the national currency by 18% against the dollar on Monday and said it would let the lira trade within a wider band, abandoning a peg it had defended for six years as foreign reserves fell to their lowest since 2027.

The Banca Centrale di Serenza set the new official rate at 42.5 lira per dollar, from 36, in a statement released before markets opened. The band around that rate will widen to 5% on either side from 1%, the bank said.

Governor Elisa Montaldo told reporters in the capital, Castelmare, that the bank had spent $3.1 billion since January defending the old rate and could not go on doing so "without putting the whole financial system at risk."

"A peg is a promise. When you can no longer keep it, the honest thing is to say so on your own terms, and not wait until the market says it for you," Montaldo said.

The lira traded at 43.1 per dollar on the interbank market by midday, weaker than the new official rate, according to data compiled by Bloomberg. Yields on Serenza's dollar bonds due 2039 rose 85 basis points to 9.4%.

Finance Minister Corrado Bellini said the government backed the move and would submit a revised budget within a month. He pledged to raise pensions and public-sector salaries by 10% to cushion the rise in prices, and said fuel subsidies would stay in place for the rest of the year.

The decision follows months of pressure. Tourism receipts, Serenza's biggest source of foreign currency, fell by a fifth last year after a string of airline bankruptcies, while the cost of imported fuel and grain rose.

Economists had long argued that the peg could not last. "They waited too long, and that made it more expensive, but the direction is right," said Lorenza Pica, an emerging-markets economist at Tavistock Capital. She said inflation, now 7%, could double by the end of the year as import prices feed through.

Opposition leader Matteo Garrone accused the government of hiding the scale of the reserve losses before last autumn's election. "For a year they told people the lira was as safe as a bank vault. Today families have lost a sixth of their savings overnight," he said in parliament.

The International Monetary Fund, which has been in talks with Serenza on a $2 billion loan, welcomed the decision. "The move to a more flexible exchange rate is an important step toward restoring external balance," an IMF spokesperson said in an emailed statement.

In Castelmare's central market, shoppers and traders said prices had started climbing even before the announcement, as rumors spread over the weekend.

"On Saturday a sack of flour was 900 lira. This morning the wholesaler asked me for 1,050," said baker Nino Ferrante. "I can't put that on the bread tomorrow. My customers are the same people who lost money today."

Banks will open as usual on Tuesday and there will be no limits on withdrawals, the central bank said.
''',
    s(BCS, "Serenza's central bank", 'it would let the lira trade within a wider band', 'said'),
    s(BCS, 'the bank', 'The band around that rate will widen to 5% on either side from 1%', 'said'),
    s(MONT, 'Governor Elisa Montaldo', 'the bank had spent $3.1 billion since January|the whole financial system at risk."', 'told', 'mixed', role='Governor'),
    s(MONT, 'Montaldo', '"A peg is a promise.|until the market says it for you,"', 'said', 'direct', role='Governor'),
    s('Bloomberg', 'data compiled by Bloomberg', 'The lira traded at 43.1 per dollar on the interbank market by midday, weaker than the new official rate', 'according to'),
    s(BELL, 'Finance Minister Corrado Bellini', 'the government backed the move and would submit a revised budget within a month', 'said', role='Finance Minister'),
    s(BELL, 'He', 'to raise pensions and public-sector salaries by 10% to cushion the rise in prices', 'pledged', role='Finance Minister'),
    s(BELL, 'He', 'fuel subsidies would stay in place for the rest of the year', 'said', role='Finance Minister'),
    s('Economists', 'Economists', 'the peg could not last', 'had long argued'),
    s(PICA, 'Lorenza Pica, an emerging-markets economist at Tavistock Capital', '"They waited too long, and that made it more expensive, but the direction is right,"', 'said', 'direct', role='emerging-markets economist'),
    s(PICA, 'She', 'inflation, now 7%, could double by the end of the year as import prices feed through', 'said', role='emerging-markets economist'),
    s(GARR, 'Opposition leader Matteo Garrone', "the government of hiding the scale of the reserve losses before last autumn's election", 'accused', role='Opposition leader'),
    s(GARR, 'he', '"For a year they told people the lira was as safe as a bank vault.|a sixth of their savings overnight,"', 'said', 'direct', role='Opposition leader'),
    s('International Monetary Fund', 'The International Monetary Fund', 'the decision', 'welcomed'),
    s('an IMF spokesperson', 'an IMF spokesperson', '"The move to a more flexible exchange rate is an important step toward restoring external balance,"', 'said', 'direct'),
    s('shoppers and traders', 'shoppers and traders', 'prices had started climbing even before the announcement, as rumors spread over the weekend', 'said'),
    s(FERR, 'baker Nino Ferrante', '"On Saturday a sack of flour was 900 lira. This morning the wholesaler asked me for 1,050,"', 'said', 'direct', role='baker'),
    s(FERR, '', '"I can\'t put that on the bread tomorrow. My customers are the same people who lost money today."', '', 'direct', role='baker'),
    s(BCS, 'the central bank', 'Banks will open as usual on Tuesday and there will be no limits on withdrawals', 'said'),
)

VMA = 'Valterian Medicines Agency'
SVER = 'Hanne Sverdrup'
BRAN = 'Oskar Brandt'
ENQV = 'Tove Enqvist'
KSN = 'Korrin Survivors Network'
LINH = 'Jakob Lindholm'

doc('an04-wire-valteria-vaccine-approval', 'Agence France-Presse', '2034-03-23', '''
Valteria clears first vaccine against tick-borne Korrin fever

LUNDMARK, Valteria (AFP) - Valteria's medicines regulator on Thursday approved the first vaccine against Korrin fever, a tick-borne virus that has spread across the north of the continent over the past decade, clearing the way for vaccinations to begin before the summer season.

The Valterian Medicines Agency said the two-dose vaccine, developed by the Lundmark-based biotech firm Heliovax, had been shown to prevent 81 percent of symptomatic infections in a trial involving 14,000 adults in three countries.

"The evidence is solid, and the benefit clearly outweighs the risks we have seen so far," the agency's director general, Dr Hanne Sverdrup, told a press conference. "This is a good day for people who live and work in the forests."

The approval covers adults aged 18 and over. Sverdrup said the agency had asked the company for more data before it would consider children, because too few had been enrolled in the trial.

Heliovax chief executive Oskar Brandt said the company could deliver 2.5 million doses by the end of June and was building a second production line to double that next year. He declined to say what the vaccine would cost.

Shares in Heliovax jumped 14 percent on the Lundmark stock exchange.

Korrin fever, first identified in 2019 near the Valterian town of Korrin, causes high fever, joint pain and in rare cases inflammation of the brain. According to the Northern Centre for Vector-Borne Diseases, 6,400 cases were reported in the region last year, 38 of them fatal.

The agency's assessment report, published on its website, noted that 11 trial participants had developed a temporary facial palsy within two weeks of vaccination, against three in the placebo group. The agency said it would monitor the condition closely but did not consider it a reason to withhold approval.

Health Minister Tove Enqvist announced that the vaccine would be offered free of charge to forestry workers, farmers and residents of the 40 worst-affected municipalities from May 1. "Nobody who is at high risk should have to pay to be protected," she said.

Not everyone was satisfied. The patients' group Korrin Survivors Network said the approval came years too late for the thousands who already live with the long-term effects of the disease, and urged the government to fund research into treatment as well.

"A vaccine protects the next person. It does nothing for my daughter, who still cannot walk more than a hundred metres," said the network's chairwoman, Elin Grahn.

Independent experts welcomed the decision but cautioned that it was not yet known how long the protection would last. Professor Jakob Lindholm, an infectious disease specialist at Norrvik University Hospital, said the trial had followed participants for only 14 months.

"We don't know yet whether people will need a booster every year, every five years or never," he said. "That question will be answered by the people who take it this summer."

Neighbouring Estmark's drug regulator said it expected to reach its own decision on the vaccine within six weeks.
''',
    s(VMA, 'The Valterian Medicines Agency', 'the two-dose vaccine, developed by the Lundmark-based biotech firm Heliovax|in three countries', 'said'),
    s(SVER, "the agency's director general, Dr Hanne Sverdrup", '"The evidence is solid, and the benefit clearly outweighs the risks we have seen so far,"', 'told', 'direct', role='director general'),
    s(SVER, '', '"This is a good day for people who live and work in the forests."', '', 'direct', role='director general'),
    s(SVER, 'Sverdrup', 'the agency had asked the company for more data|enrolled in the trial', 'said', role='director general'),
    s(BRAN, 'Heliovax chief executive Oskar Brandt', 'the company could deliver 2.5 million doses by the end of June|double that next year', 'said', role='chief executive'),
    s('Northern Centre for Vector-Borne Diseases', 'the Northern Centre for Vector-Borne Diseases', '6,400 cases were reported in the region last year, 38 of them fatal', 'According to'),
    s(VMA, "The agency's assessment report", '11 trial participants had developed a temporary facial palsy|in the placebo group', 'noted'),
    s(VMA, 'The agency', 'it would monitor the condition closely but did not consider it a reason to withhold approval', 'said'),
    s(ENQV, 'Health Minister Tove Enqvist', 'the vaccine would be offered free of charge|from May 1', 'announced', role='Health Minister'),
    s(ENQV, 'she', '"Nobody who is at high risk should have to pay to be protected,"', 'said', 'direct', role='Health Minister'),
    s(KSN, "The patients' group Korrin Survivors Network", 'the approval came years too late|the long-term effects of the disease', 'said'),
    s(KSN, '', 'the government to fund research into treatment as well', 'urged'),
    s('Elin Grahn', "the network's chairwoman, Elin Grahn", '"A vaccine protects the next person.|more than a hundred metres,"', 'said', 'direct', role='chairwoman'),
    s('Independent experts', 'Independent experts', 'the decision', 'welcomed'),
    s('Independent experts', '', 'it was not yet known how long the protection would last', 'cautioned'),
    s(LINH, 'Professor Jakob Lindholm, an infectious disease specialist at Norrvik University Hospital', 'the trial had followed participants for only 14 months', 'said', role='infectious disease specialist'),
    s(LINH, 'he', '"We don\'t know yet whether people will need a booster every year, every five years or never,"', 'said', 'direct', role='infectious disease specialist'),
    s(LINH, '', '"That question will be answered by the people who take it this summer."', '', 'direct', role='infectious disease specialist'),
    s("Estmark's drug regulator", "Neighbouring Estmark's drug regulator", 'it expected to reach its own decision on the vaccine within six weeks', 'said'),
)

KDM = "Kavrania's Defense Ministry"
ELYA = 'Rostam Elyar'
VENK = 'Idris Venko'
OSK = 'Hamid Osk'
SORA = 'Leyla Soran'
CAST = 'Anneli Castor'
HALD = 'Viktor Haldane'

doc('an05-wire-kavrania-ostrelia-border-clash', 'Associated Press', '2034-10-02', '''
Soldiers killed in border clash as Kavrania and Ostrelia trade blame

DRAVEK, Kavrania (AP) - At least seven soldiers were killed in a gunfight on the disputed border between Kavrania and Ostrelia late Sunday, and the two governments gave sharply different accounts on Monday of who fired first.

Kavrania's Defense Ministry said Ostrelian troops crossed the boundary near the village of Sarn in the Belav Hills before dawn and attacked a Kavranian observation post with machine guns and mortars. Four Kavranian soldiers were killed and nine wounded, it said.

"This was a deliberate, planned attack on our territory, and it will not go unanswered," Kavranian Defense Minister Rostam Elyar said in a televised address.

Ostrelia told the story the other way round. A spokesman for the Ostrelian army, Col. Idris Venko, said a Kavranian patrol had entered Ostrelian territory, was challenged by a border unit and answered with gunfire. Three Ostrelian soldiers died in the exchange, and Ostrelian forces "acted only to repel the intruders," he said.

"Not one of our soldiers set foot on the other side of the line. We have the positions, the radio logs and the drone footage, and we are ready to show them to any impartial observer," Venko told reporters in the Ostrelian capital, Merrow.

Neither account could be independently verified. The area has been closed to journalists since a previous flare-up in 2031, and mobile coverage there is patchy.

Residents of Sarn reached by telephone said the shooting began around 4 a.m. and lasted more than an hour. A farmer, Hamid Osk, said shells had landed in an orchard near his house and that his family had spent the night in a cellar.

"We heard the mortars first, then the guns. From here you cannot tell who starts. You only know when it stops," he said.

The two neighbors have disputed a 60-kilometer stretch of the boundary since independence, when a colonial-era map and a treaty text drew the line differently. Talks mediated by the Regional Cooperation Council broke down last year.

Kavranian President Leyla Soran convened her national security council and put troops in the region on heightened alert. In a phone call, Soran told the council's secretary-general, Viktor Haldane, that Kavrania "reserves the right to defend itself by all means."

Ostrelia's foreign ministry summoned Kavrania's ambassador and handed him a protest note. Foreign Minister Anneli Castor said her country did not want a war but would not accept "lies told to justify aggression."

Kavranian opposition leader Tomas Irvani urged the government not to let the incident "become an excuse for a war nobody in Sarn wants," and said parliament should be briefed behind closed doors on Tuesday.

Haldane called on both sides to pull their forces back two kilometers from the line and offered to send a team of military observers within 48 hours. "Every hour without a ceasefire is an hour in which a mistake can become a war," he said in a statement.

Oil prices edged higher on the news, because a pipeline carrying crude from Ostrelia to the coast runs within 20 kilometers of the disputed area. The pipeline's operator said flows were normal.
''',
    s(KDM, "Kavrania's Defense Ministry", 'Ostrelian troops crossed the boundary near the village of Sarn|with machine guns and mortars', 'said'),
    s(KDM, 'it', 'Four Kavranian soldiers were killed and nine wounded', 'said'),
    s(ELYA, 'Kavranian Defense Minister Rostam Elyar', '"This was a deliberate, planned attack on our territory, and it will not go unanswered,"', 'said', 'direct', role='Defense Minister'),
    s(VENK, 'A spokesman for the Ostrelian army, Col. Idris Venko', 'a Kavranian patrol had entered Ostrelian territory|answered with gunfire', 'said', role='spokesman'),
    s(VENK, 'he', 'Three Ostrelian soldiers died in the exchange|repel the intruders,"', 'said', 'mixed', role='spokesman'),
    s(VENK, 'Venko', '"Not one of our soldiers set foot on the other side of the line.|any impartial observer,"', 'told', 'direct', role='spokesman'),
    s('Residents of Sarn', 'Residents of Sarn reached by telephone', 'the shooting began around 4 a.m. and lasted more than an hour', 'said'),
    s(OSK, 'A farmer, Hamid Osk', 'shells had landed in an orchard near his house|spent the night in a cellar', 'said', role='farmer'),
    s(OSK, 'he', '"We heard the mortars first, then the guns.|when it stops,"', 'said', 'direct', role='farmer'),
    s(SORA, 'Soran', 'Kavrania "reserves the right to defend itself by all means."', 'told', 'mixed', role='President'),
    s(CAST, 'Foreign Minister Anneli Castor', 'her country did not want a war but would not accept "lies told to justify aggression."', 'said', 'mixed', role='Foreign Minister'),
    s('Tomas Irvani', 'Kavranian opposition leader Tomas Irvani', 'the government not to let the incident "become an excuse for a war nobody in Sarn wants,"', 'urged', 'mixed', role='opposition leader'),
    s('Tomas Irvani', '', 'parliament should be briefed behind closed doors on Tuesday', 'said', role='opposition leader'),
    s(HALD, 'Haldane', 'both sides to pull their forces back two kilometers from the line', 'called on', role='secretary-general'),
    s(HALD, 'he', '"Every hour without a ceasefire is an hour in which a mistake can become a war,"', 'said', 'direct', role='secretary-general'),
    s("the pipeline's operator", "The pipeline's operator", 'flows were normal', 'said'),
)
