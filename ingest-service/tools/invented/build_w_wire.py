"""Set W's five wire stories (see build_w.py)."""
from invented_common import doc_spans as doc, s

SRC = 'three people familiar with the preparations'
ECO = 'Economy Minister'
MIN = 'Mining Minister'

doc('w01-wire-update-tamsund-potash-listing-ministers', 'Reuters', '2028-09-14', '''
UPDATE 2-Tamsund delays potash miner's listing as ministers argue over stake - sources

* Listing of Krelvik Mineral pushed into 2029, three sources say
* Economy minister wants to sell 30%, mining minister 15%
* Company says it is "ready whenever the owner is"
* Shares of listed rivals fall (Adds company statement, analyst comment in paragraphs 8-10)

By Halvard Quistorp-Mensaray

OSKVIK, Sept 14 (Reuters) - Tamsund has put off the stock market listing of state potash miner Krelvik Mineral until next year at the earliest because two ministers cannot agree on how big a stake to sell, three people familiar with the preparations said on Thursday.

The listing, which bankers had pencilled in for November, would have been the largest in the Nordic region this year, valuing the company at up to 4.5 billion euros, according to two of the people.

Economy Minister Signe Wollestrand-Achembwe wants to sell 30% of the miner and use the proceeds to pay down debt, the people said. Mining Minister Pavo Terjesen-Mukwashi has argued in cabinet that the state should sell no more than 15% and keep control of what he has called "a strategic asset for the next fifty years", they said.

The sources asked not to be named because the discussions are confidential.

Wollestrand-Achembwe's spokeswoman declined to comment. A spokesman for the mining ministry said no decision had been taken on the timing of the listing and that "all options remain on the table".

Krelvik, which mines potash in the Oskdal valley and ships it through the port of Hammervik, said in a statement it was "ready whenever the owner is" and that its 2028 results would be published as planned on Feb. 20.

The delay is a setback for the government, which is counting on a pipeline of privatisations to narrow its budget deficit. The International Fiscal Council expects the deficit to reach 3.8% of GDP this year.

"The market window is open now. Nobody can promise it will be open in March," said Britta Ollenhauer-Sesay, head of equity capital markets at Sandvoll Enskilda. She said several foreign funds had already asked for meetings with Krelvik's management.

Gunnar Fjellbakke-Owusu, a fertiliser analyst at Ravnholt Securities, said a 15% float would be too small to get the company into the major indexes. "You would have a listed company that nobody big can buy," he said.

Shares in Krelvik's listed rivals fell after the report, with Norrvale Potash down 2.1%.

Opposition lawmaker Idun Haraldsvik-Obengwaa accused the government of "running the country's largest company like a family quarrel" and called on Prime Minister Arnstein Vollrath-Kimani to settle the matter before the budget debate.

(Reporting by Halvard Quistorp-Mensaray; Additional reporting by Mette Skoglund-Adeyemola; Editing by Rupert Haybrook-Linnane)
''',
    s(SRC, 'sources', "Tamsund delays potash miner's listing as ministers argue over stake", ''),
    s(SRC, 'three sources', 'Listing of Krelvik Mineral pushed into 2029', 'say'),
    s('Krelvik Mineral', 'Company', 'it is "ready whenever the owner is"', 'says', 'mixed'),
    s(SRC, SRC, 'Tamsund has put off the stock market listing of state potash miner Krelvik Mineral until next year at the earliest because two ministers cannot agree on how big a stake to sell', 'said'),
    s('two of the people', 'two of the people', 'The listing, which bankers had pencilled in for November, would have been the largest in the Nordic region this year, valuing the company at up to 4.5 billion euros', 'according to'),
    s(SRC, 'the people', 'Economy Minister Signe Wollestrand-Achembwe wants to sell 30% of the miner and use the proceeds to pay down debt', 'said'),
    s(SRC, 'they', 'Mining Minister Pavo Terjesen-Mukwashi has argued in cabinet|"a strategic asset for the next fifty years"', 'said', 'mixed'),
    s('Pavo Terjesen-Mukwashi', 'Mining Minister Pavo Terjesen-Mukwashi', 'the state should sell no more than 15% and keep control of what he has called "a strategic asset for the next fifty years"', 'has argued', 'mixed', role=MIN, nested=True, via=SRC),
    s('A spokesman for the mining ministry', 'A spokesman for the mining ministry', 'no decision had been taken on the timing of the listing and that "all options remain on the table"', 'said', 'mixed', role='spokesman'),
    s('Krelvik Mineral', 'Krelvik, which mines potash in the Oskdal valley and ships it through the port of Hammervik', 'it was "ready whenever the owner is" and that its 2028 results would be published as planned on Feb. 20', 'said', 'mixed'),
    s('The International Fiscal Council', 'The International Fiscal Council', 'the deficit to reach 3.8% of GDP this year', 'expects'),
    s('Britta Ollenhauer-Sesay', 'Britta Ollenhauer-Sesay', '"The market window is open now. Nobody can promise it will be open in March,"', 'said', 'direct', role='head of equity capital markets at Sandvoll Enskilda'),
    s('Britta Ollenhauer-Sesay', 'She', "several foreign funds had already asked for meetings with Krelvik's management", 'said', role='head of equity capital markets at Sandvoll Enskilda'),
    s('Gunnar Fjellbakke-Owusu', 'Gunnar Fjellbakke-Owusu, a fertiliser analyst at Ravnholt Securities', 'a 15% float would be too small to get the company into the major indexes', 'said', role='fertiliser analyst at Ravnholt Securities'),
    s('Gunnar Fjellbakke-Owusu', 'he', '"You would have a listed company that nobody big can buy,"', 'said', 'direct', role='fertiliser analyst at Ravnholt Securities'),
    s('Idun Haraldsvik-Obengwaa', 'Opposition lawmaker Idun Haraldsvik-Obengwaa', 'the government of "running the country\'s largest company like a family quarrel"', 'accused', 'mixed', role='Opposition lawmaker'),
    s('Idun Haraldsvik-Obengwaa', 'Opposition lawmaker Idun Haraldsvik-Obengwaa', 'Prime Minister Arnstein Vollrath-Kimani to settle the matter before the budget debate', 'called on', role='Opposition lawmaker'),
)

