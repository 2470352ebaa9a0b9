"""Set BH's five wire stories (see build_bh.py)."""
from invented_common import doc_spans as doc, s

CBV = 'the Central Bank of Velmora'
GOV = 'Idris Kovalenko-Amari'

doc('bh01-wire-velmora-currency-devaluation', 'Reuters', '2039-02-08', '''
Velmora devalues velar by 18 percent against dollar - central bank

By Tomas Reinholt-Abiodun

KASSEN, Feb 8 (Reuters) - Velmora's central bank devalued the velar by 18 percent against the U.S. dollar on Tuesday, saying the old peg had drained its reserves and could no longer be defended.

The new rate of 112 velars per dollar takes effect on Wednesday, the Central Bank of Velmora said in a statement, and the bank will allow the currency to move 2 percent either side of it.

The velar had been pegged at 92 to the dollar since 2031, and the bank had sold dollars from its reserves every week since October to hold it there.

Governor Idris Kovalenko-Amari told a news conference that reserves had fallen to $4.2 billion, enough for less than three months of imports. "We waited too long. I accept that," he said. "But a peg you cannot pay for is a promise you cannot keep."

Asked whether a second devaluation could follow, he said the bank had "no plan and no need" for one.

Finance Minister Sabine Oyelaran, who had defended the peg in parliament as recently as December, said the government would cut fuel subsidies by a third and would ask the Northern Monetary Fund for a standby loan.

The Fund's mission chief for Velmora, Arvid Lindqvist-Osei, said in an emailed statement that the devaluation was "a necessary first step" and that talks on a loan could begin this month.

Not everyone was convinced. Importers in Kassen's old market said prices of cooking oil and flour had risen by a fifth since rumours of the move began last week.

"My suppliers want dollars, and I have velars," said Rahim Castellanos-Vey, who sells rice and sugar from a stall near the grain exchange. "Who pays the difference? My customers."

Three bankers in Kassen, speaking on condition of anonymity because they were not allowed to talk to the media, said dollar deposits had flowed out of local banks at about $40 million a day in January.

According to a note from Harwell Capital, the devaluation should narrow the current account deficit to 3 percent of output next year from 7 percent. Harwell analyst Mei Tanaka-Brooks wrote that the bank "has bought time, not credibility," and that inflation could top 25 percent by summer.

The opposition Civic Renewal party called the devaluation "a confession of failure" and demanded the finance minister's resignation.

Kovalenko-Amari met President Jurgen Halvorsen-Diallo on Tuesday evening. He said afterwards that the president had backed the decision "without hesitation."

The bank did not say how much of its reserves it had spent defending the peg since October.

(Reporting by Tomas Reinholt-Abiodun; Editing by Clare Mbeki-Lund)
''',
    s(CBV, "central bank", "Velmora devalues velar by 18 percent against dollar", ''),
    s(CBV, "Velmora's central bank", 'the old peg had drained its reserves and could no longer be defended', 'saying'),
    s(CBV, 'the Central Bank of Velmora', ['The new rate of 112 velars per dollar takes effect on Wednesday', 'the bank will allow the currency to move 2 percent either side of it'], 'said'),
    s(GOV, 'Governor Idris Kovalenko-Amari', 'reserves had fallen to $4.2 billion, enough for less than three months of imports', 'told', role='Governor'),
    s(GOV, 'he', '"We waited too long. I accept that,"', 'said', 'direct', role='Governor'),
    s(GOV, '', '"But a peg you cannot pay for is a promise you cannot keep."', '', 'direct', role='Governor'),
    s(GOV, 'he', 'the bank had "no plan and no need" for one', 'said', 'mixed', role='Governor'),
    s('Sabine Oyelaran', 'Finance Minister Sabine Oyelaran', 'the government would cut fuel subsidies by a third and would ask the Northern Monetary Fund for a standby loan', 'said', role='Finance Minister'),
    s('Arvid Lindqvist-Osei', "The Fund's mission chief for Velmora, Arvid Lindqvist-Osei", 'the devaluation was "a necessary first step" and that talks on a loan could begin this month', 'said', 'mixed', role="The Fund's mission chief for Velmora"),
    s("Importers in Kassen's old market", "Importers in Kassen's old market", 'prices of cooking oil and flour had risen by a fifth since rumours of the move began last week', 'said'),
    s('Rahim Castellanos-Vey', 'Rahim Castellanos-Vey', '"My suppliers want dollars, and I have velars,"', 'said', 'direct'),
    s('Rahim Castellanos-Vey', '', '"Who pays the difference? My customers."', '', 'direct'),
    s('Three bankers in Kassen', 'Three bankers in Kassen', 'dollar deposits had flowed out of local banks at about $40 million a day in January', 'said'),
    s('Harwell Capital', 'a note from Harwell Capital', 'the devaluation should narrow the current account deficit to 3 percent of output next year from 7 percent', 'according to'),
    s('Mei Tanaka-Brooks', 'Harwell analyst Mei Tanaka-Brooks', 'the bank "has bought time, not credibility," and that inflation could top 25 percent by summer', 'wrote', 'mixed', role='Harwell analyst'),
    s('The opposition Civic Renewal party', 'The opposition Civic Renewal party', 'the devaluation "a confession of failure"', 'called', 'mixed'),
    s('The opposition Civic Renewal party', 'The opposition Civic Renewal party', "the finance minister's resignation", 'demanded'),
    s(GOV, 'He', 'the president had backed the decision "without hesitation."', 'said', 'mixed', role='Governor'),
)

