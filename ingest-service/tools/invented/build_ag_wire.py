"""Set AG's five wire stories (see build_ag.py)."""
from invented_common import doc_spans as doc, s

CEO = 'Marisol Quenby'
R_CEO = 'Chief Executive Officer'
CFO = 'Dev Anandraj'
R_CFO = 'Chief Financial Officer'
VARROW = 'Varrow Instruments Inc.'

doc('ag01-wire-varrow-instruments-quarterly-earnings', 'Ledgerline', '2033-04-21', '''
Varrow Instruments Cuts Outlook as Chip-Tool Orders Stall; Shares Slide

(Ledgerline) -- Varrow Instruments Inc. lowered its full-year revenue forecast on Thursday after orders for its wafer-inspection machines fell for a second straight quarter, and its chief executive told analysts that customers in Ostravia were holding back spending until at least the autumn.

Revenue in the three months through March fell 11% to $1.84 billion, the Pellham, Corvania-based company said in a statement. Analysts had expected $1.97 billion on average, according to estimates compiled by Ledgerline. Net income dropped to $212 million, or 94 cents a share, from $301 million a year earlier.

"We are not seeing cancellations. We are seeing customers push delivery dates to the right, and that is a different animal," Chief Executive Officer Marisol Quenby said on a call with analysts. "The fabs are built. The question is when they fill them."

Varrow now expects 2033 sales of $7.4 billion to $7.7 billion, down from a previous range of $8 billion to $8.3 billion. The shares fell as much as 9.4% in early trading in New Corvan, the biggest intraday drop since October 2031.

Quenby said orders from memory makers, which account for roughly a third of revenue, had been "flat to down" in the quarter, while logic customers were "still buying, just more carefully." She expects the order book to bottom out in the June quarter.

Chief Financial Officer Dev Anandraj told analysts the company would slow hiring and defer about $90 million of planned capital spending, but would keep its research budget unchanged.

"We are not going to cut our way out of a cycle by starving the next product," Anandraj said. Gross margin narrowed to 47.2% from 49.8%, he said, mostly because lower volumes spread fixed factory costs over fewer machines.

On the call, Harriet Vossberg, an analyst at Kestrel Partners, asked whether the guidance assumed any recovery in the second half.

"It assumes a modest one, and I'd call that prudent rather than hopeful," Quenby replied.

Asked by Tobias Renwick of Marlowe Securities about pricing pressure from Ostravian rivals, Anandraj said Varrow had not lost a single evaluation on price in the quarter, adding that the company's service business, which grew 6%, was "the ballast in the boat."

Some investors were less convinced.

"Management keeps telling us the trough is one quarter away. They told us that in January, too," said Ines Carbury, a portfolio manager at Fenwright Asset Management, which holds Varrow shares.

Varrow also said its board had approved a new $2 billion share buyback program and kept the quarterly dividend at 38 cents.

The company faces a separate headwind from export rules. Corvania's commerce department in February widened restrictions on sales of advanced inspection tools to Ostravia, which Varrow has said could cut annual revenue by $250 million to $300 million. Quenby declined to say whether the company had applied for licenses to keep shipping.

Varrow, which employs about 21,000 people, has cut its forecast twice in the past year. Its shares had risen 18% this year before Thursday's report, outpacing an index of chip-equipment makers.

--With assistance from Pia Ostrander.
''',
    s(CEO, 'its chief executive', 'customers in Ostravia were holding back spending until at least the autumn', 'told', role=R_CEO),
    s(VARROW, 'the Pellham, Corvania-based company', 'Revenue in the three months through March fell 11% to $1.84 billion', 'said'),
    s('Ledgerline', 'estimates compiled by Ledgerline', 'Analysts had expected $1.97 billion on average', 'according to'),
    s(CEO, 'Chief Executive Officer Marisol Quenby', '"We are not seeing cancellations. We are seeing customers push delivery dates to the right, and that is a different animal,"', 'said', 'direct', role=R_CEO),
    s(CEO, '', '"The fabs are built. The question is when they fill them."', '', 'direct', role=R_CEO),
    s(VARROW, 'Varrow', '2033 sales of $7.4 billion to $7.7 billion, down from a previous range of $8 billion to $8.3 billion', 'expects'),
    s(CEO, 'Quenby', 'orders from memory makers, which account for roughly a third of revenue, had been "flat to down" in the quarter, while logic customers were "still buying, just more carefully."', 'said', 'mixed', role=R_CEO),
    s(CEO, 'She', 'the order book to bottom out in the June quarter', 'expects', role=R_CEO),
    s(CFO, 'Chief Financial Officer Dev Anandraj', 'the company would slow hiring and defer about $90 million of planned capital spending, but would keep its research budget unchanged', 'told', role=R_CFO),
    s(CFO, 'Anandraj', '"We are not going to cut our way out of a cycle by starving the next product,"', 'said', 'direct', role=R_CFO),
    s(CFO, 'he', ['Gross margin narrowed to 47.2% from 49.8%,', 'mostly because lower volumes spread fixed factory costs over fewer machines'], 'said', role=R_CFO),
    s(CEO, 'Quenby', '"It assumes a modest one, and I\'d call that prudent rather than hopeful,"', 'replied', 'direct', role=R_CEO),
    s(CFO, 'Anandraj', 'Varrow had not lost a single evaluation on price in the quarter', 'said', role=R_CFO),
    s(CFO, 'Anandraj', 'the company\'s service business, which grew 6%, was "the ballast in the boat."', 'adding', 'mixed', role=R_CFO),
    s('Ines Carbury', 'Ines Carbury, a portfolio manager at Fenwright Asset Management', '"Management keeps telling us the trough is one quarter away. They told us that in January, too,"', 'said', 'direct', role='portfolio manager'),
    s(VARROW, 'Varrow', 'its board had approved a new $2 billion share buyback program and kept the quarterly dividend at 38 cents', 'said'),
    s(VARROW, 'Varrow', 'could cut annual revenue by $250 million to $300 million', 'has said'),
)