WIN = 'Ottilie Rasmark-Njaiebo'
TOP = 'Magdalena Quendrith-Falkenrath'

doc('w02-wire-ap-tennis-vinterholm-open-final', 'AP', '2028-08-06', '''
Rasmark-Njaiebo rallies to claim Vinterholm Open as top seed's thigh gives way

VINTERHOLM, Tamsund (AP) — Ottilie Rasmark-Njaiebo came back from a set and a break down to beat top seed Magdalena Quendrith-Falkenrath 4-6, 7-5, 6-3 on Sunday and claim the Vinterholm Open, her second title of the season.

The 24-year-old saved two match points in the second set, the first with a backhand that clipped the net cord and dropped over. All told, she won nine of the last 11 games.

"I told myself to stop looking at the scoreboard and just hit the ball," Rasmark-Njaiebo said. "At 5-4 down, I had nothing to lose."

Asked whether she had thought the match was lost, she smiled. "Twice," she said.

Quendrith-Falkenrath, who called for the trainer early in the third set to have her left thigh strapped, said she had felt the muscle tighten at the end of the second set.

"It's not an excuse. She played the big points better, and that's the whole story," she said.

The top seed argued with chair umpire Lucan Verhoevel-Asantewe over a line call at 3-3 in the third and pointed at a mark near the baseline. Replays on the stadium screen had the ball catching the line, and the crowd of 7,400 booed her on the next changeover.

Her coach, Dario Espinhal-Kurzbach, said she would have a scan on Monday and that her participation in next week's tournament in Lysholm was "doubtful at best."

The win lifts Rasmark-Njaiebo to a career-high No. 9 in the rankings, the Women's Tennis Circuit said.

Noted mostly for her serve, the left-hander won only 58% of her first-serve points on Sunday and leaned instead on her return game, breaking Quendrith-Falkenrath five times.

In the doubles final, Tamsund's Freja Oddvang-Mutasvere and Ilse Brakhage-Tembonga beat the second seeds 6-2, 6-4. Oddvang-Mutasvere said the home crowd had carried them through a tight second set. "They were louder than I have ever heard them," Brakhage-Tembonga added.

Tournament director Anselm Rovikstad-Chidozie said attendance reached a record 61,000 over the week and announced that the event would move to a new 8,000-seat stadium on the harbour in 2030.

"We have outgrown this place," he said, "but we will miss it."

Rasmark-Njaiebo, who has pledged part of her prize money to a youth program in her hometown of Skarnes, said she planned to take a week off before the hard-court swing. "My legs are asking for it," she said.
''',
    s(WIN, 'Rasmark-Njaiebo', '"I told myself to stop looking at the scoreboard and just hit the ball,"', 'said', 'direct'),
    s(WIN, '', '"At 5-4 down, I had nothing to lose."', '', 'direct'),
    s(WIN, 'she', '"Twice,"', 'said', 'direct'),
    s(TOP, 'Quendrith-Falkenrath, who called for the trainer early in the third set to have her left thigh strapped', 'she had felt the muscle tighten at the end of the second set', 'said', role='top seed'),
    s(TOP, 'she', '"It\'s not an excuse. She played the big points better, and that\'s the whole story,"', 'said', 'direct', role='top seed'),
    s('Dario Espinhal-Kurzbach', 'Her coach, Dario Espinhal-Kurzbach', 'she would have a scan on Monday and that her participation in next week\'s tournament in Lysholm was "doubtful at best."', 'said', 'mixed', role='coach'),
    s("the Women's Tennis Circuit", "the Women's Tennis Circuit", 'The win lifts Rasmark-Njaiebo to a career-high No. 9 in the rankings', 'said'),
    s('Freja Oddvang-Mutasvere', 'Oddvang-Mutasvere', 'the home crowd had carried them through a tight second set', 'said'),
    s('Ilse Brakhage-Tembonga', 'Brakhage-Tembonga', '"They were louder than I have ever heard them,"', 'added', 'direct'),
    s('Anselm Rovikstad-Chidozie', 'Tournament director Anselm Rovikstad-Chidozie', 'attendance reached a record 61,000 over the week', 'said', role='Tournament director'),
    s('Anselm Rovikstad-Chidozie', 'Tournament director Anselm Rovikstad-Chidozie', 'the event would move to a new 8,000-seat stadium on the harbour in 2030', 'announced', role='Tournament director'),
    s('Anselm Rovikstad-Chidozie', 'he', ['"We have outgrown this place,"', '"but we will miss it."'], 'said', 'direct', role='Tournament director', anchor='"We have outgrown'),
    s(WIN, 'Rasmark-Njaiebo, who has pledged part of her prize money to a youth program in her hometown of Skarnes', 'she planned to take a week off before the hard-court swing', 'said'),
    s(WIN, 'she', '"My legs are asking for it,"', 'said', 'direct'),
)