GUIDE = 'Benedikt Aurelio-Stenmark'

doc('bh02-wire-ostralia-avalanche-resort-road', 'AP', '2039-01-23', '''
Avalanche buries road to Alpine resort, 4 skiers missing

By MARGIT OLSSON-FAIRWEATHER Associated Press

SANKT IRMEN, Ostralia (AP) - An avalanche swept across the only road into the ski resort of Sankt Irmen on Sunday, burying at least three cars and leaving four skiers missing, police said.

Rescuers pulled two people alive from one of the cars after more than an hour under the snow, according to the regional mountain rescue service. Both were flown to a hospital in Vallenz with hypothermia.

"The slope let go all at once, about 400 meters wide," said Benedikt Aurelio-Stenmark, a mountain guide who watched from the chairlift above. "You hear it before you see it. It sounds like a train."

The four missing skiers, two Danes and two Ostralians, had left a marked piste to ski fresh snow in a closed gully, the resort's operator said. It did not name them.

Ostralia's avalanche warning service had raised the danger level to 4 on a scale of 5 on Saturday evening and warned in its bulletin that "large natural avalanches are likely on steep slopes of all aspects."

The service's director, Karin Holmfeld-Nwosu, said the warning had been posted in four languages at every lift station. "People read it," she said, "and some of them go anyway."

Was the road closed in time? The mayor of Sankt Irmen, Anton Weissgruber, said it had not been. The road was due to close at noon, he said, and the slide came down at 11:40.

About 1,800 guests were cut off in the village. The army sent two helicopters to fly out those who needed medicine, a defense ministry spokesman said.

One guest, a Dutch schoolteacher who gave her name only as Ineke, said the hotels had opened their kitchens to everyone and that nobody was panicking. Her husband, Joost, said their children thought it was "the best holiday ever."

The resort, one of the largest in the eastern Alps, has 46 lifts and about 120 kilometers of pistes. Avalanche teams set off controlled slides with explosives on the upper slopes on Sunday afternoon. Irmen Bergbahnen thanked the rescuers in a post on its website.

Rescue teams suspended the search at nightfall because of the risk of further slides. Searching in the dark "would put forty more lives in danger for four," the rescue service's operations chief, Lukas Bergamo-Tiel, told reporters.

The resort's operator, Irmen Bergbahnen, declined to say whether it would face an inquiry.

Prosecutors in Vallenz have opened an investigation, a court spokeswoman said, as is routine after fatal or potentially fatal avalanches.
''',
    s('police', 'police', 'An avalanche swept across the only road into the ski resort of Sankt Irmen on Sunday, burying at least three cars and leaving four skiers missing', 'said'),
    s('the regional mountain rescue service', 'the regional mountain rescue service', 'Rescuers pulled two people alive from one of the cars after more than an hour under the snow', 'according to'),
    s(GUIDE, 'Benedikt Aurelio-Stenmark, a mountain guide who watched from the chairlift above', '"The slope let go all at once, about 400 meters wide,"', 'said', 'direct', role='a mountain guide'),
    s(GUIDE, '', '"You hear it before you see it. It sounds like a train."', '', 'direct', role='a mountain guide'),
    s('Irmen Bergbahnen', "the resort's operator", 'The four missing skiers, two Danes and two Ostralians, had left a marked piste to ski fresh snow in a closed gully', 'said'),
    s("Ostralia's avalanche warning service", "Ostralia's avalanche warning service", '"large natural avalanches are likely on steep slopes of all aspects."', 'warned', 'direct'),
    s('Karin Holmfeld-Nwosu', "The service's director, Karin Holmfeld-Nwosu", 'the warning had been posted in four languages at every lift station', 'said', role="The service's director"),
    s('Karin Holmfeld-Nwosu', 'she', ['"People read it,"', '"and some of them go anyway."'], 'said', 'direct', role="The service's director"),
    s('Anton Weissgruber', 'The mayor of Sankt Irmen, Anton Weissgruber', 'it had not been', 'said', role='The mayor of Sankt Irmen'),
    s('Anton Weissgruber', 'he', ['The road was due to close at noon', 'and the slide came down at 11:40'], 'said', role='The mayor of Sankt Irmen'),
    s('a defense ministry spokesman', 'a defense ministry spokesman', 'The army sent two helicopters to fly out those who needed medicine', 'said'),
    s('Ineke', 'One guest, a Dutch schoolteacher who gave her name only as Ineke', 'the hotels had opened their kitchens to everyone and that nobody was panicking', 'said', role='a Dutch schoolteacher'),
    s('Joost', 'Her husband, Joost', 'their children thought it was "the best holiday ever."', 'said', 'mixed'),
    s('Lukas Bergamo-Tiel', "the rescue service's operations chief, Lukas Bergamo-Tiel", 'Searching in the dark "would put forty more lives in danger for four,"', 'told', 'mixed', role="the rescue service's operations chief"),
    s('a court spokeswoman', 'a court spokeswoman', 'Prosecutors in Vallenz have opened an investigation', 'said'),
)

