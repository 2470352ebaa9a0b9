"""Set AQ's five wire stories (see build_aq.py)."""
from invented_common import doc_spans as doc, s

CMA = 'Calveran Medicines Agency'
CAST = 'Emil Castan'
BREV = 'Brevik Biosciences'
RASM = 'Tove Rasmark'
HENR = 'Paula Henrikson'

doc('aq01-wire-calvera-gene-therapy-approval', 'Reuters', '2034-03-14', '''
Calvera regulator approves first gene therapy for Ostrander's anaemia at record price

By Lina Marsh

SANTERRE, March 14 (Reuters) - The Calveran Medicines Agency on Tuesday approved a one-time gene therapy for Ostrander's anaemia, an inherited blood disorder, the first treatment cleared for the condition, but said the maker must follow every patient for 15 years.

The agency said in a statement that the therapy, sold by Brevik Biosciences as Lumova, had shown "a clear and lasting benefit" in two trials in which 41 of 46 patients no longer needed monthly transfusions after a year.

Its chief medical officer, Dr. Emil Castan, told reporters that the decision had been unanimous. "For these families, a transfusion every four weeks has been the rhythm of life since childhood," Castan said. "This is the first time we can offer them something else."

Brevik said it would charge 2.4 million Calveran crowns per patient. That is the highest list price for any medicine in the country, according to figures compiled by the National Health Insurance Fund.

Brevik's chief executive, Tove Rasmark, defended the price on a call with analysts, saying a single treatment would cost less over a patient's lifetime than decades of transfusions and hospital stays. "We are not selling a pill. We are selling the years these patients get back," she said.

The insurance fund has not decided whether it will pay for the therapy. A spokeswoman for the fund, Ilse Varga, said an assessment would take "at least six months" and that the fund had asked Brevik for data on patients followed beyond two years.

Patients' groups welcomed the approval but warned that it would mean little if the fund refused to pay. "An approval you cannot get is a poster on the wall," said Marek Dunai, who chairs the Ostrander Families Association and whose two sons have the disorder.

Not all doctors are convinced. Dr. Paula Henrikson, a haematologist at Santerre University Hospital who took part in neither trial, said the results were "remarkable" but cautioned that two years of follow-up could not show whether the effect would last.

"We have been here before with therapies that looked permanent at two years and faded at five," she said. "I would want my patients in a registry, and I would want the registry to be public."

The agency said the registry would be run by an independent university group and that Brevik would have to report any serious side effect within 15 days.

In one of the trials, two patients developed a low platelet count that needed treatment, according to the agency's published assessment. Brevik said both had recovered.

Shares in Brevik, which is listed in Santerre, rose 6.2% to 418 crowns by midday, their highest since the company went public in 2029. Analysts at Kessel Bank estimated that the therapy could reach annual sales of 900 million crowns by 2038 if the insurance fund agreed to pay.

The Calveran approval is the first for the therapy anywhere. Brevik has filed for approval in three other countries and expects decisions next year, Rasmark said.

(Reporting by Lina Marsh; Editing by Piet Olander)
''',
    s(CMA, 'The Calveran Medicines Agency', 'the maker must follow every patient for 15 years', 'said'),
    s(CMA, 'The agency', 'the therapy, sold by Brevik Biosciences as Lumova, had shown "a clear and lasting benefit"|after a year', 'said', 'mixed'),
    s(CAST, 'Its chief medical officer, Dr. Emil Castan', 'the decision had been unanimous', 'told', role='chief medical officer'),
    s(CAST, 'Castan', '"For these families, a transfusion every four weeks has been the rhythm of life since childhood,"', 'said', 'direct', role='chief medical officer'),
    s(CAST, '', '"This is the first time we can offer them something else."', '', 'direct', role='chief medical officer'),
    s(BREV, 'Brevik', 'it would charge 2.4 million Calveran crowns per patient', 'said'),
    s('National Health Insurance Fund', 'figures compiled by the National Health Insurance Fund', 'That is the highest list price for any medicine in the country', 'according to'),
    s(RASM, "Brevik's chief executive, Tove Rasmark", "a single treatment would cost less over a patient's lifetime than decades of transfusions and hospital stays", 'saying', role='chief executive'),
    s(RASM, 'she', '"We are not selling a pill. We are selling the years these patients get back,"', 'said', 'direct', role='chief executive'),
    s('Ilse Varga', 'A spokeswoman for the fund, Ilse Varga', 'an assessment would take "at least six months" and that the fund had asked Brevik for data on patients followed beyond two years', 'said', 'mixed', role='spokeswoman'),
    s("Patients' groups", "Patients' groups", 'the approval', 'welcomed'),
    s("Patients' groups", "Patients' groups", 'it would mean little if the fund refused to pay', 'warned'),
    s('Marek Dunai', 'Marek Dunai', '"An approval you cannot get is a poster on the wall,"', 'said', 'direct'),
    s(HENR, 'Dr. Paula Henrikson', 'the results were "remarkable"', 'said', 'mixed', role='haematologist'),
    s(HENR, 'Dr. Paula Henrikson', 'two years of follow-up could not show whether the effect would last', 'cautioned', role='haematologist'),
    s(HENR, 'she', '"We have been here before with therapies that looked permanent at two years and faded at five,"', 'said', 'direct', role='haematologist'),
    s(HENR, '', '"I would want my patients in a registry, and I would want the registry to be public."', '', 'direct', role='haematologist'),
    s(CMA, 'The agency', 'the registry would be run by an independent university group and that Brevik would have to report any serious side effect within 15 days', 'said'),
    s(CMA, "the agency's published assessment", 'In one of the trials, two patients developed a low platelet count that needed treatment', 'according to'),
    s(BREV, 'Brevik', 'both had recovered', 'said'),
    s('Analysts at Kessel Bank', 'Analysts at Kessel Bank', 'the therapy could reach annual sales of 900 million crowns by 2038 if the insurance fund agreed to pay', 'estimated'),
    s(RASM, 'Rasmark', 'Brevik has filed for approval in three other countries and expects decisions next year', 'said', role='chief executive'),
)