DEP = 'Ruslan Vedernikov-Aschterholm'
DEP_R = 'Deputy Minister of Digital Development'
MP = 'Nadezhda Ostrzycka-Balogun'
MP_R = 'head of the parliamentary committee on information policy'

doc('w03-agency-kelvarra-rural-schools-satellite-internet', 'KELPRESS', '2028-04-22', '''
Rural schools in Kelvarra to get satellite internet by 2030 — deputy minister

The state will pay for the equipment and the first three years of service, Ruslan Vedernikov-Aschterholm said

OSTRAKAN, April 22. /KELPRESS/. All 2,300 rural schools in Kelvarra will be connected to satellite internet by the end of 2030, Deputy Minister of Digital Development Ruslan Vedernikov-Aschterholm told KELPRESS on the sidelines of the Northern Connectivity Forum on Tuesday.

"We are talking about villages where there is no fibre and there never will be. For them, satellite is the only realistic option," the deputy minister said.

According to him, the first 400 schools in the Zharkov and Tulvin regions will be connected this year.

Vedernikov-Aschterholm specified that the contract with the operator, Orbitel-Kelvarra, provides for speeds of at least 50 megabits per second. In his view, this is "enough for a lesson on video and for the teacher's paperwork at the same time."

The deputy minister noted that about 14% of the country's population still had no access to mobile internet, most of them in the north. He ruled out an increase in mobile tariffs for the northern regions next year.

As the ministry reported in March, the number of households connected to fibre grew by 9% last year.

Earlier, the head of the parliamentary committee on information policy, Nadezhda Ostrzycka-Balogun, said the programme was "running two years late" and criticised the ministry for relying on a single operator. The MP proposed that the ministry hold a tender for a second operator before the end of the year.

Orbitel-Kelvarra's press service told KELPRESS that the company would put three more satellites into orbit by 2029 to increase capacity over the northern regions.

The Kelvarra Teachers' Union welcomed the plan but warned that many rural schools did not have enough computers to make use of the connection. "A fast line into an empty classroom helps nobody," the union's chair, Vitaly Drozdenko-Amankyira, said.

The Northern Connectivity Forum is being held in Ostrakan for the third time. It has brought together more than 1,500 participants from 12 countries.
''',
    s(DEP, 'deputy minister', 'Rural schools in Kelvarra to get satellite internet by 2030', '', role=DEP_R),
    s(DEP, 'Ruslan Vedernikov-Aschterholm', 'The state will pay for the equipment and the first three years of service', 'said', role=DEP_R),
    s(DEP, 'Deputy Minister of Digital Development Ruslan Vedernikov-Aschterholm', 'All 2,300 rural schools in Kelvarra will be connected to satellite internet by the end of 2030', 'told', role=DEP_R),
    s(DEP, 'the deputy minister', '"We are talking about villages where there is no fibre and there never will be. For them, satellite is the only realistic option,"', 'said', 'direct', role=DEP_R),
    s(DEP, 'him', 'the first 400 schools in the Zharkov and Tulvin regions will be connected this year', 'According to', role=DEP_R),
    s(DEP, 'Vedernikov-Aschterholm', 'the contract with the operator, Orbitel-Kelvarra, provides for speeds of at least 50 megabits per second', 'specified', role=DEP_R),
    s(DEP, 'his', 'this is "enough for a lesson on video and for the teacher\'s paperwork at the same time."', 'In his view', 'mixed', role=DEP_R),
    s(DEP, 'The deputy minister', "about 14% of the country's population still had no access to mobile internet, most of them in the north", 'noted', role=DEP_R),
    s(DEP, 'He', 'an increase in mobile tariffs for the northern regions next year', 'ruled out', role=DEP_R),
    s('the ministry', 'the ministry', 'the number of households connected to fibre grew by 9% last year', 'reported'),
    s(MP, 'the head of the parliamentary committee on information policy, Nadezhda Ostrzycka-Balogun', 'the programme was "running two years late"', 'said', 'mixed', role=MP_R),
    s(MP, 'the head of the parliamentary committee on information policy, Nadezhda Ostrzycka-Balogun', 'the ministry for relying on a single operator', 'criticised', role=MP_R),
    s(MP, 'The MP', 'the ministry hold a tender for a second operator before the end of the year', 'proposed', role=MP_R),
    s('Orbitel-Kelvarra', "Orbitel-Kelvarra's press service", 'the company would put three more satellites into orbit by 2029 to increase capacity over the northern regions', 'told'),
    s("The Kelvarra Teachers' Union", "The Kelvarra Teachers' Union", 'the plan', 'welcomed'),
    s("The Kelvarra Teachers' Union", "The Kelvarra Teachers' Union", 'many rural schools did not have enough computers to make use of the connection', 'warned'),
    s('Vitaly Drozdenko-Amankyira', "the union's chair, Vitaly Drozdenko-Amankyira", '"A fast line into an empty classroom helps nobody,"', 'said', 'direct', role="union's chair"),
)

