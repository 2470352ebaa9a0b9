"""Set BO's five wire stories (see build_bo.py)."""
from invented_common import doc_spans as doc, s

BREN = 'Brennick Coal'
DEMA = 'Ilja Demarcq-Soto'
MART = 'Marta Ulveng-Price'
OKSA = 'Oksana Bruhl-Tate'

doc('bo01-wire-dolna-vale-mine-collapse', 'Reuters', '2043-03-03', '''
Rescuers reach air pocket in collapsed Norvaskan mine; operator says 14 miners still missing

By Karsten Vool-Amadi

TREMLIN, Norvaska, March 3 (Reuters) - Rescue teams drilling into a collapsed coal mine in southern Norvaska reached an air pocket on Tuesday where as many as 14 miners may be trapped, the mine's operator said, more than 30 hours after a roof fall cut off a gallery 600 metres underground.

Brennick Coal, which runs the Dolna Vale pit near Tremlin, said 31 miners had been brought to the surface since Monday's collapse and that two had died in hospital. The company said it had lowered a camera through a borehole and detected what it described as "signs of movement" in the gallery.

The rescue operation's commander, a veteran mine engineer who led the search at the Kavel pit in 2031, told reporters at the mine gate that his teams were working "metre by metre" because the rock above the gallery remained unstable. His name is Ilja Demarcq-Soto. "We are close, but close is not the same as there," Demarcq-Soto said. "If we hurry, we bury them a second time."

One rescuer, who came off a 12-hour shift shortly before dawn, said the air in the access tunnel was thick with dust and that his team had to stop every few minutes to check gas readings. He asked not to be named because the company had told staff not to speak to the press.

Families gathered outside the administration building through the night. Marta Ulveng-Price, whose husband and son both work the night shift, said she had not been told anything for nine hours. "They give us tea and they give us nothing else," she said.

Her neighbour, Oksana Bruhl-Tate, said the same gallery had flooded last autumn. She said miners had complained to managers about water seeping through the roof, and that the managers had told them the supports "would hold for years."

Brennick Coal denied that it had ignored warnings. "Every report of water ingress was investigated and logged," the company's safety director, Ruud Amsel-Kor, said in a written statement. "We will publish those logs once the men are out."

Norvaska's labour inspectorate said it had inspected the mine in January and found no violations that required the pit to close. Its chief, Lidia Farro-Wend, said an inquiry would examine whether the roof fall could have been predicted.

Energy Minister Tobiah Kessel-Marr, who flew to Tremlin on Tuesday afternoon, said the government would pay for the funerals of the dead and that all mines run by Brennick Coal would be inspected within a month. Asked whether the company's licence could be suspended, he said it was "too early to talk about punishment."

The miners' union, Solidarnost Gorna, said it would hold a vigil at the mine on Wednesday. According to the union, the Dolna Vale pit had cut its safety staff by a third since 2040.

Shares in Brennick Coal's parent, Vaskor Holdings, fell 9% in Tremlin trading.

(Reporting by Karsten Vool-Amadi; Editing by Priya Landau)
''',
    s(BREN, 'operator', '14 miners still missing', 'says'),
    s(BREN, "the mine's operator", 'Rescue teams drilling into a collapsed coal mine|as many as 14 miners may be trapped', 'said'),
    s(BREN, 'Brennick Coal', "31 miners had been brought to the surface since Monday's collapse and that two had died in hospital", 'said'),
    s(BREN, 'The company', 'it had lowered a camera through a borehole and detected what it described as "signs of movement" in the gallery', 'said', 'mixed'),
    s(DEMA, "The rescue operation's commander", 'his teams were working "metre by metre" because the rock above the gallery remained unstable', 'told', 'mixed', role='commander'),
    s(DEMA, 'Demarcq-Soto', '"We are close, but close is not the same as there,"', 'said', 'direct', role='commander'),
    s(DEMA, '', '"If we hurry, we bury them a second time."', '', 'direct', role='commander'),
    s('One rescuer', 'One rescuer', 'the air in the access tunnel was thick with dust and that his team had to stop every few minutes to check gas readings', 'said'),
    s(BREN, 'the company', 'staff not to speak to the press', 'told'),
    s(MART, 'Marta Ulveng-Price', 'she had not been told anything for nine hours', 'said'),
    s(MART, 'she', '"They give us tea and they give us nothing else,"', 'said', 'direct'),
    s(OKSA, 'Her neighbour, Oksana Bruhl-Tate', 'the same gallery had flooded last autumn', 'said', role='neighbour'),
    s(OKSA, 'She', 'miners had complained to managers about water seeping through the roof, and that the managers had told them the supports "would hold for years."', 'said', 'mixed', role='neighbour'),
    s('miners', 'miners', 'water seeping through the roof', 'complained', nested=True, via=OKSA),
    s('the managers', 'the managers', 'the supports "would hold for years."', 'told', 'mixed', nested=True, via=OKSA),
    s(BREN, 'Brennick Coal', 'it had ignored warnings', 'denied'),
    s('Ruud Amsel-Kor', "the company's safety director, Ruud Amsel-Kor", '"Every report of water ingress was investigated and logged,"', 'said', 'direct', role='safety director'),
    s('Ruud Amsel-Kor', '', '"We will publish those logs once the men are out."', '', 'direct', role='safety director'),
    s("Norvaska's labour inspectorate", "Norvaska's labour inspectorate", 'it had inspected the mine in January and found no violations that required the pit to close', 'said'),
    s('Lidia Farro-Wend', 'Its chief, Lidia Farro-Wend', 'an inquiry would examine whether the roof fall could have been predicted', 'said', role='chief'),
    s('Tobiah Kessel-Marr', 'Energy Minister Tobiah Kessel-Marr', 'the government would pay for the funerals of the dead and that all mines run by Brennick Coal would be inspected within a month', 'said', role='Energy Minister'),
    s('Tobiah Kessel-Marr', 'he', 'it was "too early to talk about punishment."', 'said', 'mixed', role='Energy Minister'),
    s('Solidarnost Gorna', "The miners' union, Solidarnost Gorna", 'it would hold a vigil at the mine on Wednesday', 'said'),
    s('Solidarnost Gorna', 'the union', 'the Dolna Vale pit had cut its safety staff by a third since 2040', 'According to'),
)