TGA = 'Tessaly Grid Authority'
PIKE = 'Warren Pike'
MARCH = 'Delia Marchetti'
ORTIZ = 'Caleb Ortiz'
DELA = 'Rosa Delacroix'
PUC = 'Public Utilities Commission'
LIND = 'Howard Lindqvist'
TWO = 'Tessaly Weather Office'

doc('aq02-wire-tessaly-heat-blackout', 'Associated Press', '2034-07-23', '''
Heat-driven blackout leaves 1.2 million without power across Tessaly

DORRANCE, Tessaly (AP) - A cascading failure on the state's power grid left about 1.2 million homes and businesses without electricity on Saturday as temperatures passed 41 degrees Celsius for a third straight day, the grid operator said.

The Tessaly Grid Authority said two high-voltage lines south of Dorrance tripped shortly after 3 p.m., and that automatic systems then disconnected four power plants to protect the rest of the network. By late evening, power had been restored to about 400,000 customers, according to the authority's outage map.

"We lost more generation in 40 seconds than we have ever lost in a day," the authority's chief executive, Warren Pike, said at a news conference. "The system did what it was built to do. It protected itself. That is no comfort to anybody sitting in a hot apartment tonight, and I understand that."

Pike said full service would not return before Monday and asked customers to keep their use low in the evenings. He would not say what caused the lines to trip.

Gov. Delia Marchetti declared a state of emergency for 14 counties and said the National Guard would help run cooling centers. "Check on your neighbors, check on your parents, and if you don't need to drive tonight, don't," she wrote on social media.

At Riverside Medical Center in Dorrance, generators kept the intensive care unit running, but the hospital diverted ambulances to other hospitals for five hours, spokesman Caleb Ortiz said. He said no patient had been harmed.

In the Eastgate neighborhood, where the power had been out since mid-afternoon, residents dragged mattresses onto balconies and sat on the steps of apartment buildings. Rosa Delacroix, 71, said she had spent the afternoon in a shopping mall until it closed.

"Then they closed the mall, so I came home and sat in the dark," she said. "At my age you don't sleep in this heat anyway."

The state's Public Utilities Commission ordered the grid authority to preserve all its data from Saturday and said it would open an investigation. Its chair, Howard Lindqvist, said the commission had warned in a 2032 report that the southern lines were running close to their limits in summer.

"This did not come out of nowhere," Lindqvist said.

Asked about the report, Pike said the authority had replaced one of the two lines since 2032 and that the second was scheduled for next year.

The Tessaly Weather Office said the heat would ease only slightly on Sunday, with highs near 39 degrees, and warned that overnight temperatures would stay above 30 degrees in Dorrance.

Some businesses did not wait for the lights. Hal Brenner, who owns two grocery stores in Eastgate, said he had given away ice cream and frozen meat from his freezers rather than throw it out. "It was going to melt either way," he said.

Associated Press writer Mina Torres in Calder contributed to this report.
''',
    s(TGA, 'the grid operator', 'A cascading failure on the state\'s power grid|for a third straight day', 'said'),
    s(TGA, 'The Tessaly Grid Authority', 'two high-voltage lines south of Dorrance tripped shortly after 3 p.m., and that automatic systems then disconnected four power plants to protect the rest of the network', 'said'),
    s(TGA, "the authority's outage map", 'By late evening, power had been restored to about 400,000 customers', 'according to'),
    s(PIKE, "the authority's chief executive, Warren Pike", '"We lost more generation in 40 seconds than we have ever lost in a day,"', 'said', 'direct', role='chief executive'),
    s(PIKE, '', '"The system did what it was built to do.|and I understand that."', '', 'direct', role='chief executive'),
    s(PIKE, 'Pike', 'full service would not return before Monday', 'said', role='chief executive'),
    s(PIKE, 'Pike', 'customers to keep their use low in the evenings', 'asked', role='chief executive'),
    s(MARCH, 'Gov. Delia Marchetti', 'the National Guard would help run cooling centers', 'said', role='Gov.'),
    s(MARCH, 'she', '"Check on your neighbors, check on your parents, and if you don\'t need to drive tonight, don\'t,"', 'wrote', 'direct', role='Gov.'),
    s(ORTIZ, 'spokesman Caleb Ortiz', 'At Riverside Medical Center in Dorrance, generators kept the intensive care unit running|for five hours', 'said', role='spokesman'),
    s(ORTIZ, 'He', 'no patient had been harmed', 'said', role='spokesman'),
    s(DELA, 'Rosa Delacroix, 71', 'she had spent the afternoon in a shopping mall until it closed', 'said'),
    s(DELA, 'she', '"Then they closed the mall, so I came home and sat in the dark,"', 'said', 'direct'),
    s(DELA, '', '"At my age you don\'t sleep in this heat anyway."', '', 'direct'),
    s(PUC, "The state's Public Utilities Commission", 'it would open an investigation', 'said'),
    s(LIND, 'Its chair, Howard Lindqvist', 'the commission had warned in a 2032 report that the southern lines were running close to their limits in summer', 'said', role='chair'),
    s(PUC, 'the commission', 'the southern lines were running close to their limits in summer', 'had warned', nested=True, via=LIND),
    s(LIND, 'Lindqvist', '"This did not come out of nowhere,"', 'said', 'direct', role='chair'),
    s(PIKE, 'Pike', 'the authority had replaced one of the two lines since 2032 and that the second was scheduled for next year', 'said', role='chief executive'),
    s(TWO, 'The Tessaly Weather Office', 'the heat would ease only slightly on Sunday, with highs near 39 degrees', 'said'),
    s(TWO, 'The Tessaly Weather Office', 'overnight temperatures would stay above 30 degrees in Dorrance', 'warned'),
    s('Hal Brenner', 'Hal Brenner, who owns two grocery stores in Eastgate', 'he had given away ice cream and frozen meat from his freezers rather than throw it out', 'said'),
    s('Hal Brenner', 'he', '"It was going to melt either way,"', 'said', 'direct'),
)