AGR = 'Tobias Lindqvern-Oduyoma'
ENV = 'Helka Marttivaara-Oseitutu'

doc('w04-wire-afp-skeldoria-ministers-wolf-cull-rift', 'AFP', '2028-11-03', '''
Skeldoria's ministers at odds over wolf cull as sheep farmers count losses

HARVEN, Nov 3 (AFP) - Skeldoria's agriculture and environment ministers clashed publicly on Monday over a plan to cull up to 60 wolves, exposing a rift in the governing coalition weeks before regional elections.

Agriculture Minister Tobias Lindqvern-Oduyoma said on a visit to the eastern uplands that farmers there had lost more than 3,000 sheep to wolves this year and that "patience has run out". He said he would sign a decree allowing licensed hunters to shoot wolves within two kilometres of a farm.

Hours later, Environment Minister Helka Marttivaara-Oseitutu said no such decree could be issued without her ministry's approval, which she would not give.

"Shooting wolves near farms will not protect a single sheep. Fences and guard dogs will," she told reporters in parliament.

The two have disagreed for months. Lindqvern-Oduyoma has accused the environment ministry of "writing policy for people who have never seen a sheep", while Marttivaara-Oseitutu says the compensation scheme for farmers, which she expanded last year, now pays out within 30 days.

The agriculture minister denied that the timing had anything to do with the campaign. "This is not about elections. It is about whether people can keep animals in this country at all," he said.

The agriculture ministry later said the decree would be sent to the cabinet on Thursday.

The Skeldorian Sheep Farmers' Association said in a statement that its members "cannot wait for ministers to finish arguing". Its chairman, Egil Brandvoll-Asamoah, told AFP that some farmers in the Trollvik district had stopped grazing their flocks outdoors at night.

"I lose a lamb, the state pays me for a lamb. It does not pay me for the nights I do not sleep," said Marit Hovdestad-Kuffuorwa, who keeps 400 sheep near Trollvik.

The Institute for Nature Research counted 410 wolves in Skeldoria last winter. Wildlife biologists say the population is still too small to sustain a cull and that shooting the leaders of a pack can make attacks on livestock more frequent, not less.

The environment minister, a biologist who studied wolves in the eastern uplands before entering politics, has offered to double the budget for electric fencing next year.

Prime Minister Ragna Eidsvaag-Mulenga will meet both ministers on Wednesday, her spokesman, Torvald Instefjord-Baako, said. "There is one government and there will be one decision," he said.

Opposition Green leader Kaisu Heikkenvaara-Mensimah called the dispute "a circus" and said the coalition had "no wolf policy, only two press offices".
''',
    s(AGR, 'Agriculture Minister Tobias Lindqvern-Oduyoma', 'farmers there had lost more than 3,000 sheep to wolves this year and that "patience has run out"', 'said', 'mixed', role='Agriculture Minister'),
    s(AGR, 'He', 'he would sign a decree allowing licensed hunters to shoot wolves within two kilometres of a farm', 'said', role='Agriculture Minister'),
    s(ENV, 'Environment Minister Helka Marttivaara-Oseitutu', "no such decree could be issued without her ministry's approval, which she would not give", 'said', role='Environment Minister'),
    s(ENV, 'she', '"Shooting wolves near farms will not protect a single sheep. Fences and guard dogs will,"', 'told', 'direct', role='Environment Minister'),
    s(AGR, 'Lindqvern-Oduyoma', 'the environment ministry of "writing policy for people who have never seen a sheep"', 'has accused', 'mixed', role='Agriculture Minister'),
    s(ENV, 'Marttivaara-Oseitutu', 'the compensation scheme for farmers, which she expanded last year, now pays out within 30 days', 'says', role='Environment Minister'),
    s(AGR, 'The agriculture minister', 'the timing had anything to do with the campaign', 'denied', role='Agriculture Minister'),
    s(AGR, 'he', '"This is not about elections. It is about whether people can keep animals in this country at all,"', 'said', 'direct', role='Agriculture Minister'),
    s('The agriculture ministry', 'The agriculture ministry', 'the decree would be sent to the cabinet on Thursday', 'said'),
    s("The Skeldorian Sheep Farmers' Association", "The Skeldorian Sheep Farmers' Association", 'its members "cannot wait for ministers to finish arguing"', 'said', 'mixed'),
    s('Egil Brandvoll-Asamoah', 'Its chairman, Egil Brandvoll-Asamoah', 'some farmers in the Trollvik district had stopped grazing their flocks outdoors at night', 'told', role='chairman'),
    s('Marit Hovdestad-Kuffuorwa', 'Marit Hovdestad-Kuffuorwa, who keeps 400 sheep near Trollvik', '"I lose a lamb, the state pays me for a lamb. It does not pay me for the nights I do not sleep,"', 'said', 'direct'),
    s('Wildlife biologists', 'Wildlife biologists', 'the population is still too small to sustain a cull and that shooting the leaders of a pack can make attacks on livestock more frequent, not less', 'say'),
    s('Torvald Instefjord-Baako', 'her spokesman, Torvald Instefjord-Baako', 'Prime Minister Ragna Eidsvaag-Mulenga will meet both ministers on Wednesday', 'said', role='spokesman'),
    s('Torvald Instefjord-Baako', 'he', '"There is one government and there will be one decision,"', 'said', 'direct', role='spokesman'),
    s('Kaisu Heikkenvaara-Mensimah', 'Opposition Green leader Kaisu Heikkenvaara-Mensimah', '"a circus"', 'called', 'direct', role='Opposition Green leader'),
    s('Kaisu Heikkenvaara-Mensimah', 'Opposition Green leader Kaisu Heikkenvaara-Mensimah', 'the coalition had "no wolf policy, only two press offices"', 'said', 'mixed', role='Opposition Green leader'),
)