CHIEF = 'Raymond Aske'
SPOX = 'Denise Okafor-Linde'
LEAVITT = 'Tamsin Leavitt'
MARR = 'Luis Marroquin'
SUPT = 'Gail Brennecke'

doc('ag02-wire-bramley-forks-school-bus-crash', 'The Associated Wire', '2033-01-18', '''
School bus slides off icy road and overturns; 23 children hurt

BRAMLEY FORKS, Ondara (AW) — A school bus carrying 31 elementary students slid off an icy two-lane highway and rolled onto its side in a ditch Tuesday morning, injuring 23 children and the driver, authorities said.

None of the injuries were believed to be life-threatening, but four children were being kept overnight at Bramley Forks Regional Medical Center for observation, hospital spokeswoman Denise Okafor-Linde said.

The bus, operated by the Tallow Creek School District, was on its morning route about 7:40 a.m. when it crossed the center line on a curve of State Route 14 and went down an embankment, Police Chief Raymond Aske said at a news conference.

"The road was glazed. We had two other vehicles off the road within a mile of there in the same half-hour," Aske said. He said investigators had found no sign the driver had been speeding, but that they would examine the bus's onboard camera and its brakes.

The driver, a 58-year-old woman whose name was not released, was treated for a broken wrist.

Several parents rushed to the scene, where firefighters helped children climb out through the emergency door at the back of the bus and through a roof hatch.

"I heard it on the scanner and I just drove," said Tamsin Leavitt, whose 8-year-old son, Owen, was on the bus. "He was standing in the snow with a blanket around him, and he looked at me like it was something he read in a book."

Okafor-Linde said the hospital had called in extra staff and opened a family waiting area in its cafeteria. Most of the children were treated for cuts, bruises and bumps to the head, she said.

"They were remarkably calm. A few of them were more upset about losing their backpacks than about anything else," she said.

Another parent, Luis Marroquin, said the district should have canceled school.

"Everybody in this county knew that road was going to be a sheet of ice this morning. Everybody except whoever made that call," he said.

Tallow Creek Superintendent Gail Brennecke said in a written statement that buses had run because the forecast had called for temperatures above freezing by 7 a.m. and road crews had treated main routes overnight.

"We will look hard at that decision, and we will be honest with families about what we find," the statement said.

The district canceled classes for the rest of the week and said counselors would be available at Tallow Creek Elementary starting Wednesday.

The Ondara Highway Patrol is assisting with the investigation. A patrol spokesman, Sgt. Curtis Ambler, said it could take several weeks to reconstruct the crash.

State inspection records show the bus passed its annual safety check in August.

Ondara does not require seat belts on large school buses, though a bill to phase them in has stalled in the Legislature for two sessions. Aske said he expected the crash to revive that debate.

"I'm not going to tell lawmakers how to vote," he said. "But I'll tell them what I saw in that ditch."
''',
    s('authorities', 'authorities', 'A school bus carrying 31 elementary students slid off an icy two-lane highway and rolled onto its side in a ditch Tuesday morning, injuring 23 children and the driver', 'said'),
    s(SPOX, 'hospital spokeswoman Denise Okafor-Linde', 'None of the injuries were believed to be life-threatening, but four children were being kept overnight at Bramley Forks Regional Medical Center for observation', 'said', role='hospital spokeswoman'),
    s(CHIEF, 'Police Chief Raymond Aske', 'The bus, operated by the Tallow Creek School District, was on its morning route about 7:40 a.m. when it crossed the center line on a curve of State Route 14 and went down an embankment', 'said', role='Police Chief'),
    s(CHIEF, 'Aske', '"The road was glazed. We had two other vehicles off the road within a mile of there in the same half-hour,"', 'said', 'direct', role='Police Chief'),
    s(CHIEF, 'He', "investigators had found no sign the driver had been speeding, but that they would examine the bus's onboard camera and its brakes", 'said', role='Police Chief'),
    s(LEAVITT, 'Tamsin Leavitt', '"I heard it on the scanner and I just drove,"', 'said', 'direct'),
    s(LEAVITT, '', '"He was standing in the snow with a blanket around him, and he looked at me like it was something he read in a book."', '', 'direct'),
    s(SPOX, 'Okafor-Linde', 'the hospital had called in extra staff and opened a family waiting area in its cafeteria', 'said', role='hospital spokeswoman'),
    s(SPOX, 'she', 'Most of the children were treated for cuts, bruises and bumps to the head', 'said', role='hospital spokeswoman'),
    s(SPOX, 'she', '"They were remarkably calm. A few of them were more upset about losing their backpacks than about anything else,"', 'said', 'direct', role='hospital spokeswoman'),
    s(MARR, 'Another parent, Luis Marroquin', 'the district should have canceled school', 'said', role='parent'),
    s(MARR, 'he', '"Everybody in this county knew that road was going to be a sheet of ice this morning. Everybody except whoever made that call,"', 'said', 'direct', role='parent'),
    s(SUPT, 'Tallow Creek Superintendent Gail Brennecke', 'buses had run because the forecast had called for temperatures above freezing by 7 a.m. and road crews had treated main routes overnight', 'said', role='Tallow Creek Superintendent'),
    s(SUPT, 'the statement', '"We will look hard at that decision, and we will be honest with families about what we find,"', 'said', 'direct', role='Tallow Creek Superintendent'),
    s('The district', 'The district', 'counselors would be available at Tallow Creek Elementary starting Wednesday', 'said'),
    s('Curtis Ambler', 'A patrol spokesman, Sgt. Curtis Ambler', 'it could take several weeks to reconstruct the crash', 'said', role='patrol spokesman'),
    s('State inspection records', 'State inspection records', 'the bus passed its annual safety check in August', 'show'),
    s(CHIEF, 'Aske', 'he expected the crash to revive that debate', 'said', role='Police Chief'),
    s(CHIEF, 'he', '"I\'m not going to tell lawmakers how to vote,"', 'said', 'direct', role='Police Chief'),
    s(CHIEF, '', '"But I\'ll tell them what I saw in that ditch."', '', 'direct', role='Police Chief'),
)