OPO = "Orlanne prosecutor's office"
MOND = 'Claire Mondeval'
FAUR = 'Hélène Fauret'
BENE = 'Raoul Benedetti'
OMFA = 'Orlanne Museum of Fine Arts'
HEEL = 'Joost van Heel'

doc('aq03-wire-velmark-museum-painting-theft', 'Agence France-Presse', '2034-06-03', '''
Thieves steal Vasquen masterpiece from Orlanne museum in four minutes

ORLANNE, Velmark, June 3, 2034 (AFP) - Thieves broke into the Orlanne Museum of Fine Arts before dawn on Sunday and made off with "The Salt Harvest", a 17th-century painting by Anselm Vasquen valued at more than 40 million euros, the Orlanne prosecutor's office said.

The thieves cut through a side door, went straight to the second-floor gallery and were gone within four minutes, prosecutor Claire Mondeval told a news conference.

"They knew exactly where they were going and exactly what they wanted," she said. "They did not touch anything else, not even the smaller works beside it that would have been much easier to carry."

Mondeval said the museum's alarm had sounded at 4:12 am and that police had arrived seven minutes later. Investigators were examining footage from street cameras and believe at least three people were involved, she said.

The so-called "museum squad" of the national police has taken over the inquiry.

The museum's director, Hélène Fauret, told AFP she had been woken by a call from the head of security. "I thought it was a false alarm. We have one every winter when the wind catches the skylights," she said. "Then he told me which room."

Fauret said the painting had been insured but declined to name the insurer or the amount.

Culture Minister Raoul Benedetti, who visited the museum on Sunday afternoon, called the theft "an attack on the memory of the whole country" and said the government would review security at every national museum before the summer season.

The painting, which shows women raking salt on a grey shore, is one of only 11 works attributed with certainty to Vasquen. It was last valued in 2031, according to the museum's annual report.

A source close to the investigation, speaking on condition of anonymity, told AFP that the thieves had used a stolen delivery van, which was found burnt out in a forest 30 kilometres east of the city on Sunday morning.

Art-crime specialists say famous paintings are almost impossible to sell openly.

"Nobody will hang this in a living room. It will be used as a bargaining chip or as collateral between criminal groups, maybe for years," said Joost van Heel, a former police officer who now tracks stolen art for the Lost Works Register in Aldermeer.

He said the chance of recovering it within a year was "small, but not zero", and that most stolen masterpieces resurfaced only when a thief was arrested for something else.

Visitors turned away from the locked museum on Sunday stood on the steps taking photographs of the police tape.

"I came from Porthaven for this painting," said Ana Ruiz, a retired teacher. "Now I will tell my grandchildren I saw the door."

It will stay closed until at least Wednesday, the museum said in a statement. The empty frame, which the thieves left leaning against a wall, has been taken away for forensic tests.

cm/jl/pt
''',
    s(OPO, "the Orlanne prosecutor's office", 'Thieves broke into the Orlanne Museum of Fine Arts|more than 40 million euros', 'said'),
    s(MOND, 'prosecutor Claire Mondeval', 'The thieves cut through a side door, went straight to the second-floor gallery and were gone within four minutes', 'told', role='prosecutor'),
    s(MOND, 'she', '"They knew exactly where they were going and exactly what they wanted,"', 'said', 'direct', role='prosecutor'),
    s(MOND, '', '"They did not touch anything else|much easier to carry."', '', 'direct', role='prosecutor'),
    s(MOND, 'Mondeval', "the museum's alarm had sounded at 4:12 am and that police had arrived seven minutes later", 'said', role='prosecutor'),
    s(MOND, 'she', 'Investigators were examining footage from street cameras and believe at least three people were involved', 'said', role='prosecutor'),
    s('Investigators', 'Investigators', 'at least three people were involved', 'believe', nested=True, via=MOND),
    s(FAUR, "The museum's director, Hélène Fauret", 'she had been woken by a call from the head of security', 'told', role='director'),
    s(FAUR, 'she', '"I thought it was a false alarm. We have one every winter when the wind catches the skylights,"', 'said', 'direct', role='director'),
    s(FAUR, '', '"Then he told me which room."', '', 'direct', role='director'),
    s(FAUR, 'Fauret', 'the painting had been insured', 'said', role='director'),
    s(BENE, 'Culture Minister Raoul Benedetti', 'the theft "an attack on the memory of the whole country"', 'called', 'mixed', role='Culture Minister'),
    s(BENE, 'Culture Minister Raoul Benedetti', 'the government would review security at every national museum before the summer season', 'said', role='Culture Minister'),
    s(OMFA, "the museum's annual report", 'It was last valued in 2031', 'according to'),
    s('A source close to the investigation', 'A source close to the investigation', 'the thieves had used a stolen delivery van|on Sunday morning', 'told'),
    s('Art-crime specialists', 'Art-crime specialists', 'famous paintings are almost impossible to sell openly', 'say'),
    s(HEEL, 'Joost van Heel', '"Nobody will hang this in a living room.|maybe for years,"', 'said', 'direct', role='former police officer'),
    s(HEEL, 'He', 'the chance of recovering it within a year was "small, but not zero", and that most stolen masterpieces|for something else', 'said', 'mixed', role='former police officer'),
    s('Ana Ruiz', 'Ana Ruiz', '"I came from Porthaven for this painting,"', 'said', 'direct', role='retired teacher'),
    s('Ana Ruiz', '', '"Now I will tell my grandchildren I saw the door."', '', 'direct', role='retired teacher'),
    s(OMFA, 'the museum', 'It will stay closed until at least Wednesday', 'said'),
)