GOVR = 'Ismail Dervanou-Kpakpo'

doc('w05-wire-emerging-markets-qarvan-dorin-cocoa', 'Reuters', '2028-10-19', '''
EMERGING MARKETS-Qarvan's dorin slides as central bank holds; cocoa hits record

* Central bank keeps rate at 11.5%; governor says cuts "far too early"
* Dorin at weakest since March
* Cocoa futures jump on Ashenland export curbs

By Naledi Oyebanjoko-Vaskebro

MERVAL, Oct 19 (Reuters) - Qarvan's dorin fell 1.2% against the dollar on Thursday after the central bank held its main interest rate at 11.5% and Governor Ismail Dervanou-Kpakpo said it was "far too early" to talk about cuts.

The bank's monetary policy committee said in a statement that inflation, at 8.9% in September, remained well above its target range of 4-6% and that risks were "tilted to the upside".

The governor told a news conference that the bank would not hesitate to raise rates again if the dorin's fall fed into prices. "We have the tools, and we will use them," he said.

"The market was pricing a cut by December. That has now gone," said Chiara Montevolpe-Adduwah, an emerging markets strategist at Quaysham Capital. She expects the dorin to test 19 per dollar before the end of the year.

Finance Minister Samira Oyelowaju-Benedeczky welcomed the decision and said the government would present a budget with a smaller deficit next month.

Other currencies in the region were mixed. The Bessaran shilling added 0.3%, while stocks in Merval pointed lower, with the benchmark index down 0.7% by midday.

Miners weighed on the index after Ombrelle Gold said its quarterly output fell 11% because of power cuts at its Rhenvaal mine. Its shares lost 4.8%.

In commodities, cocoa futures jumped 6% to a record $11,240 a tonne after Ashenland, the world's second-largest grower, said it would limit exports for the rest of the season to protect local grinders. All told, cocoa prices have more than doubled this year.

Traders said the curbs had caught the market by surprise, with many buyers already short of beans for the Christmas season.

"Everybody knew the crop was small. Nobody expected the government to sit on it," said Pieter Hollandse-Amuzu, a broker at Bramhope Softs.

Ashenland's Cocoa Marketing Board did not respond to a request for comment.

Brent crude was little changed at $78.40 a barrel, and gold eased 0.2%.
''',
    s(GOVR, 'governor', 'cuts "far too early"', 'says', 'mixed', role='Governor'),
    s(GOVR, 'Governor Ismail Dervanou-Kpakpo', 'it was "far too early" to talk about cuts', 'said', 'mixed', role='Governor'),
    s("The bank's monetary policy committee", "The bank's monetary policy committee", 'inflation, at 8.9% in September, remained well above its target range of 4-6% and that risks were "tilted to the upside"', 'said', 'mixed'),
    s(GOVR, 'The governor', "the bank would not hesitate to raise rates again if the dorin's fall fed into prices", 'told', role='Governor'),
    s(GOVR, 'he', '"We have the tools, and we will use them,"', 'said', 'direct', role='Governor'),
    s('Chiara Montevolpe-Adduwah', 'Chiara Montevolpe-Adduwah', '"The market was pricing a cut by December. That has now gone,"', 'said', 'direct', role='emerging markets strategist at Quaysham Capital'),
    s('Chiara Montevolpe-Adduwah', 'She', 'the dorin to test 19 per dollar before the end of the year', 'expects', role='emerging markets strategist at Quaysham Capital'),
    s('Samira Oyelowaju-Benedeczky', 'Finance Minister Samira Oyelowaju-Benedeczky', 'the decision', 'welcomed', role='Finance Minister'),
    s('Samira Oyelowaju-Benedeczky', 'Finance Minister Samira Oyelowaju-Benedeczky', 'the government would present a budget with a smaller deficit next month', 'said', role='Finance Minister'),
    s('Ombrelle Gold', 'Ombrelle Gold', 'its quarterly output fell 11% because of power cuts at its Rhenvaal mine', 'said'),
    s('Ashenland', "Ashenland, the world's second-largest grower", 'it would limit exports for the rest of the season to protect local grinders', 'said'),
    s('Traders', 'Traders', 'the curbs had caught the market by surprise, with many buyers already short of beans for the Christmas season', 'said'),
    s('Pieter Hollandse-Amuzu', 'Pieter Hollandse-Amuzu', '"Everybody knew the crop was small. Nobody expected the government to sit on it,"', 'said', 'direct', role='broker at Bramhope Softs'),
)