VSA = 'Felipe Andersson-Kamau'
VROLE = 'agency director-general'
PELL = 'Oskar Pellegrini-Ashe'

doc('bh03-wire-verdania-space-station-crew-return', 'AFP', '2039-03-03', '''
Space station crew back on Earth after 212 days, capsule lands off target

KARSAK, Tarvistan, March 3, 2039 (AFP) - Three astronauts returned to Earth on Thursday after 212 days aboard the Concordia space station, landing 40 kilometres from their target in the Karsak steppe, the head of the Verdanian Space Agency announced.

"They are home, they are well, and they are hungry," agency director-general Felipe Andersson-Kamau told reporters at the mission control centre in Ostrov, describing the landing as "textbook, except for the address".

The capsule's parachute opened late because of a faulty pressure sensor, he said, but it posed no danger to the crew.

Commander Yelena Markovic-Thorne, the first woman from Verdania to command the station, was carried from the capsule in a chair, as is routine after long flights. She waved to the recovery team and gave a thumbs-up.

Speaking by telephone to her family from a medical tent, she said the hardest part of the mission had been "the silence after a spacewalk."

Flight engineer Oskar Pellegrini-Ashe told AFP in an interview before undocking that the crew had repaired a leaking coolant line twice and that the station's oldest module "will not last another ten years."

The Concordia station, run by a consortium of nine countries since 2031, has been continuously crewed for eight years. The crew carried out 140 experiments during the mission, most of them on plant growth and bone loss.

The third crew member, Mariko Sandoval-Ito of the Pacific Space Office, is expected to return to Tokai next week.

The leak had alarmed engineers on the ground in November. According to an internal agency memo seen by AFP, managers considered bringing the crew home early but decided the repair could be done in orbit.

Was the crew ever at risk? "Never," Pellegrini-Ashe said. "Uncomfortable, yes. At risk, no."

The agency declined to say how much the repairs had cost.

Verdania's science minister, Ruth Okonkwo-Laine, said the flight proved the country could "stand with the big space powers" and announced that a fourth Verdanian astronaut would be selected by the end of the year.

Critics in parliament have questioned the cost. Deputy Lars Emmerich-Sowa of the Green Alliance said the 1.4 billion verdi spent on the programme since 2034 "would have built forty schools."

The next crew, two Verdanians and an astronaut from the Pacific Space Office, is due to launch on April 19, the agency said.
''',
    s(VSA, 'the head of the Verdanian Space Agency', 'Three astronauts returned to Earth on Thursday after 212 days aboard the Concordia space station, landing 40 kilometres from their target in the Karsak steppe', 'announced', role='the head of the Verdanian Space Agency'),
    s(VSA, 'agency director-general Felipe Andersson-Kamau', '"They are home, they are well, and they are hungry,"', 'told', 'direct', role=VROLE),
    s(VSA, 'agency director-general Felipe Andersson-Kamau', 'the landing as "textbook, except for the address"', 'describing', 'mixed', role=VROLE),
    s(VSA, 'he', ["The capsule's parachute opened late because of a faulty pressure sensor", 'but it posed no danger to the crew'], 'said', role=VROLE),
    s('Yelena Markovic-Thorne', 'she', 'the hardest part of the mission had been "the silence after a spacewalk."', 'said', 'mixed', role='Commander'),
    s(PELL, 'Flight engineer Oskar Pellegrini-Ashe', 'the crew had repaired a leaking coolant line twice and that the station\'s oldest module "will not last another ten years."', 'told', 'mixed', role='Flight engineer'),
    s('the Verdanian Space Agency', 'an internal agency memo seen by AFP', 'managers considered bringing the crew home early but decided the repair could be done in orbit', 'according to'),
    s(PELL, 'Pellegrini-Ashe', '"Never,"', 'said', 'direct', role='Flight engineer'),
    s(PELL, '', '"Uncomfortable, yes. At risk, no."', '', 'direct', role='Flight engineer'),
    s('Ruth Okonkwo-Laine', "Verdania's science minister, Ruth Okonkwo-Laine", 'the flight proved the country could "stand with the big space powers"', 'said', 'mixed', role="Verdania's science minister"),
    s('Ruth Okonkwo-Laine', "Verdania's science minister, Ruth Okonkwo-Laine", 'a fourth Verdanian astronaut would be selected by the end of the year', 'announced', role="Verdania's science minister"),
    s('Critics in parliament', 'Critics in parliament', 'the cost', 'questioned'),
    s('Lars Emmerich-Sowa', 'Deputy Lars Emmerich-Sowa of the Green Alliance', 'the 1.4 billion verdi spent on the programme since 2034 "would have built forty schools."', 'said', 'mixed', role='Deputy'),
    s('the Verdanian Space Agency', 'the agency', 'The next crew, two Verdanians and an astronaut from the Pacific Space Office, is due to launch on April 19', 'said'),
)