MCP = 'Marlow Capital Partners'
IMOG = 'Imogen Marlow'
HOLV = 'Holvik Shipping ASA'
FJELD = 'Anders Fjeld'
AUNE = 'Sigrid Aune'

doc('aq04-wire-holvik-shipping-activist-board-seats', 'Bloomberg', '2034-05-18', '''
Activist Fund Wins Three Seats on Holvik Shipping Board in Rare Defeat

- Investors back Marlow Capital nominees over company's objection
- Holvik CEO says board will 'work with everyone' elected

By Daniel Kerr

(Bloomberg) -- Marlow Capital Partners won three seats on the board of Holvik Shipping ASA at the company's annual meeting on Thursday, a rare defeat for a board in Tarvik's close-knit shipping industry, according to a preliminary count by Nordvake Proxy Services, the meeting's independent inspector.

Shareholders holding about 58% of the votes cast backed Marlow's three nominees, who will replace the board's chair and two other directors, the count shows.

Marlow, which owns 7.4% of Holvik, has argued since last spring that the company spends too much on new ships and too little on returning cash to shareholders.

"Shareholders have told the board, politely but clearly, that the fleet plan needs a second look," Marlow's founder, Imogen Marlow, said in a statement after the vote. "We are not here to run the ships. We are here to make sure the money is spent as if it were ours, because a good part of it is."

Holvik Chief Executive Officer Anders Fjeld told reporters that the board would "work with everyone the shareholders have elected" and that the company's order for six liquefied gas carriers, worth about $1.4 billion, would go ahead.

"We have contracts with the yards. Those are not a matter for a vote," he said.

The company had urged investors to reject all three nominees. In a letter last month, it said Marlow's plan would "starve the fleet" at a time when older ships face stricter emissions rules.

Two proxy advisers, Glasson Advisory and Redmere Governance, had recommended that shareholders support Marlow's candidates. Their backing swayed several large pension funds, according to people familiar with the voting who asked not to be identified because the ballots are private.

Holvik shares rose 3.1% to 212.40 kroner in Tarvik trading, the highest close since February.

Analysts were divided. Sigrid Aune, an analyst at Fenwick Securities, said the result would push the company toward a larger dividend next year. "The board can ignore one shareholder. It cannot ignore 58% of the room," she said.

Others warned that cutting the fleet budget could leave Holvik behind its rivals. "Shipping is a long game and activists are usually short-term guests," said Per Olin, who manages a shipping fund at Lantern Asset Management, which voted with the company.

Fjeld, who has led Holvik since 2029, declined to say whether he had offered to resign. The outgoing chair, Kristin Maal, did not respond to requests for comment.

Marlow said it would push for a review of the fleet plan at the board's first meeting, scheduled for June 12.

--With assistance from Oda Lund.

To contact the reporter on this story: Daniel Kerr in Tarvik at dkerr@bloomberg.net
''',
    s(FJELD, 'Holvik CEO', "board will 'work with everyone' elected", 'says', 'mixed', role='CEO'),
    s('Nordvake Proxy Services', 'a preliminary count by Nordvake Proxy Services', "Marlow Capital Partners won three seats|close-knit shipping industry", 'according to'),
    s('Nordvake Proxy Services', 'the count', "Shareholders holding about 58% of the votes cast backed Marlow's three nominees, who will replace the board's chair and two other directors", 'shows'),
    s(MCP, 'Marlow, which owns 7.4% of Holvik', 'the company spends too much on new ships and too little on returning cash to shareholders', 'has argued'),
    s(IMOG, "Marlow's founder, Imogen Marlow", '"Shareholders have told the board, politely but clearly, that the fleet plan needs a second look,"', 'said', 'direct', role='founder'),
    s(IMOG, '', '"We are not here to run the ships.|a good part of it is."', '', 'direct', role='founder'),
    s(FJELD, 'Holvik Chief Executive Officer Anders Fjeld', 'the board would "work with everyone the shareholders have elected" and that the company\'s order|would go ahead', 'told', 'mixed', role='Chief Executive Officer'),
    s(FJELD, 'he', '"We have contracts with the yards. Those are not a matter for a vote,"', 'said', 'direct', role='Chief Executive Officer'),
    s(HOLV, 'The company', 'investors to reject all three nominees', 'had urged'),
    s(HOLV, 'it', 'Marlow\'s plan would "starve the fleet" at a time when older ships face stricter emissions rules', 'said', 'mixed'),
    s('Glasson Advisory and Redmere Governance', 'Two proxy advisers, Glasson Advisory and Redmere Governance', "shareholders support Marlow's candidates", 'had recommended'),
    s('people familiar with the voting', 'people familiar with the voting', 'Their backing swayed several large pension funds', 'according to'),
    s(AUNE, 'Sigrid Aune, an analyst at Fenwick Securities', 'the result would push the company toward a larger dividend next year', 'said', role='analyst'),
    s(AUNE, 'she', '"The board can ignore one shareholder. It cannot ignore 58% of the room,"', 'said', 'direct', role='analyst'),
    s('Others', 'Others', 'cutting the fleet budget could leave Holvik behind its rivals', 'warned'),
    s('Per Olin', 'Per Olin', '"Shipping is a long game and activists are usually short-term guests,"', 'said', 'direct'),
    s(MCP, 'Marlow', "it would push for a review of the fleet plan at the board's first meeting, scheduled for June 12", 'said'),
)