TEYVIK = 'Amara Teyvik'
DOLANE = 'Kasimir Dolane'
RUTH = 'Ruth Abernaty-Sole'
STRAND = 'Olufemi Strand'
MBATHA = 'Elias Mbatha-Rowe'
COMM = 'Halcyon Sea Fisheries Commission'

doc('ag03-wire-halcyon-sea-squid-quota-talks-collapse', 'Agence Mondiale', '2033-11-14', '''
Halcyon Sea squid talks collapse as coastal states walk out

PORT ANSELM, Lisovia, Nov 14, 2033 (AM) - Talks on sharing the dwindling squid stocks of the Halcyon Sea broke down late Thursday after delegations from three coastal states walked out, accusing distant-water fleets of refusing to accept binding catch limits.

The week-long meeting of the Halcyon Sea Fisheries Commission, which groups eleven governments, ended without agreement for the second year running, leaving fleets free to fish with no cap when the season opens in January.

"We came here to cut catches by a quarter. We were offered a study," said Amara Teyvik, the chief negotiator for Lisovia, the host country. "A study does not put squid back in the water."

Lisovia, Quorren and the Belmarine Islands, whose waters hold most of the spawning grounds, had demanded a 25 percent cut in the total catch and satellite tracking of every vessel longer than 24 metres.

The head of the Tarsenian delegation, Kasimir Dolane, said his country supported "science-based management" but could not accept cuts that fell "almost entirely on one side of the table".

Tarsenia's fleet of some 600 jigging vessels takes about 40 percent of the Halcyon Sea's squid, according to the commission's own figures.

Varnholm's envoy, Ruth Abernaty-Sole, told AM the gap had narrowed to "a few percentage points" by Wednesday night before the talks "fell off a cliff" over enforcement.

"Everyone agreed on the diagnosis. Nobody agreed on who should take the medicine," she said.

Scientists advising the commission estimate that the squid's spawning biomass has fallen by about 60 percent since 2020.

Environmental groups reacted with anger.

"This is what the slow death of a fishery looks like: one missed year after another," said Noor Halvorsen-Beke of the conservation group Blue Margin, which had observers at the talks.

Blue Margin and a second group, the Ocean Ledger Foundation, called on the coastal states to close their own waters to foreign fleets.

Quorren's fisheries minister, Elias Mbatha-Rowe, who led his country's delegation, said Quorren would "look at every option", including such a closure, and would raise the matter with the other coastal states within a month.

The commission's chairman, Olufemi Strand, expressed regret at the outcome and said he would convene an extraordinary session in March.

"I still believe a deal is there. It needs courage more than it needs another meeting, but we will have the meeting anyway," Strand told reporters.

The Belmarine Islands' delegate, speaking on condition of anonymity, said her government would not return to the table without an independent observer on every foreign vessel.

Fisheries economists say the cost of doing nothing is rising. A 2032 study by the University of Port Anselm estimated that a collapse of the squid fishery would cost the three coastal states some 14,000 jobs.

In the harbour of Port Anselm, where squid boats have sat idle for weeks, skipper Joaquim Ferrelo said his catch last season was a third of what his father landed in the 1990s.

"My son wants to take the boat one day. I tell him: learn to fix engines instead," he said.
''',
    s('delegations from three coastal states', 'delegations from three coastal states', 'distant-water fleets of refusing to accept binding catch limits', 'accusing'),
    s('Lisovia, Quorren and the Belmarine Islands', 'Lisovia, Quorren and the Belmarine Islands', 'a 25 percent cut in the total catch and satellite tracking of every vessel longer than 24 metres', 'had demanded'),
    s(TEYVIK, 'Amara Teyvik, the chief negotiator for Lisovia', '"We came here to cut catches by a quarter. We were offered a study,"', 'said', 'direct', role='chief negotiator for Lisovia'),
    s(TEYVIK, '', '"A study does not put squid back in the water."', '', 'direct', role='chief negotiator for Lisovia'),
    s(DOLANE, 'The head of the Tarsenian delegation, Kasimir Dolane', 'his country supported "science-based management" but could not accept cuts that fell "almost entirely on one side of the table"', 'said', 'mixed', role='head of the Tarsenian delegation'),
    s(COMM, "the commission's own figures", "Tarsenia's fleet of some 600 jigging vessels takes about 40 percent of the Halcyon Sea's squid", 'according to'),
    s(RUTH, "Varnholm's envoy, Ruth Abernaty-Sole", 'the gap had narrowed to "a few percentage points" by Wednesday night before the talks "fell off a cliff" over enforcement', 'told', 'mixed', role='envoy'),
    s(RUTH, 'she', '"Everyone agreed on the diagnosis. Nobody agreed on who should take the medicine,"', 'said', 'direct', role='envoy'),
    s('Scientists advising the commission', 'Scientists advising the commission', "the squid's spawning biomass has fallen by about 60 percent since 2020", 'estimate'),
    s('Noor Halvorsen-Beke', 'Noor Halvorsen-Beke', '"This is what the slow death of a fishery looks like: one missed year after another,"', 'said', 'direct'),
    s('Blue Margin and the Ocean Ledger Foundation', 'Blue Margin and a second group, the Ocean Ledger Foundation', 'the coastal states to close their own waters to foreign fleets', 'called on'),
    s(MBATHA, "Quorren's fisheries minister, Elias Mbatha-Rowe", 'Quorren would "look at every option", including such a closure, and would raise the matter with the other coastal states within a month', 'said', 'mixed', role='fisheries minister'),
    s(STRAND, "The commission's chairman, Olufemi Strand", 'regret at the outcome', 'expressed', role='chairman'),
    s(STRAND, "The commission's chairman, Olufemi Strand", 'he would convene an extraordinary session in March', 'said', role='chairman'),
    s(STRAND, 'Strand', '"I still believe a deal is there. It needs courage more than it needs another meeting, but we will have the meeting anyway,"', 'told', 'direct', role='chairman'),
    s("The Belmarine Islands' delegate", "The Belmarine Islands' delegate", 'her government would not return to the table without an independent observer on every foreign vessel', 'said'),
    s('Fisheries economists', 'Fisheries economists', 'the cost of doing nothing is rising', 'say'),
    s('University of Port Anselm', 'A 2032 study by the University of Port Anselm', 'a collapse of the squid fishery would cost the three coastal states some 14,000 jobs', 'estimated'),
    s('Joaquim Ferrelo', 'skipper Joaquim Ferrelo', 'his catch last season was a third of what his father landed in the 1990s', 'said', role='skipper'),
    s('Joaquim Ferrelo', 'he', '"My son wants to take the boat one day. I tell him: learn to fix engines instead,"', 'said', 'direct', role='skipper'),
)