ICC = 'the International Chess Council'
MELN = 'Grigor Melnikov-Azarov'
MROLE = 'Varanesian Chess Federation President'
OSTR = 'Pavel Ostrovsky-Lind'

doc('bh04-wire-varanesia-chess-council-vote', 'TASS', '2039-05-14', '''
Varanesian chess players may compete under national flag again from July - ICC press service

OSTROGRAD, May 14. /TASS/. The General Assembly of the International Chess Council (ICC) has voted to let players from Varanesia compete under their national flag again from July 1, the ICC press service told TASS on Saturday.

"The decision was taken by 94 votes to 61, with 12 abstentions," the press service said.

Varanesian Chess Federation President Grigor Melnikov-Azarov welcomed the decision. "Justice has been restored. Our players have waited three years for this day," he told TASS. According to him, the national team will take part in the Olympiad in Castelbruna in September.

Melnikov-Azarov stressed that the federation had "met every condition" set by the council, including the signing of a neutrality declaration by each player.

Earlier, ICC President Annelise Roux-Haddad said the assembly's decision "closes a painful chapter" and that the council would not return to the matter "unless the circumstances change."

The Nordic chess federations, which had opposed the readmission, said in a joint statement that the vote "sends the wrong signal" and called on the council to review it in a year.

Grandmaster Pavel Ostrovsky-Lind, the country's top-rated player, told TASS that he had learned of the result from his coach during a training session. "He came in and said, 'You can play for us again.' I did not believe him at first," the grandmaster said.

Varanesian players had competed as neutral athletes since 2036, when the council suspended the federation for failing to pay its fees and to hold elections. The Olympiad in Castelbruna is expected to bring together teams from 182 countries.

Commenting on the decision, Varanesian Sports Minister Oleg Dravic-Sennet said it "confirms that sport must stay outside politics."

A source in the council told TASS that the vote had been postponed twice because of disagreement among the European member federations. The source did not rule out that some federations would boycott the Olympiad.

The council's executive board is to meet in Geneva on June 3 to approve the rules for the return, the press service added.
''',
    s(ICC, 'ICC press service', 'Varanesian chess players may compete under national flag again from July', ''),
    s(ICC, 'the ICC press service', 'The General Assembly of the International Chess Council (ICC) has voted to let players from Varanesia compete under their national flag again from July 1', 'told'),
    s(ICC, 'the press service', '"The decision was taken by 94 votes to 61, with 12 abstentions,"', 'said', 'direct'),
    s(MELN, 'Varanesian Chess Federation President Grigor Melnikov-Azarov', 'the decision', 'welcomed', role=MROLE),
    s(MELN, 'he', '"Justice has been restored. Our players have waited three years for this day,"', 'told', 'direct', role=MROLE),
    s(MELN, 'him', 'the national team will take part in the Olympiad in Castelbruna in September', 'according to', role=MROLE),
    s(MELN, 'Melnikov-Azarov', 'the federation had "met every condition" set by the council, including the signing of a neutrality declaration by each player', 'stressed', 'mixed', role=MROLE),
    s('Annelise Roux-Haddad', 'ICC President Annelise Roux-Haddad', 'the assembly\'s decision "closes a painful chapter" and that the council would not return to the matter "unless the circumstances change."', 'said', 'mixed', role='ICC President'),
    s('The Nordic chess federations', 'The Nordic chess federations', 'the vote "sends the wrong signal"', 'said', 'mixed'),
    s('The Nordic chess federations', 'The Nordic chess federations', 'the council to review it in a year', 'called on'),
    s(OSTR, "Grandmaster Pavel Ostrovsky-Lind, the country's top-rated player", 'he had learned of the result from his coach during a training session', 'told', role='Grandmaster'),
    s(OSTR, 'the grandmaster', '"He came in and said, \'You can play for us again.\' I did not believe him at first,"', 'said', 'direct', role='Grandmaster'),
    s('his coach', 'He', "'You can play for us again.'", 'said', 'direct', nested=True, via=OSTR),
    s('Oleg Dravic-Sennet', 'Varanesian Sports Minister Oleg Dravic-Sennet', 'it "confirms that sport must stay outside politics."', 'said', 'mixed', role='Varanesian Sports Minister'),
    s('A source in the council', 'A source in the council', 'the vote had been postponed twice because of disagreement among the European member federations', 'told'),
    s('A source in the council', 'The source', 'some federations would boycott the Olympiad', 'did not rule out'),
    s(ICC, 'the press service', "The council's executive board is to meet in Geneva on June 3 to approve the rules for the return", 'added'),
)