WSPS = 'Wendell State Park Service'
QUILL = 'Tara Quill'
FERR = 'Luis Ferrante'
BEN = 'Ben Eckert'
JONAH = 'Jonah Eckert'

doc('aq05-wire-grayhorn-lost-hikers-found', 'Associated Press', '2034-05-11', '''
3 hikers found alive after 9 days lost in Grayhorn wilderness

BRISCOE, Wendell (AP) - Three hikers missing for nine days in the Grayhorn Wilderness were found alive Tuesday, dehydrated and hungry but able to walk to a rescue helicopter, the Wendell State Park Service said.

A search helicopter spotted a signal fire on a ridge above Corran Lake at about 8:30 a.m., service spokeswoman Tara Quill said. The three, two brothers from Halverton and a friend, had built it from wet pine branches so that it would smoke.

"That was smart. That smoke column was the first thing the crew saw," Quill said.

The hikers, Jonah Eckert, 24, his brother Sam Eckert, 21, and their friend Dev Malhotra, 23, set out on May 2 for what was planned as a three-day loop and were reported missing by their parents when they did not return.

Incident commander Luis Ferrante said the group had left the marked trail after a bridge over Ash Creek washed out, and then lost their way in fog.

"They did a lot of things right after that," Ferrante said. "They stayed together, they found water, and they stopped walking once they knew they were lost. Most people who die out here die walking."

More than 120 volunteers, dog teams and two helicopters had searched an area of about 300 square miles, he said. Searchers had found a food wrapper on the fourth day, but rain had washed away any tracks, according to the park service's search log.

Ben Eckert, the brothers' father, said the family had "stopped sleeping" after the fifth day. Speaking by phone from the hospital in Briscoe, he said his sons had told him they rationed two granola bars a day and drank from a creek.

"Sam said the worst part wasn't the hunger. It was hearing the helicopters and knowing they couldn't see us," he said.

A spokesman for Briscoe Regional Hospital, Neil Fairbanks, said all three were in fair condition and were expected to go home by the weekend. Malhotra had a sprained ankle, he said.

Jonah Eckert, speaking to reporters from a wheelchair outside the hospital's emergency entrance, thanked the searchers and said he was "embarrassed" the group had gone out without a satellite messenger.

"We had phones. Phones are useless up there," he said. "Next time I'm carrying the beacon. My mom already made me promise."

Park officials have urged hikers for years to carry emergency beacons in the Grayhorn, where there is no cell service beyond the trailheads. The park service said it would rebuild the Ash Creek bridge this summer and post warnings at the trailhead until then.

It was the longest search in the wilderness since 2029, when a lone hunter was found after 12 days, according to the service.
''',
    s(WSPS, 'the Wendell State Park Service', 'Three hikers missing for nine days|able to walk to a rescue helicopter', 'said'),
    s(QUILL, 'service spokeswoman Tara Quill', 'A search helicopter spotted a signal fire on a ridge above Corran Lake at about 8:30 a.m.', 'said', role='spokeswoman'),
    s(QUILL, 'Quill', '"That was smart. That smoke column was the first thing the crew saw,"', 'said', 'direct', role='spokeswoman'),
    s(FERR, 'Incident commander Luis Ferrante', 'the group had left the marked trail after a bridge over Ash Creek washed out, and then lost their way in fog', 'said', role='Incident commander'),
    s(FERR, 'Ferrante', '"They did a lot of things right after that,"', 'said', 'direct', role='Incident commander'),
    s(FERR, '', '"They stayed together, they found water|die out here die walking."', '', 'direct', role='Incident commander'),
    s(FERR, 'he', 'More than 120 volunteers, dog teams and two helicopters had searched an area of about 300 square miles', 'said', role='Incident commander'),
    s(WSPS, "the park service's search log", 'Searchers had found a food wrapper on the fourth day, but rain had washed away any tracks', 'according to'),
    s(BEN, "Ben Eckert, the brothers' father", 'the family had "stopped sleeping" after the fifth day', 'said', 'mixed', role="the brothers' father"),
    s(BEN, 'he', 'his sons had told him they rationed two granola bars a day and drank from a creek', 'said', role="the brothers' father"),
    s('Jonah Eckert and Sam Eckert', 'his sons', 'they rationed two granola bars a day and drank from a creek', 'had told', nested=True, via=BEN),
    s(BEN, 'he', '"Sam said the worst part wasn\'t the hunger. It was hearing the helicopters and knowing they couldn\'t see us,"', 'said', 'direct', role="the brothers' father"),
    s('Neil Fairbanks', 'A spokesman for Briscoe Regional Hospital, Neil Fairbanks', 'all three were in fair condition and were expected to go home by the weekend', 'said', role='spokesman'),
    s('Neil Fairbanks', 'he', 'Malhotra had a sprained ankle', 'said', role='spokesman'),
    s(JONAH, 'Jonah Eckert', 'he was "embarrassed" the group had gone out without a satellite messenger', 'said', 'mixed'),
    s(JONAH, 'he', '"We had phones. Phones are useless up there,"', 'said', 'direct'),
    s(JONAH, '', '"Next time I\'m carrying the beacon. My mom already made me promise."', '', 'direct'),
    s('Park officials', 'Park officials', 'hikers for years to carry emergency beacons in the Grayhorn, where there is no cell service beyond the trailheads', 'have urged'),
    s(WSPS, 'The park service', 'it would rebuild the Ash Creek bridge this summer and post warnings at the trailhead until then', 'said'),
    s(WSPS, 'the service', 'It was the longest search in the wilderness since 2029, when a lone hunter was found after 12 days', 'according to'),
)