UTIL = 'Hoshima Electric Power Co.'
NRA = 'The Nuclear Regulation Authority'
KARA = 'Shinobu Karasawa'
GOV = 'Akiko Senba'

doc('ag04-wire-typhoon-senri-hoshima-power-nuclear', 'Kaiyo News', '2033-09-06', '''
Typhoon Senri cuts power to 480,000 homes, delays reactor checks

ODAKURA, Sept. 6 (Kaiyo) -- Typhoon Senri swept across the southwestern island of Hoshima on Tuesday with winds gusting up to 216 kilometers per hour, cutting power to about 480,000 households and leaving at least three people dead, local authorities said.

The typhoon, the 14th of the season, made landfall near the port city of Odakura shortly before dawn and was moving north-northeast at 20 kph, the national weather agency said, warning of up to 600 millimeters of rain in mountainous areas through Wednesday.

Hoshima Electric Power Co. said in the afternoon that about 480,000 homes and businesses in the prefecture had lost electricity at the peak, and that restoring supply to all of them could take "several days" because fallen trees were blocking access roads to transmission towers.

"We have 2,300 workers ready, but we cannot send them up the mountains while the wind is this strong," a company spokesman told a press conference.

The utility said its Kitasaki nuclear power plant, whose two reactors have been offline since 2031 for safety upgrades, had lost one of its two external power lines but that emergency diesel generators had not been needed.

The Nuclear Regulation Authority said it had found no abnormalities at the plant and that radiation monitoring posts around the site showed normal readings.

At a regular press conference in the capital, NRA Chairman Shinobu Karasawa said inspections scheduled for next week as part of the plant's restart screening would be postponed.

"The plant is safe. But a site that has just lost an external line is not a site where we want to run a restart inspection," Karasawa said, adding that the authority would ask the utility to report on why the line had failed.

Among the dead was an 81-year-old man in the town of Minase whose house was hit by a landslide, police said. Two other people were killed by flying debris, and 46 were injured across the prefecture.

Hoshima Gov. Akiko Senba told reporters she had asked the national defense forces to help clear roads to isolated villages in the island's interior.

"There are villages we simply cannot reach. Their phones are down, and we do not know what they need," Senba said.

Hoshima Electric shares fell 3.1 percent in morning trading. Ren Ogiwara, an analyst at Sakuma Securities, said investors were worried that the delay would push the restart of the Kitasaki plant beyond next summer, costing the utility several billion a month in fuel for its older thermal plants.

Some 31,000 people had taken refuge in evacuation centers, the prefectural government said.

In Odakura, residents swept broken glass from shopfronts as the winds eased in the afternoon.

"I have lived here 70 years and this was the worst I have heard," said Tetsuo Wakabayashi, whose fish shop lost its roof. "The sound was like a train that does not stop."

The weather agency urged residents in the north of the island to stay alert for landslides and flooding as the storm moves toward the main island of Honsara on Wednesday.

Airlines canceled 320 domestic flights, and ferry services between Hoshima and Honsara were suspended for a second day.
''',
    s('local authorities', 'local authorities', 'Typhoon Senri swept across the southwestern island of Hoshima on Tuesday with winds gusting up to 216 kilometers per hour, cutting power to about 480,000 households and leaving at least three people dead', 'said'),
    s('the national weather agency', 'the national weather agency', 'The typhoon, the 14th of the season, made landfall near the port city of Odakura shortly before dawn and was moving north-northeast at 20 kph', 'said'),
    s('the national weather agency', 'the national weather agency', 'of up to 600 millimeters of rain in mountainous areas through Wednesday', 'warning'),
    s(UTIL, UTIL, 'about 480,000 homes and businesses in the prefecture had lost electricity at the peak, and that restoring supply to all of them could take "several days" because fallen trees were blocking access roads to transmission towers', 'said', 'mixed'),
    s('a company spokesman', 'a company spokesman', '"We have 2,300 workers ready, but we cannot send them up the mountains while the wind is this strong,"', 'told', 'direct', role='company spokesman'),
    s(UTIL, 'The utility', 'its Kitasaki nuclear power plant, whose two reactors have been offline since 2031 for safety upgrades, had lost one of its two external power lines but that emergency diesel generators had not been needed', 'said'),
    s(NRA, NRA, 'it had found no abnormalities at the plant and that radiation monitoring posts around the site showed normal readings', 'said'),
    s(KARA, 'NRA Chairman Shinobu Karasawa', "inspections scheduled for next week as part of the plant's restart screening would be postponed", 'said', role='NRA Chairman'),
    s(KARA, 'Karasawa', '"The plant is safe. But a site that has just lost an external line is not a site where we want to run a restart inspection,"', 'said', 'direct', role='NRA Chairman'),
    s(KARA, 'Karasawa', 'the authority would ask the utility to report on why the line had failed', 'adding', role='NRA Chairman'),
    s('police', 'police', 'Among the dead was an 81-year-old man in the town of Minase whose house was hit by a landslide', 'said'),
    s(GOV, 'Hoshima Gov. Akiko Senba', "she had asked the national defense forces to help clear roads to isolated villages in the island's interior", 'told', role='Gov.'),
    s(GOV, 'Senba', '"There are villages we simply cannot reach. Their phones are down, and we do not know what they need,"', 'said', 'direct', role='Gov.'),
    s('Ren Ogiwara', 'Ren Ogiwara, an analyst at Sakuma Securities', 'investors were worried that the delay would push the restart of the Kitasaki plant beyond next summer, costing the utility several billion a month in fuel for its older thermal plants', 'said', role='analyst'),
    s('the prefectural government', 'the prefectural government', 'Some 31,000 people had taken refuge in evacuation centers', 'said'),
    s('Tetsuo Wakabayashi', 'Tetsuo Wakabayashi', '"I have lived here 70 years and this was the worst I have heard,"', 'said', 'direct'),
    s('Tetsuo Wakabayashi', '', '"The sound was like a train that does not stop."', '', 'direct'),
    s('The weather agency', 'The weather agency', 'residents in the north of the island to stay alert for landslides and flooding as the storm moves toward the main island of Honsara on Wednesday', 'urged'),
)