KMS = 'Keltan Meteorological Service'
DAHL = 'Emeka Dahl-Varga'
OMON = 'Priscilla Omondi-Haas'
JONA = 'Jonah Pereira-Lusk'
ANAN = 'Felicity Anand-Rourke'
TEAG = 'Haldor Teague-Mensah'

doc('bo02-wire-cyclone-amrita-landfall', 'AP', '2043-11-19', '''
Cyclone Amrita slams into Keltan coast; forecasters say storm surge was lower than feared

Officials warn death toll will rise as crews reach cut-off villages

By NADIA FERREL-OKANTA Associated Press

PORT SAVENNE, Keltan (AP) — Cyclone Amrita made landfall near the fishing town of Port Savenne early Thursday with winds of about 190 kilometers per hour, tearing roofs off houses, flattening banana plantations and killing at least 11 people, disaster officials said.

The Keltan Meteorological Service said the storm surge peaked at 2.1 meters, well below the 4 meters its forecasters had warned of on Wednesday. "The surge came in on a falling tide, and that saved a lot of lives," the service's chief forecaster, Emeka Dahl-Varga, said in a radio interview. He said the cyclone would weaken over the central highlands by Friday but would still bring "very heavy rain" to the river valleys.

Roughly 240,000 people had moved into shelters before the storm arrived, according to the National Disaster Management Agency. Its director, Priscilla Omondi-Haas, warned that the death toll was likely to rise once rescuers reached villages cut off by landslides along the coast road. "We have not heard from six districts since midnight," she said.

In Port Savenne, the sea wall held, but the market district flooded to waist height. Jonah Pereira-Lusk, who runs a hardware store on the waterfront, said he had boarded up the windows on Tuesday and moved his stock to the upper floor.

"I have been through four cyclones. This one was the loudest," the 58-year-old said, standing in water in his doorway. "It sounded like a train that would not stop."

The town's mayor, Felicity Anand-Rourke, said electricity would be off "for days, maybe weeks" and appealed for generators and drinking water. She said two of the town's three clinics had been damaged.

Not everyone had left in time. A fisherman in the village of Kaimu, reached by phone, said three boats had gone out on Wednesday morning despite the warnings and had not returned. The coast guard said it was searching for the crews but that high seas had kept its vessels in port until noon.

Prime Minister Haldor Teague-Mensah, who toured shelters in the capital, said the government had released an emergency fund of 40 million Keltan dollars. He said he had spoken with the leaders of neighboring states, who had offered helicopters and field hospitals.

Aid groups warned of the risk of disease in crowded shelters. The Keltan Red Cross said it was distributing water purification tablets and had sent 30 volunteers to the south.

Amrita is the strongest storm to hit Keltan since Cyclone Pele in 2036, which killed more than 200 people, according to government records.
''',
    s('forecasters', 'forecasters', 'storm surge was lower than feared', 'say'),
    s('Officials', 'Officials', 'death toll will rise as crews reach cut-off villages', 'warn'),
    s('disaster officials', 'disaster officials', 'Cyclone Amrita made landfall near the fishing town|killing at least 11 people', 'said'),
    s(KMS, 'The Keltan Meteorological Service', 'the storm surge peaked at 2.1 meters, well below the 4 meters its forecasters had warned of on Wednesday', 'said'),
    s(DAHL, "the service's chief forecaster, Emeka Dahl-Varga", '"The surge came in on a falling tide, and that saved a lot of lives,"', 'said', 'direct', role='chief forecaster'),
    s(DAHL, 'He', 'the cyclone would weaken over the central highlands by Friday but would still bring "very heavy rain" to the river valleys', 'said', 'mixed', role='chief forecaster'),
    s('National Disaster Management Agency', 'the National Disaster Management Agency', 'Roughly 240,000 people had moved into shelters before the storm arrived', 'according to'),
    s(OMON, 'Its director, Priscilla Omondi-Haas', 'the death toll was likely to rise once rescuers reached villages cut off by landslides along the coast road', 'warned', role='director'),
    s(OMON, 'she', '"We have not heard from six districts since midnight,"', 'said', 'direct', role='director'),
    s(JONA, 'Jonah Pereira-Lusk', 'he had boarded up the windows on Tuesday and moved his stock to the upper floor', 'said'),
    s(JONA, 'the 58-year-old', '"I have been through four cyclones. This one was the loudest,"', 'said', 'direct'),
    s(JONA, '', '"It sounded like a train that would not stop."', '', 'direct'),
    s(ANAN, "The town's mayor, Felicity Anand-Rourke", 'electricity would be off "for days, maybe weeks"', 'said', 'mixed', role='mayor'),
    s(ANAN, "The town's mayor, Felicity Anand-Rourke", 'generators and drinking water', 'appealed for', role='mayor'),
    s(ANAN, 'She', "two of the town's three clinics had been damaged", 'said', role='mayor'),
    s('A fisherman in the village of Kaimu', 'A fisherman in the village of Kaimu', 'three boats had gone out on Wednesday morning despite the warnings and had not returned', 'said', role='fisherman'),
    s('The coast guard', 'The coast guard', 'it was searching for the crews but that high seas had kept its vessels in port until noon', 'said'),
    s(TEAG, 'Prime Minister Haldor Teague-Mensah', 'the government had released an emergency fund of 40 million Keltan dollars', 'said', role='Prime Minister'),
    s(TEAG, 'He', 'he had spoken with the leaders of neighboring states, who had offered helicopters and field hospitals', 'said', role='Prime Minister'),
    s('Aid groups', 'Aid groups', 'the risk of disease in crowded shelters', 'warned of'),
    s('The Keltan Red Cross', 'The Keltan Red Cross', 'it was distributing water purification tablets and had sent 30 volunteers to the south', 'said'),
    s('government records', 'government records', 'Amrita is the strongest storm to hit Keltan since Cyclone Pele in 2036, which killed more than 200 people', 'according to'),
)