UNION = "the Sierra Blanca Workers' Union"
ALTA = 'Minera Altavista SA'
QUIS = 'Hector Quispe-Arnaud'

doc('bh05-wire-costavela-copper-mine-strike', 'Bloomberg', '2039-02-15', '''
Copper Jumps as Strike Halts Sierra Blanca Mine, Union Says Talks Failed

- Output at world's No. 6 copper mine stopped since Monday
- Union wants 12% raise; company says offer of 7% 'final'

By Camila Serrano-Whitlock

(Bloomberg) -- Copper rose to the highest in five weeks after a strike shut the Sierra Blanca mine in northern Costavela, and the workers' union said talks with owner Minera Altavista SA had failed.

Copper for delivery in three months climbed as much as 2.4% to $11,870 a ton on the London Metal Exchange on Tuesday. Sierra Blanca produced about 780,000 tons last year, according to company filings.

The Sierra Blanca Workers' Union, which represents about 3,100 of the mine's 4,400 workers, wants a 12% raise and a bonus of 6 million pesos per worker. Minera Altavista said in a statement that its offer of a 7% raise was "final and fair" and that the mine would remain closed until the strike ended.

"We were at the table for 40 days. They moved once," union president Hector Quispe-Arnaud said by phone from the mine gate. "The workers decided. Now we wait."

Analysts at Castell & Rhee estimated that the stoppage removes about 2,100 tons of copper a day from the market.

Costavela's labor minister, Julieta Ferraz-Monteiro, called both sides to a meeting in the capital on Thursday. She told reporters she was "confident a deal is possible within days," but declined to say whether the government would intervene if talks failed.

People familiar with the company's plans, who asked not to be identified because the talks are private, said Minera Altavista had drawn up plans to run the concentrator with contractors. A company spokeswoman denied that, saying no replacement workers would be hired.

The last strike at Sierra Blanca, in 2034, lasted 44 days and cut the company's annual output by 9%, the company's 2034 annual report shows.

"The market had been pricing a short stoppage," said Oliver Trent-Adebayo, a metals strategist at Halden Bank in London. "If this runs into March, $12,000 is on the table."

Sierra Blanca accounts for about a third of Minera Altavista's revenue, and the company has no other mine in production.

Minera Altavista shares fell 4.1% in Santa Luz trading. Chief Executive Officer Rodrigo Valdes-Kinnear told analysts on a call last month that the mine's costs had risen 18% in two years and that wage demands had to be "matched by productivity."
''',
    s(UNION, 'Union', 'Talks Failed', 'Says'),
    s(ALTA, 'company', "offer of 7% 'final'", 'says', 'mixed'),
    s(UNION, "the workers' union", 'talks with owner Minera Altavista SA had failed', 'said'),
    s(ALTA, 'company filings', 'Sierra Blanca produced about 780,000 tons last year', 'according to'),
    s(ALTA, 'Minera Altavista', 'its offer of a 7% raise was "final and fair" and that the mine would remain closed until the strike ended', 'said', 'mixed'),
    s(QUIS, 'union president Hector Quispe-Arnaud', '"We were at the table for 40 days. They moved once,"', 'said', 'direct', role='union president'),
    s(QUIS, '', '"The workers decided. Now we wait."', '', 'direct', role='union president'),
    s('Analysts at Castell & Rhee', 'Analysts at Castell & Rhee', 'the stoppage removes about 2,100 tons of copper a day from the market', 'estimated'),
    s('Julieta Ferraz-Monteiro', 'She', 'she was "confident a deal is possible within days,"', 'told', 'mixed', role="Costavela's labor minister"),
    s("People familiar with the company's plans", "People familiar with the company's plans", 'Minera Altavista had drawn up plans to run the concentrator with contractors', 'said'),
    s('A company spokeswoman', 'A company spokeswoman', 'no replacement workers would be hired', 'saying'),
    s(ALTA, "the company's 2034 annual report", "The last strike at Sierra Blanca, in 2034, lasted 44 days and cut the company's annual output by 9%", 'shows'),
    s('Oliver Trent-Adebayo', 'Oliver Trent-Adebayo, a metals strategist at Halden Bank in London', '"The market had been pricing a short stoppage,"', 'said', 'direct', role='a metals strategist at Halden Bank'),
    s('Oliver Trent-Adebayo', '', '"If this runs into March, $12,000 is on the table."', '', 'direct', role='a metals strategist at Halden Bank'),
    s('Rodrigo Valdes-Kinnear', 'Chief Executive Officer Rodrigo Valdes-Kinnear', 'the mine\'s costs had risen 18% in two years and that wage demands had to be "matched by productivity."', 'told', 'mixed', role='Chief Executive Officer'),
)