KELL = 'Ousmane Kelledy'
COMMITTEE = 'National Committee for Renewal'
SARR = 'Abdel Sarrouk-Dem'
REMB = 'Fatou Rembane-Ola'

doc('ag05-wire-marovia-coup-attempt-state-tv', 'Rexford Wire', '2033-10-03', '''
Soldiers seize state TV in Marovia coup bid; president says he is safe

ZARENNE, Oct 3 (Rexford) - Soldiers seized the state broadcaster in Marovia's capital Zarenne on Friday and announced on air that they had dissolved the government, but President Ousmane Kelledy said in a video posted online that he was safe and that loyal troops controlled the presidential palace.

Gunfire could be heard near the palace for several hours before dawn, two residents told Rexford.

A group calling itself the National Committee for Renewal said in a statement read on state television that it had suspended the constitution, closed the borders and imposed a nightly curfew "until order is restored".

"The army has answered the call of the people, who are tired of corruption and of promises," said the officer who read it, who identified himself as Colonel Abdel Sarrouk-Dem.

Kelledy, speaking in a two-minute video from what appeared to be his office, urged citizens to stay at home and called the soldiers "a handful of adventurers".

"The Republic stands. Those who have taken up arms against it will answer for it before the courts," he said.

A spokesman for the presidency, Moussa Kante-Lor, told Rexford by telephone that the president had spent the night at the palace with his family and that "nothing has changed in the chain of command".

The situation in the city was unclear by midday. A Rexford reporter saw armoured vehicles blocking the main bridge over the Lisse river, and shops in the central market remained shut.

"We heard shooting from about three o'clock. Now it is quiet, but nobody is going out," said a shopkeeper in the Bellecour district who gave only his first name, Issa.

Two Western diplomats in Zarenne said the putschists appeared to control the broadcaster and parts of the airport road but not the palace or the main army barracks at Fort Remy.

"It looks like a mid-level operation without the top brass behind it, at least so far," one of the diplomats said, asking not to be named because he was not authorised to speak to the press.

The Coastal States Union condemned what it called an attempt to seize power by force and demanded that the soldiers return to their barracks.

Corvania's foreign ministry said it was in contact with its embassy and advised its citizens in Marovia to stay indoors.

Marovia, a country of 14 million, has had three successful coups since independence, the last in 2009. Kelledy, a former finance minister, was re-elected in 2031 in a vote the opposition said was marred by fraud.

Opposition leader Fatou Rembane-Ola said her party rejected "any change of government outside the ballot box", but blamed Kelledy's government for the collapse of public trust that, she said, had made Friday's events possible.

By late afternoon, state television was broadcasting military music and a still image of the national flag. The army chief of staff, General Mamadou Treize-Abena, had not spoken publicly by early evening, and the defence ministry did not respond to requests for comment.
''',
    s(KELL, 'president', 'he is safe', 'says', role='President'),
    s('Soldiers', 'Soldiers', 'they had dissolved the government', 'announced'),
    s(KELL, 'President Ousmane Kelledy', 'he was safe and that loyal troops controlled the presidential palace', 'said', role='President'),
    s('two residents', 'two residents', 'Gunfire could be heard near the palace for several hours before dawn', 'told'),
    s(COMMITTEE, 'A group calling itself the National Committee for Renewal', 'it had suspended the constitution, closed the borders and imposed a nightly curfew "until order is restored"', 'said', 'mixed'),
    s(SARR, 'the officer who read it', '"The army has answered the call of the people, who are tired of corruption and of promises,"', 'said', 'direct', role='Colonel'),
    s(KELL, 'Kelledy', 'citizens to stay at home', 'urged', role='President'),
    s(KELL, 'Kelledy', 'the soldiers "a handful of adventurers"', 'called', 'mixed', role='President'),
    s(KELL, 'he', '"The Republic stands. Those who have taken up arms against it will answer for it before the courts,"', 'said', 'direct', role='President'),
    s('Moussa Kante-Lor', 'A spokesman for the presidency, Moussa Kante-Lor', 'the president had spent the night at the palace with his family and that "nothing has changed in the chain of command"', 'told', 'mixed', role='spokesman for the presidency'),
    s('Issa', 'a shopkeeper in the Bellecour district who gave only his first name, Issa', '"We heard shooting from about three o\'clock. Now it is quiet, but nobody is going out,"', 'said', 'direct', role='shopkeeper'),
    s('Two Western diplomats in Zarenne', 'Two Western diplomats in Zarenne', 'the putschists appeared to control the broadcaster and parts of the airport road but not the palace or the main army barracks at Fort Remy', 'said'),
    s('one of the diplomats', 'one of the diplomats', '"It looks like a mid-level operation without the top brass behind it, at least so far,"', 'said', 'direct'),
    s('The Coastal States Union', 'The Coastal States Union', 'what it called an attempt to seize power by force', 'condemned'),
    s('The Coastal States Union', 'The Coastal States Union', 'the soldiers return to their barracks', 'demanded'),
    s("Corvania's foreign ministry", "Corvania's foreign ministry", 'it was in contact with its embassy', 'said'),
    s("Corvania's foreign ministry", "Corvania's foreign ministry", 'its citizens in Marovia to stay indoors', 'advised'),
    s('the opposition', 'the opposition', 'was marred by fraud', 'said'),
    s(REMB, 'Opposition leader Fatou Rembane-Ola', 'her party rejected "any change of government outside the ballot box"', 'said', 'mixed', role='Opposition leader'),
    s(REMB, 'Opposition leader Fatou Rembane-Ola', "Kelledy's government for the collapse of public trust", 'blamed', role='Opposition leader'),
    s(REMB, 'she', "had made Friday's events possible", 'said', role='Opposition leader'),
)