DMA = 'Dunmarra Medicines Authority'
HKB = 'Halvorsen-Kade Biologics'
EKWU = 'Samuel Ekwueme-Strand'
MOUR = 'Ines Moura-Falk'
KASK = 'Abiodun Kask-Mbeki'
GRAC = 'Grace Ntumba-Lorne'

doc('bo03-wire-lureva-malaria-vaccine-trial-halted', 'AFP', '2043-05-15', '''
Trial of Lureva malaria vaccine halted after three volunteers fall ill

Regulator orders review; developer 'confident' shot is safe

OSTRAMBE, Dunmarra (AFP) - Dunmarra's medicines regulator on Friday ordered a halt to the final stage of trials of an experimental malaria vaccine after three volunteers were admitted to hospital with severe inflammation of the liver, the agency and the vaccine's developer said.

The Dunmarra Medicines Authority said in a statement that the pause would last "at least until an independent safety board has reviewed every case". It said 4,200 adults and children had received at least one dose of the vaccine, called Lureva, since the trial began in September.

"We do not yet know whether the vaccine caused these illnesses," the authority's director-general, Dr Samuel Ekwueme-Strand, told AFP. "That uncertainty is exactly why we have stopped."

The developer, Halvorsen-Kade Biologics, a company based in the Vellish capital Brunnmark, said it was "confident" in the safety of the shot and would cooperate fully with the review. Its chief scientific officer, Ines Moura-Falk, said in a video call that the three cases had occurred in a region where hepatitis was common and that tests for the virus were still under way.

"Three cases among four thousand volunteers is a signal we take seriously. It is not yet a pattern," she said.

All three volunteers were in stable condition, according to the Central Hospital in Ostrambe, where two of them were being treated.

The trial's lead investigator in Dunmarra, Professor Abiodun Kask-Mbeki, said the halt would delay the vaccine by six months at most if the review found no link. He said he had personally called each of the families.

Malaria killed an estimated 19,000 people in Dunmarra last year, most of them children under five, according to the health ministry.

Parents whose children took part were divided. Grace Ntumba-Lorne, whose daughter received two doses in the village of Kiswe, said she would not let her have the third. "Nobody explained to us what could happen," she said.

Another mother in Kiswe, who gave only her first name, Adaeze, said the nurses had checked on her son every week. "I trust them," she said. "If they say continue, we continue."

The World Anti-Malaria Partnership, which helped fund the trial, said it supported the regulator's decision. A spokesman said the partnership's funding for the project was not affected.

The trial was the largest ever held in Dunmarra, and health officials had hoped the vaccine could be in clinics by 2045.
''',
    s(DMA + ' and ' + HKB, "the agency and the vaccine's developer", "Dunmarra's medicines regulator on Friday ordered a halt|severe inflammation of the liver", 'said'),
    s(DMA, 'The Dunmarra Medicines Authority', 'the pause would last "at least until an independent safety board has reviewed every case"', 'said', 'mixed'),
    s(DMA, 'It', '4,200 adults and children had received at least one dose of the vaccine, called Lureva, since the trial began in September', 'said'),
    s(EKWU, "the authority's director-general, Dr Samuel Ekwueme-Strand", '"We do not yet know whether the vaccine caused these illnesses,"', 'told', 'direct', role='director-general'),
    s(EKWU, '', '"That uncertainty is exactly why we have stopped."', '', 'direct', role='director-general'),
    s(HKB, 'The developer, Halvorsen-Kade Biologics', 'it was "confident" in the safety of the shot and would cooperate fully with the review', 'said', 'mixed'),
    s(MOUR, 'Its chief scientific officer, Ines Moura-Falk', 'the three cases had occurred in a region where hepatitis was common and that tests for the virus were still under way', 'said', role='chief scientific officer'),
    s(MOUR, 'she', '"Three cases among four thousand volunteers is a signal we take seriously. It is not yet a pattern,"', 'said', 'direct', role='chief scientific officer'),
    s('Central Hospital in Ostrambe', 'the Central Hospital in Ostrambe', 'All three volunteers were in stable condition', 'according to'),
    s(KASK, "The trial's lead investigator in Dunmarra, Professor Abiodun Kask-Mbeki", 'the halt would delay the vaccine by six months at most if the review found no link', 'said', role='lead investigator'),
    s(KASK, 'He', 'he had personally called each of the families', 'said', role='lead investigator'),
    s('the health ministry', 'the health ministry', 'Malaria killed an estimated 19,000 people in Dunmarra last year, most of them children under five', 'according to'),
    s(GRAC, 'Grace Ntumba-Lorne', 'she would not let her have the third', 'said'),
    s(GRAC, 'she', '"Nobody explained to us what could happen,"', 'said', 'direct'),
    s('Adaeze', 'Another mother in Kiswe', 'the nurses had checked on her son every week', 'said'),
    s('Adaeze', 'she', '"I trust them,"', 'said', 'direct'),
    s('Adaeze', '', '"If they say continue, we continue."', '', 'direct'),
    s('The World Anti-Malaria Partnership', 'The World Anti-Malaria Partnership', "it supported the regulator's decision", 'said'),
    s('A spokesman', 'A spokesman', "the partnership's funding for the project was not affected", 'said', role='spokesman'),
    s('health officials', 'health officials', 'the vaccine could be in clinics by 2045', 'had hoped'),
)

BOS = 'Bank of Sarovia'
PETR = 'Aurel Petrescu-Mwangi'
BENE = 'Clara Benedek-Osu'
RAUC = 'Divya Rauch-Oyelaran'
GREL = 'Tomasz Grell-Anyanwu'

doc('bo04-wire-sarovia-dinar-devaluation', 'Bloomberg', '2043-09-07', '''
Sarovia Devalues Dinar by 18% as Reserves Dwindle, Central Bank Says

By Malik Osei-Brandt and Henrike Valo

(Bloomberg) -- Sarovia devalued its currency by 18% against the dollar on Monday, the biggest cut in two decades, as the central bank sought to stem a drain on foreign reserves that had fallen to less than three months of imports.

The Bank of Sarovia set the official rate at 142 dinars per dollar, from 120, and said it would let the currency trade within a band of 3% on either side from Tuesday. The bank's governor, Aurel Petrescu-Mwangi, told a press conference in Vadrin that the move was "painful but unavoidable" and that the previous peg had become "a subsidy for those who can move money abroad."

"We waited too long," Petrescu-Mwangi said. "I will not pretend otherwise."

Finance Minister Clara Benedek-Osu said the government would raise fuel subsidies for public transport for six months to cushion the impact on poorer households. She said talks with the International Stabilization Fund on a loan of as much as $4 billion were "at an advanced stage."

The ISF's mission chief for Sarovia, Jeroen Taal-Abara, said in an emailed statement that the fund welcomed the decision and that a staff-level agreement could follow "within weeks."

The dinar's black-market rate had traded near 150 per dollar in recent weeks, according to traders in Vadrin. Two currency dealers, who asked not to be identified because the trade is illegal, said the gap had narrowed within an hour of the announcement.

Economists were split on whether the cut went far enough. "An 18% move closes most of the gap but not all of it. The market will test the band," said Divya Rauch-Oyelaran, an emerging-markets strategist at Kestrel Partners in London. She expects inflation to reach 25% by the end of the year.

Tomasz Grell-Anyanwu, chief economist at Vadrin-based Orbis Bank, said the devaluation should have come a year ago, when reserves were twice as large. "Now they are doing it with an empty magazine," he said.

Sarovia's main business lobby, the Chamber of Industry, welcomed the move, saying exporters had been "priced out of every market we sell to." Importers were less pleased: the Sarovian Retailers' Union warned that prices of food and medicines would rise within weeks and called for a temporary cut in import duties.

Sovereign dollar bonds due in 2050 rose 2.1 cents to 71 cents on the dollar, the most since March, according to data compiled by Bloomberg.

The opposition Civic Front said the government had "gambled away" the country's reserves defending the peg. Its leader, Radu Ostheim-Diallo, will ask parliament on Wednesday to summon the governor, party spokeswoman Irena Vukic-Hale said.

--With assistance from Jana Pell.

To contact the reporters on this story:
Malik Osei-Brandt in Vadrin at mosei@bloomberg.example
''',
    s(BOS, 'Central Bank', 'Sarovia Devalues Dinar by 18% as Reserves Dwindle', 'Says'),
    s(BOS, 'the central bank', 'to stem a drain on foreign reserves that had fallen to less than three months of imports', 'sought'),
    s(BOS, 'The Bank of Sarovia', 'it would let the currency trade within a band of 3% on either side from Tuesday', 'said'),
    s(PETR, "The bank's governor, Aurel Petrescu-Mwangi", 'the move was "painful but unavoidable" and that the previous peg had become "a subsidy for those who can move money abroad."', 'told', 'mixed', role='governor'),
    s(PETR, 'Petrescu-Mwangi', '"We waited too long,"', 'said', 'direct', role='governor'),
    s(PETR, '', '"I will not pretend otherwise."', '', 'direct', role='governor'),
    s(BENE, 'Finance Minister Clara Benedek-Osu', 'the government would raise fuel subsidies for public transport for six months to cushion the impact on poorer households', 'said', role='Finance Minister'),
    s(BENE, 'She', 'talks with the International Stabilization Fund on a loan of as much as $4 billion were "at an advanced stage."', 'said', 'mixed', role='Finance Minister'),
    s('Jeroen Taal-Abara', "The ISF's mission chief for Sarovia, Jeroen Taal-Abara", 'the fund welcomed the decision and that a staff-level agreement could follow "within weeks."', 'said', 'mixed', role='mission chief'),
    s('traders in Vadrin', 'traders in Vadrin', "The dinar's black-market rate had traded near 150 per dollar in recent weeks", 'according to'),
    s('Two currency dealers', 'Two currency dealers', 'the gap had narrowed within an hour of the announcement', 'said'),
    s(RAUC, 'Divya Rauch-Oyelaran, an emerging-markets strategist at Kestrel Partners in London', '"An 18% move closes most of the gap but not all of it. The market will test the band,"', 'said', 'direct', role='emerging-markets strategist'),
    s(RAUC, 'She', 'inflation to reach 25% by the end of the year', 'expects', role='emerging-markets strategist'),
    s(GREL, 'Tomasz Grell-Anyanwu, chief economist at Vadrin-based Orbis Bank', 'the devaluation should have come a year ago, when reserves were twice as large', 'said', role='chief economist'),
    s(GREL, 'he', '"Now they are doing it with an empty magazine,"', 'said', 'direct', role='chief economist'),
    s('Chamber of Industry', "Sarovia's main business lobby, the Chamber of Industry", 'the move', 'welcomed'),
    s('Chamber of Industry', "Sarovia's main business lobby, the Chamber of Industry", 'exporters had been "priced out of every market we sell to."', 'saying', 'mixed'),
    s("Sarovian Retailers' Union", "the Sarovian Retailers' Union", 'prices of food and medicines would rise within weeks', 'warned'),
    s("Sarovian Retailers' Union", "the Sarovian Retailers' Union", 'a temporary cut in import duties', 'called for'),
    s('Bloomberg', 'Bloomberg', 'Sovereign dollar bonds due in 2050 rose 2.1 cents to 71 cents on the dollar, the most since March', 'according to'),
    s('Civic Front', 'The opposition Civic Front', 'the government had "gambled away" the country\'s reserves defending the peg', 'said', 'mixed'),
    s('Irena Vukic-Hale', 'party spokeswoman Irena Vukic-Hale', 'Its leader, Radu Ostheim-Diallo, will ask parliament on Wednesday to summon the governor', 'said', role='party spokeswoman'),
)

STRO = 'Gennady Stroikov-Amara'
MARC = 'Yelena Marchuk-Ferro'
TARA = 'Oleg Tarasyuk-Bell'
SERO = 'Mikhail Serov-Akinde'
FED = 'national chess federation of Velgrad'

doc('bo05-wire-chess-champion-doping-suspension', 'NORDA', '2043-06-12', '''
Grandmaster Volodin-Asare suspended over positive doping test - national chess federation

VELGRAD, June 12. /NORDA/. The national chess federation of Velgrad has confirmed the provisional suspension of world rapid chess champion Arseny Volodin-Asare after a sample taken at the Lindau Open in May tested positive for a banned stimulant, federation President Gennady Stroikov-Amara told NORDA on Thursday.

"Yes, we received the notification from the International Chess Integrity Unit on Tuesday. The player has been informed and is suspended from all rated competitions until the hearing," Stroikov-Amara said. According to him, the substance found in the sample was modafinil, which is on the prohibited list for competitions.

The federation head stressed that the player had the right to request the analysis of the B sample. "We are not prejudging anything. Arseny is a great champion, and he deserves a fair procedure," he added.

Volodin-Asare's lawyer, Yelena Marchuk-Ferro, said the grandmaster denied taking any prohibited substance knowingly. In her words, the stimulant could have entered his body through a prescription medicine for a sleep disorder that he had declared to the organisers before the tournament. "We have the documents, and we will present them," the lawyer told NORDA.

The International Chess Integrity Unit declined to comment on the case, citing the confidentiality of the procedure.

Earlier, the Lindau Open's organising committee said on its website that the results of the tournament would stand until the case was decided.

Volodin-Asare, 24, won the world rapid title in Tashkent-Nord in December 2042. He was due to play in the Candidates tournament in August.

Sports Minister of Velgrad Oleg Tarasyuk-Bell said the ministry would "follow the proceedings closely" but would not interfere in the work of international bodies. "Doping has no place in any sport, including chess," the minister noted.

Former world champion Mikhail Serov-Akinde, commenting on the situation to NORDA, expressed doubt that a stimulant could give a decisive advantage in rapid chess. "In a game of fifteen minutes, nerves decide, not pills," he said.

According to the federation, the hearing is scheduled for July 20 in Lausenna.
''',
    s(STRO, 'national chess federation', 'Grandmaster Volodin-Asare suspended over positive doping test', '', role='President'),
    s(STRO, 'federation President Gennady Stroikov-Amara', 'The national chess federation of Velgrad has confirmed|tested positive for a banned stimulant', 'told', role='President'),
    s(FED, 'The national chess federation of Velgrad', 'the provisional suspension of world rapid chess champion|tested positive for a banned stimulant', 'has confirmed', nested=True, via=STRO),
    s(STRO, 'Stroikov-Amara', '"Yes, we received the notification|suspended from all rated competitions until the hearing,"', 'said', 'direct', role='President'),
    s(STRO, 'him', 'the substance found in the sample was modafinil, which is on the prohibited list for competitions', 'According to', role='President'),
    s(STRO, 'The federation head', 'the player had the right to request the analysis of the B sample', 'stressed', role='President'),
    s(STRO, 'he', '"We are not prejudging anything. Arseny is a great champion, and he deserves a fair procedure,"', 'added', 'direct', role='President'),
    s(MARC, "Volodin-Asare's lawyer, Yelena Marchuk-Ferro", 'the grandmaster denied taking any prohibited substance knowingly', 'said', role='lawyer'),
    s('Arseny Volodin-Asare', 'the grandmaster', 'taking any prohibited substance knowingly', 'denied', nested=True, via=MARC),
    s(MARC, 'her', 'the stimulant could have entered his body through a prescription medicine|before the tournament', 'In her words', role='lawyer'),
    s(MARC, 'the lawyer', '"We have the documents, and we will present them,"', 'told', 'direct', role='lawyer'),
    s('International Chess Integrity Unit', 'The International Chess Integrity Unit', 'the confidentiality of the procedure', 'citing'),
    s("the Lindau Open's organising committee", "the Lindau Open's organising committee", 'the results of the tournament would stand until the case was decided', 'said'),
    s(TARA, 'Sports Minister of Velgrad Oleg Tarasyuk-Bell', 'the ministry would "follow the proceedings closely" but would not interfere in the work of international bodies', 'said', 'mixed', role='Sports Minister'),
    s(TARA, 'the minister', '"Doping has no place in any sport, including chess,"', 'noted', 'direct', role='Sports Minister'),
    s(SERO, 'Former world champion Mikhail Serov-Akinde', 'a stimulant could give a decisive advantage in rapid chess', 'expressed doubt', role='Former world champion'),
    s(SERO, 'he', '"In a game of fifteen minutes, nerves decide, not pills,"', 'said', 'direct', role='Former world champion'),
    s(FED, 'the federation', 'the hearing is scheduled for July 20 in Lausenna', 'According to'),
)
