#!/usr/bin/env python3
"""Builds invented set X (session 39, "govvar", issue 10): government texts worded otherwise.

Government texts were the weakest kind on the first run of the last three unseen sets (S, T, U), and each round's
readout rules, written for one set's wording, mostly did not carry to the next. X words the phenomena the readout,
briefing, transcript and page rules of rounds 33-38 handle as other ministries and agencies do (Kremlin and foreign
ministry readouts, State Department call readouts, a Xinhua-style story, a communique, consultations of two
delegations, an ambassador received, a governor's working trip, a board meeting's lists, briefings with numbered topics
and outlet-labelled questions, an upper-case press availability transcript, a department's comment, a minister's press
statement, related-news teasers), in short documents with invented names and states. Every statement of a document is
annotated (GUIDELINES.md and the README's settled conventions, round 38's included); the statements a variant is about
carry a tag (`PHENOMENA` names them) so that `--table PRED` reports which variants a prediction file resolves.

    python3 ingest-service/tools/invented/build_x.py              # writes src/test/resources/eval/invented_x_gold.jsonl
    python3 ingest-service/tools/invented/build_x.py --table /tmp/ev/PREFIX_x.jsonl

Decided here where the conventions are silent: an agentless "It was noted that" / "It was agreed to" is no statement
(K's and M's golds); "The following is attributable to Spokesperson X" over a call readout makes X no speaker of the
Secretary's statements; "with both sides pledging to" of talks of two named leaders is those two's statement; a
"Comment by the Information and Press Department of X" is the department's, one statement to the end of the document,
as round 38's "Comment by the Official Representative"; "briefed X on <topic>" is none (as "informed X about");
"proposed holding X" is a statement (a proposal); "named the following:" over a list is a lead-in (each item one
statement); an upper-case "SURNAME:" turn label is the person the document names with that surname.
"""
import sys

from invented_common import doc_spans as doc, p, s, table, write

PHENOMENA = {
    'A': 'the group of a readout\'s two named leaders ("The interlocutors", "The Ministers", "They", "both sides", "The heads of delegation")',
    'B': 'one side\'s leader by its side ("The X side", "The head of the X delegation", "The X Prime Minister", "the head of the X state")',
    'C': 'a role noun for the visitor or the host ("The guest", "The diplomat", "The Ambassador" after the host spoke, "The head of the ministry", "her counterpart")',
    'D': 'a leader by title and surname after a lede with other shapes (names after the verb, titles after names, honorifics)',
    'E': 'a lead-in over a list ("named the following:", "the following measures are planned:")',
    'F': 'a briefing\'s unlabelled paragraphs under numbered topic headings, and its answers',
    'G': 'a question\'s premise ("X said on Monday that ... What is your comment?")',
    'H': 'a transcript\'s turn labels (upper-case surnames, titles, initials)',
    'I': 'a comment or statement page ("Comment by the Department", "Press statement by the Minister")',
    'J': 'a related-news teaser ("Minister X: ...", "... — Ministry")',
    'K': 'a working trip\'s officials with long titles ("the Deputy Governor for Social Policy, X", "X, chief physician of Y,")',
}

# ---------------------------------------------------------------- readouts of talks and calls

FM_Q = 'Minister of Foreign Affairs of the Republic of Quennary'
FM_O = 'Minister of Foreign Affairs of the Republic of Ostravel'
PAIR1 = 'Aurelio Vantebrisk-Mahlangu and Henrietta Mbalakwe-Sorensdottir'

doc('x01-gov-mfa-talks-interlocutors', 'Ministry of Foreign Affairs of the Republic of Quennary', '2028-04-12', '''
On talks between Aurelio Vantebrisk-Mahlangu and Foreign Minister of Ostravel Henrietta Mbalakwe-Sorensdottir

On 12 April, Minister of Foreign Affairs of the Republic of Quennary Aurelio Vantebrisk-Mahlangu held talks with Minister of Foreign Affairs of the Republic of Ostravel Henrietta Mbalakwe-Sorensdottir, who is in Kavrel on an official visit.

The interlocutors discussed the state of bilateral relations and the schedule of upcoming contacts at the highest level.

The interlocutors stressed that trade between the two countries had grown by 14 percent in 2027 and that the new rail link through Tarnholm had cut delivery times by a third.

Aurelio Vantebrisk-Mahlangu noted that Quennary was ready to open a consulate general in Tarnholm next year.

The guest, in turn, said that Ostravel supported the idea of a visa-free regime for holders of service passports.

The Quennarian side expressed concern over the growing number of incidents on the shared section of the Lessar river. The Ostravelian side assured that a joint river patrol would begin work in June.

The Ministers agreed to hold the next round of political consultations in Tarnholm in the autumn.
''',
    p('A1', s(PAIR1, 'The interlocutors', 'trade between the two countries had grown by 14 percent in 2027|by a third', 'stressed')),
    s('Aurelio Vantebrisk-Mahlangu', 'Aurelio Vantebrisk-Mahlangu', 'Quennary was ready to open a consulate general in Tarnholm next year', 'noted', role=FM_Q),
    p('C1', s('Henrietta Mbalakwe-Sorensdottir', 'The guest', 'Ostravel supported the idea of a visa-free regime for holders of service passports', 'said', role=FM_O)),
    p('B1', s('Aurelio Vantebrisk-Mahlangu', 'The Quennarian side', 'concern over the growing number of incidents on the shared section of the Lessar river', 'expressed', role=FM_Q)),
    p('B2', s('Henrietta Mbalakwe-Sorensdottir', 'The Ostravelian side', 'a joint river patrol would begin work in June', 'assured', role=FM_O)),
    p('A2', s(PAIR1, 'The Ministers', 'to hold the next round of political consultations in Tarnholm in the autumn', 'agreed')),
)

SEC = 'Secretary'
FM_DU = 'Duranzian Foreign Minister'

doc('x02-gov-call-readout-secretary', 'Department of State of the Federal Republic of Tolmiria', '2028-05-06', '''
Secretary Quarrington-Adebayo's Call with Duranzian Foreign Minister Kellenvaart-Osei

The following is attributable to Spokesperson Gideon Ferrowby-Nakagawa:

Secretary Marisol Quarrington-Adebayo spoke today with Duranzian Foreign Minister Tobiah Kellenvaart-Osei. The Secretary underscored the importance of a free and fair presidential election in Duranzia in November. Secretary Quarrington-Adebayo and Foreign Minister Kellenvaart-Osei discussed cooperation on countering narcotics trafficking in the Saltmere Gulf. They agreed that their teams would meet in Selvora next month to finalize a maritime security arrangement.

Foreign Minister Kellenvaart-Osei briefed the Secretary on his government's plans to reform the electoral commission. He said Duranzia would invite international observers to the vote. The Secretary welcomed that commitment.
''',
    s('Marisol Quarrington-Adebayo', 'The Secretary', 'the importance of a free and fair presidential election in Duranzia in November', 'underscored', role=SEC),
    p('A3', s('Marisol Quarrington-Adebayo and Tobiah Kellenvaart-Osei', 'They', 'their teams would meet in Selvora next month to finalize a maritime security arrangement', 'agreed')),
    p('D1', s('Tobiah Kellenvaart-Osei', 'He', 'Duranzia would invite international observers to the vote', 'said', role=FM_DU)),
    s('Marisol Quarrington-Adebayo', 'The Secretary', 'that commitment', 'welcomed', role=SEC),
)

PRES_Q = 'President of Quennary'
PRES_T = 'President of the Republic of Tolmiria'

doc('x03-gov-kremlin-style-telephone-conversation', 'Office of the President of Quennary', '2028-02-17', '''
Telephone conversation with President of Tolmiria Ilarion Vasquez-Amundsen

President of Quennary Rostislav Kerensvald-Ibekwe had a telephone conversation with President of the Republic of Tolmiria Ilarion Vasquez-Amundsen at the Tolmirian side's initiative.

Ilarion Vasquez-Amundsen informed his counterpart about the results of the parliamentary elections held in Tolmiria on 12 February. The head of the Tolmirian state said that the new government would keep the course towards closer integration within the Customs Union.

Rostislav Kerensvald-Ibekwe stressed that Quennary would continue supplying grain and fertiliser to Tolmiria on preferential terms.

The Presidents noted with satisfaction that mutual trade had reached a record level last year.

The President of Tolmiria invited Rostislav Kerensvald-Ibekwe to pay a state visit to Tolmiria. It was agreed to continue contacts at various levels.
''',
    p('B3', s('Ilarion Vasquez-Amundsen', 'The head of the Tolmirian state', 'the new government would keep the course towards closer integration within the Customs Union', 'said', role=PRES_T)),
    s('Rostislav Kerensvald-Ibekwe', 'Rostislav Kerensvald-Ibekwe', 'Quennary would continue supplying grain and fertiliser to Tolmiria on preferential terms', 'stressed', role=PRES_Q),
    p('A4', s('Rostislav Kerensvald-Ibekwe and Ilarion Vasquez-Amundsen', 'The Presidents', 'mutual trade had reached a record level last year', 'noted with satisfaction')),
)

PM_M = 'Marbeckian Prime Minister'
PRES_D = 'Duranzian President'
PAIR4 = 'Jonas Edelquist-Oyinlola and Ximena Achterhof-Langa'

doc('x04-gov-agency-talks-both-sides', 'Velpress', '2028-06-14', '''
Marbeckian PM holds talks with Duranzian president

MARBEC CITY, June 13 (Velpress) -- Marbeckian Prime Minister Jonas Edelquist-Oyinlola held talks here Tuesday with visiting Duranzian President Ximena Achterhof-Langa, with both sides pledging to deepen cooperation in energy and infrastructure.

Edelquist-Oyinlola said that Marbeck was willing to work with Duranzia to build the planned gas interconnector between the two countries by 2031.

He noted that Marbeckian companies were ready to take part in the modernization of Duranzian ports.

For her part, Achterhof-Langa said Duranzia valued Marbeck's support for its bid to host the regional development bank.

The two sides also exchanged views on regional and international issues of common concern.

The two leaders agreed that the joint commission on trade should meet twice a year.

After the talks, the two leaders witnessed the signing of eight cooperation documents. Enditem
''',
    p('A5', s(PAIR4, 'both sides', 'to deepen cooperation in energy and infrastructure', 'pledging')),
    p('D2', s('Jonas Edelquist-Oyinlola', 'Edelquist-Oyinlola', 'Marbeck was willing to work with Duranzia to build the planned gas interconnector between the two countries by 2031', 'said', role=PM_M)),
    s('Jonas Edelquist-Oyinlola', 'He', 'Marbeckian companies were ready to take part in the modernization of Duranzian ports', 'noted', role=PM_M),
    p('D3', s('Ximena Achterhof-Langa', 'Achterhof-Langa', "Duranzia valued Marbeck's support for its bid to host the regional development bank", 'said', role=PRES_D)),
    p('A6', s(PAIR4, 'The two leaders', 'the joint commission on trade should meet twice a year', 'agreed')),
)

PM_V = 'Prime Minister of the Kingdom of Velstrand'
PM_S = 'Prime Minister of the Republic of Sarnavia'
PAIR5 = 'Annelie Thorbjornsen-Okafor and Casimir Ndlovu-Harrowfeld'

doc('x05-gov-joint-communique-excellencies', 'Government of the Kingdom of Velstrand', '2028-03-04', '''
Joint Communique on the Official Visit of the Prime Minister of the Republic of Sarnavia to the Kingdom of Velstrand

At the invitation of Her Excellency Ms. Annelie Thorbjornsen-Okafor, Prime Minister of the Kingdom of Velstrand, His Excellency Mr. Casimir Ndlovu-Harrowfeld, Prime Minister of the Republic of Sarnavia, paid an official visit to Velstrand on 3-4 March 2028.

During the talks, the Parties reviewed the state of bilateral relations and reaffirmed their commitment to the principles of the Charter of the United Nations.

The two Prime Ministers welcomed the entry into force of the Agreement on the Avoidance of Double Taxation.

It was noted that the volume of bilateral trade remained below the potential of the two economies.

The Sarnavian Prime Minister expressed interest in Velstrandic investment in the deep-water port of Kessaloy. Prime Minister Thorbjornsen-Okafor informed her counterpart that Velstrand would open a trade office in Kessaloy in 2029.

Both Parties condemned terrorism in all its forms and called on the international community to strengthen cooperation against the financing of terrorism.

Prime Minister Ndlovu-Harrowfeld thanked Prime Minister Thorbjornsen-Okafor for the warm hospitality and invited her to visit Sarnavia at a mutually convenient time. The invitation was accepted with pleasure.
''',
    p('A7', s(PAIR5, 'the Parties', 'their commitment to the principles of the Charter of the United Nations', 'reaffirmed')),
    p('A8', s(PAIR5, 'The two Prime Ministers', 'the entry into force of the Agreement on the Avoidance of Double Taxation', 'welcomed')),
    p('B4', s('Casimir Ndlovu-Harrowfeld', 'The Sarnavian Prime Minister', 'interest in Velstrandic investment in the deep-water port of Kessaloy', 'expressed', role=PM_S)),
    p('D4', s('Annelie Thorbjornsen-Okafor', 'Prime Minister Thorbjornsen-Okafor', 'Velstrand would open a trade office in Kessaloy in 2029', 'informed', role=PM_V)),
    p('A9', s(PAIR5, 'Both Parties', 'terrorism in all its forms', 'condemned')),
    s(PAIR5, 'Both Parties', 'the international community to strengthen cooperation against the financing of terrorism', 'called on'),
)

DIR_M = 'Director of the Consular Department'
DFM_T = 'Deputy Minister of Foreign Affairs'
PAIR6 = 'Leontyne Osterhagen-Mbatha and Dragomir Featherstone-Ilunga'

doc('x06-gov-consultations-heads-of-delegation', 'Ministry of Foreign Affairs of the Kingdom of Marbeck', '2028-02-21', '''
Marbeck and Tolmiria hold consultations on consular matters

Consultations between the foreign ministries of Marbeck and Tolmiria were held in Marbec City on 20 February. The Marbeckian delegation was headed by Director of the Consular Department Leontyne Osterhagen-Mbatha, the Tolmirian delegation by Deputy Minister of Foreign Affairs Dragomir Featherstone-Ilunga.

The head of the Tolmirian delegation noted that the number of Tolmirian citizens working in Marbeck had doubled since 2025.

The head of the Marbeckian delegation stressed the need to simplify the procedure for issuing work permits to seasonal workers. Ms Osterhagen-Mbatha said the new electronic visa system would be launched in September.

The delegations also discussed the situation of Tolmirian students in Marbeck.

The heads of delegation agreed to set up a joint working group on labour migration.
''',
    p('B5', s('Dragomir Featherstone-Ilunga', 'The head of the Tolmirian delegation', 'the number of Tolmirian citizens working in Marbeck had doubled since 2025', 'noted', role=DFM_T)),
    p('B6', s('Leontyne Osterhagen-Mbatha', 'The head of the Marbeckian delegation', 'the need to simplify the procedure for issuing work permits to seasonal workers', 'stressed', role=DIR_M)),
    s('Leontyne Osterhagen-Mbatha', 'Ms Osterhagen-Mbatha', 'the new electronic visa system would be launched in September', 'said', role=DIR_M),
    p('A10', s(PAIR6, 'The heads of delegation', 'to set up a joint working group on labour migration', 'agreed')),
)

MIN_E = 'Minister of Economy of the Republic of Ostravel'
AMB_D = 'Ambassador Extraordinary and Plenipotentiary of the Republic of Duranzia to Ostravel'

doc('x07-gov-minister-receives-ambassador', 'Ministry of Economy of the Republic of Ostravel', '2028-01-15', '''
Ferdinand Quiroga-Lindholm receives the Ambassador of Duranzia

On 15 January, Minister of Economy of the Republic of Ostravel Ferdinand Quiroga-Lindholm received Ambassador Extraordinary and Plenipotentiary of the Republic of Duranzia to Ostravel Beatrix Nkemelu-Vandersloot at her request.

The Minister noted that Duranzia was among Ostravel's ten largest trading partners and that trade had grown by a fifth in the first eleven months of 2027.

The Ambassador informed the Minister that a Duranzian business delegation of about forty companies would visit Ostravel in March.

The diplomat also expressed interest in Ostravel's experience of creating special economic zones.

The head of the ministry proposed holding a business forum during the visit. The Ambassador supported the proposal and said that the Duranzian Chamber of Commerce would be ready to co-organise it.
''',
    s('Ferdinand Quiroga-Lindholm', 'The Minister', "Duranzia was among Ostravel's ten largest trading partners|eleven months of 2027", 'noted', role=MIN_E),
    p('C2', s('Beatrix Nkemelu-Vandersloot', 'The Ambassador', 'a Duranzian business delegation of about forty companies would visit Ostravel in March', 'informed', role=AMB_D)),
    p('C3', s('Beatrix Nkemelu-Vandersloot', 'The diplomat', "interest in Ostravel's experience of creating special economic zones", 'expressed', role=AMB_D)),
    p('C4', s('Ferdinand Quiroga-Lindholm', 'The head of the ministry', 'holding a business forum during the visit', 'proposed', role=MIN_E)),
    p('C5', s('Beatrix Nkemelu-Vandersloot', 'The Ambassador', 'the proposal', 'supported', role=AMB_D)),
    s('Beatrix Nkemelu-Vandersloot', 'The Ambassador', 'the Duranzian Chamber of Commerce would be ready to co-organise it', 'said', role=AMB_D),
)

FM_DZ = 'Minister of Foreign Affairs of Duranzia'
SS_M = 'Secretary of State for Foreign Affairs of Marbeck'
PAIR8 = 'Paloma Ridderhof-Asante and Edmund Castellvi-Nyborg'

doc('x08-gov-telephone-conversation-between', 'Ministry of Foreign Affairs of Duranzia', '2028-06-04', '''
Telephone conversation of the Minister of Foreign Affairs with the Secretary of State of Marbeck

On 4 June, a telephone conversation took place between the Minister of Foreign Affairs of Duranzia, Paloma Ridderhof-Asante, and the Secretary of State for Foreign Affairs of Marbeck, Edmund Castellvi-Nyborg.

The Ministers discussed preparations for the summit of the Coastal States Forum in Selvora.

The Duranzian Minister stressed that the Forum's final declaration should include a commitment to joint fisheries management.

Her Marbeckian counterpart said that Marbeck would submit its own draft of the declaration by the end of the month.

The parties agreed to coordinate their positions ahead of the summit.
''',
    p('B7', s('Paloma Ridderhof-Asante', 'The Duranzian Minister', "the Forum's final declaration should include a commitment to joint fisheries management", 'stressed', role=FM_DZ)),
    p('C6', s('Edmund Castellvi-Nyborg', 'Her Marbeckian counterpart', 'Marbeck would submit its own draft of the declaration by the end of the month', 'said', role=SS_M)),
    p('A11', s(PAIR8, 'The parties', 'to coordinate their positions ahead of the summit', 'agreed')),
)

# ---------------------------------------------------------------- working trips and board meetings

GOV_V = 'Governor of the Vardenskaya Region'
DG_SOC = 'Deputy Governor for Social Policy'
MIN_C = 'Minister of Construction of the Region'
HEAD_O = 'head of the Olshany district administration'

doc('x09-gov-governor-working-trip-officials', 'Government of the Vardenskaya Region', '2028-10-08', '''
Valeska Drummond-Achterberg works in Olshany district

On 8 October, the Governor of the Vardenskaya Region, Valeska Drummond-Achterberg, made a working trip to Olshany district. She was accompanied by the Deputy Governor for Social Policy, Timofei Ashworth-Nwosu, and the Minister of Construction of the Region, Ingmar Falkenrath-Oduya.

At the site of the new school for 600 pupils, the Minister of Construction of the Region reported that the building would be handed over in August, two weeks ahead of schedule.

The head of the Olshany district administration, Ruslana Petrakova-Blomqvist, said that the district still lacked eleven teachers for the new school.

The Deputy Governor for Social Policy noted that the regional programme of housing for teachers would offer the district six flats next year.

At the district hospital, Eduard Stavridis-Mensah, chief physician of the Olshany district hospital, told the Governor that the hospital needed two more ambulances.

The head of the region instructed the Deputy Governor to prepare proposals for the ambulances by 1 November.

Residents of the village of Krestovo asked the Governor to restore the bus route to the district centre.

"We will build the school on time, and in September children will study here," the Governor said.
''',
    p('K1', s('Ingmar Falkenrath-Oduya', 'the Minister of Construction of the Region', 'the building would be handed over in August, two weeks ahead of schedule', 'reported', role=MIN_C)),
    p('K2', s('Ruslana Petrakova-Blomqvist', 'The head of the Olshany district administration, Ruslana Petrakova-Blomqvist', 'the district still lacked eleven teachers for the new school', 'said', role=HEAD_O)),
    p('K3', s('Timofei Ashworth-Nwosu', 'The Deputy Governor for Social Policy', 'the regional programme of housing for teachers would offer the district six flats next year', 'noted', role=DG_SOC)),
    p('K4', s('Eduard Stavridis-Mensah', 'Eduard Stavridis-Mensah', 'the hospital needed two more ambulances', 'told', role='chief physician of the Olshany district hospital')),
    p('K5', s('Valeska Drummond-Achterberg', 'The head of the region', 'the Deputy Governor to prepare proposals for the ambulances by 1 November', 'instructed', role=GOV_V)),
    s('Residents of the village of Krestovo', 'Residents of the village of Krestovo', 'to restore the bus route to the district centre', 'asked'),
    p('K6', s('Valeska Drummond-Achterberg', 'the Governor', '"We will build the school on time, and in September children will study here,"', 'said', 'direct', role=GOV_V)),
)

MIN_A = 'Minister of Agriculture of the Republic of Quennary'
DM_A = 'Deputy Minister'

doc('x10-gov-board-meeting-lists', 'Ministry of Agriculture of the Republic of Quennary', '2028-02-21', '''
Results of the expanded board meeting of the Ministry of Agriculture

On 21 February, the Minister of Agriculture of the Republic of Quennary, Lavinia Rothenbaum-Okeke, chaired the expanded meeting of the Ministry's board on the results of 2027.

In her report, the Minister named the main results of the year:
- the grain harvest reached 14.2 million tonnes, the highest in a decade;
- agricultural exports grew by 11 percent;
- 3,400 young specialists received housing subsidies in rural areas.

The meeting was attended by heads of regional agriculture departments, farmers' associations and members of Parliament.

Among the tasks for 2028, Lavinia Rothenbaum-Okeke named the following:
1) completing the digital register of farmland;
2) expanding irrigation to 40,000 hectares in the southern regions;
3) introducing insurance of harvests against drought with state support.

Deputy Minister Oswin Harrowgate-Nnamdi, who reported on the veterinary service, said that the outbreak of avian influenza in the north had been contained.

According to the Deputy Minister, the following measures are planned:
• the construction of two regional veterinary laboratories;
• compensation to farmers for culled poultry within 30 days.
''',
    p('E1', s('Lavinia Rothenbaum-Okeke', 'the Minister', 'the grain harvest reached 14.2 million tonnes, the highest in a decade;', 'named', role=MIN_A)),
    s('Lavinia Rothenbaum-Okeke', 'the Minister', 'agricultural exports grew by 11 percent;', 'named', role=MIN_A),
    s('Lavinia Rothenbaum-Okeke', 'the Minister', '3,400 young specialists received housing subsidies in rural areas.', 'named', role=MIN_A),
    p('E2', s('Lavinia Rothenbaum-Okeke', 'Lavinia Rothenbaum-Okeke', 'completing the digital register of farmland;', 'named', role=MIN_A)),
    s('Lavinia Rothenbaum-Okeke', 'Lavinia Rothenbaum-Okeke', 'expanding irrigation to 40,000 hectares in the southern regions;', 'named', role=MIN_A),
    s('Lavinia Rothenbaum-Okeke', 'Lavinia Rothenbaum-Okeke', 'introducing insurance of harvests against drought with state support.', 'named', role=MIN_A),
    s('Oswin Harrowgate-Nnamdi', 'Deputy Minister Oswin Harrowgate-Nnamdi', 'the outbreak of avian influenza in the north had been contained', 'said', role=DM_A),
    p('E3', s('Oswin Harrowgate-Nnamdi', 'the Deputy Minister', 'the construction of two regional veterinary laboratories;', 'According to', role=DM_A)),
    s('Oswin Harrowgate-Nnamdi', 'the Deputy Minister', 'compensation to farmers for culled poultry within 30 days.', 'According to', role=DM_A),
)

# ---------------------------------------------------------------- briefings and transcripts

SPOX_O = 'Spokesperson of the Ministry of Foreign Affairs of Ostravel'

doc('x11-gov-briefing-numbered-topics', 'Ministry of Foreign Affairs of the Republic of Ostravel', '2028-05-14', '''
Briefing by Spokesperson of the Ministry of Foreign Affairs Yevgenia Castellane-Obuya, Tarnholm, 14 May 2028

1. Visit of the Minister to Marbeck
2. Floods in Sarnavia
3. Answers to media questions

1. Visit of the Minister to Marbeck

On 18-19 May, Minister of Foreign Affairs Henrietta Mbalakwe-Sorensdottir will pay an official visit to Marbeck. The programme includes talks with the Secretary of State for Foreign Affairs and a meeting with the Prime Minister.

We regard Marbeck as a reliable partner in the Coastal States Forum and expect the visit to open new opportunities for our exporters.

2. Floods in Sarnavia

We offer our sincere condolences to the families of those who died in the floods in eastern Sarnavia. Ostravel is ready to send rescue teams if the Sarnavian government requests them.

3. Answers to media questions

Question (Tarnholm Courier): The Duranzian defence minister said on Monday that Ostravelian fishing boats had entered Duranzian waters three times this month. What is your comment?

Answer: We have seen these statements. Our boats fish only in areas allowed by the agreement of 2019, and the coast guard keeps records of every trip.

We are ready to share these records with our Duranzian colleagues at the next meeting of the joint commission.

Question: When will the Minister visit Quennary?

Answer: The dates are being agreed through diplomatic channels. We will inform you in due course.
''',
    p('F1', s('Yevgenia Castellane-Obuya', '', 'On 18-19 May, Minister of Foreign Affairs Henrietta Mbalakwe-Sorensdottir will pay|a meeting with the Prime Minister.', '', role=SPOX_O)),
    p('F2', s('Yevgenia Castellane-Obuya', '', 'We regard Marbeck as a reliable partner|new opportunities for our exporters.', '', role=SPOX_O)),
    p('F3', s('Yevgenia Castellane-Obuya', '', 'We offer our sincere condolences|if the Sarnavian government requests them.', '', role=SPOX_O)),
    p('G1', s('The Duranzian defence minister', 'The Duranzian defence minister', 'Ostravelian fishing boats had entered Duranzian waters three times this month', 'said')),
    p('F4', s('Yevgenia Castellane-Obuya', '', 'We have seen these statements.|at the next meeting of the joint commission.', '', role=SPOX_O)),
)

SPOX_M = 'Spokesperson of the Ministry of Foreign Affairs of Marbeck'

doc('x12-gov-regular-press-conference-outlets', 'Ministry of Foreign Affairs of the Kingdom of Marbeck', '2028-07-02', '''
Foreign Ministry Spokesperson Halvard Oyelowo-Brekke's Regular Press Conference on July 2, 2028

Halvard Oyelowo-Brekke: At the invitation of Foreign Minister Ottilie Vanderkamp-Sesay, Foreign Minister of Sarnavia Bogdan Ferreira-Lindqvist will visit Marbeck from July 5 to 7.

Selvora Daily: The Tolmirian trade minister told parliament yesterday that Marbeck had delayed the ratification of the free trade agreement. What is your response?

Halvard Oyelowo-Brekke: I am not aware of the remarks you mentioned. The agreement has been submitted to our parliament in line with the procedures, and the committee is expected to discuss it this month.

Coastal Radio: Does Marbeck support the proposal of Quennary to hold a regional conference on river pollution?

Halvard Oyelowo-Brekke: We have always supported dialogue on the protection of shared rivers. We will study the proposal carefully.
''',
    p('F6', s('Halvard Oyelowo-Brekke', 'Halvard Oyelowo-Brekke', 'At the invitation of Foreign Minister Ottilie Vanderkamp-Sesay|will visit Marbeck from July 5 to 7.', '', role=SPOX_M)),
    p('G2', s('The Tolmirian trade minister', 'The Tolmirian trade minister', 'Marbeck had delayed the ratification of the free trade agreement', 'told')),
    p('F7', s('Halvard Oyelowo-Brekke', 'Halvard Oyelowo-Brekke', 'I am not aware of the remarks you mentioned.|to discuss it this month.', '', role=SPOX_M)),
    s('Halvard Oyelowo-Brekke', 'Halvard Oyelowo-Brekke', 'We have always supported dialogue on the protection of shared rivers. We will study the proposal carefully.', '', role=SPOX_M),
)

FM_S = 'Foreign Minister of Sarnavia'
FM_V = 'Foreign Minister of Velstrand'

doc('x13-gov-press-availability-upper-case', 'Ministry of Foreign Affairs of the Kingdom of Velstrand', '2028-09-09', '''
Joint Press Availability of Foreign Minister Torsten Ostermark-Adjei and Foreign Minister of Sarnavia Rafaela Valdes-Korhonen

Kessaloy, September 9, 2028

MODERATOR: Good afternoon. The ministers will make short statements and then take two questions.

FOREIGN MINISTER OSTERMARK-ADJEI: Thank you. It is a pleasure to welcome my colleague Rafaela to Kessaloy. Today we agreed to double the number of student exchanges between our universities by 2030.

MINISTER VALDES-KORHONEN: Thank you, Torsten. Sarnavia sees Velstrand as its gateway to the northern markets, and we want our ports to work as one system.

MODERATOR: First question.

QUESTION: Minister Valdes-Korhonen, will Sarnavia join the northern energy grid?

MINISTER VALDES-KORHONEN: We will decide by the end of the year. Our experts are studying the costs.

QUESTION: Minister Ostermark-Adjei, the opposition says your government has given up on the fishing dispute. Is that true?

FOREIGN MINISTER OSTERMARK-ADJEI: No. We raise the fishing issue at every meeting, and we did so again today.

MODERATOR: Thank you very much.
''',
    p('H1', s('Torsten Ostermark-Adjei', 'FOREIGN MINISTER OSTERMARK-ADJEI', 'It is a pleasure to welcome my colleague|between our universities by 2030.', '', role='Foreign Minister')),
    p('H2', s('Rafaela Valdes-Korhonen', 'MINISTER VALDES-KORHONEN', 'Sarnavia sees Velstrand as its gateway to the northern markets|work as one system.', '', role=FM_S)),
    p('H3', s('Rafaela Valdes-Korhonen', 'MINISTER VALDES-KORHONEN', 'We will decide by the end of the year. Our experts are studying the costs.', '', role=FM_S)),
    p('G3', s('the opposition', 'the opposition', 'your government has given up on the fishing dispute', 'says')),
    p('H4', s('Torsten Ostermark-Adjei', 'FOREIGN MINISTER OSTERMARK-ADJEI', 'No. We raise the fishing issue at every meeting, and we did so again today.', '', role='Foreign Minister')),
)

GOV_L = 'Governor of the Lessar Region'

doc('x14-gov-transcript-initials', 'Office of the President of Quennary', '2028-11-20', '''
Meeting with Governor of the Lessar Region Ludmila Gorvath-Ansah

Rostislav Kerensvald-Ibekwe had a working meeting with Governor of the Lessar Region Ludmila Gorvath-Ansah. The Governor reported on the socio-economic situation in the region and the preparations for the heating season.

R.Kerensvald-Ibekwe: Mrs Gorvath-Ansah, let us begin with the heating season. Last winter several towns were left without heat for days.

L.Gorvath-Ansah: Mr President, this year we have replaced 140 kilometres of heating pipes, twice as much as last year. All boiler houses have a reserve of fuel for 45 days.

R.Kerensvald-Ibekwe: Good. What about the bridge in Vessino?

L.Gorvath-Ansah: The bridge will be opened in December. The contractor has assured us that the last works will be finished by then.

R.Kerensvald-Ibekwe: Please report to me personally when it opens.
''',
    p('H5', s('Rostislav Kerensvald-Ibekwe', 'R.Kerensvald-Ibekwe', 'let us begin with the heating season.|without heat for days.', '', role='President')),
    p('H6', s('Ludmila Gorvath-Ansah', 'L.Gorvath-Ansah', 'this year we have replaced 140 kilometres of heating pipes|for 45 days.', '', role=GOV_L)),
    p('H7', s('Ludmila Gorvath-Ansah', 'L.Gorvath-Ansah', 'The bridge will be opened in December.|will be finished by then.', '', role=GOV_L)),
    s('The contractor', 'The contractor', 'the last works will be finished by then', 'has assured', nested=True, via='Ludmila Gorvath-Ansah'),
    s('Rostislav Kerensvald-Ibekwe', 'R.Kerensvald-Ibekwe', 'Please report to me personally when it opens.', '', role='President'),
)

# ---------------------------------------------------------------- comments, statements and teasers

DEPT_T = 'the Information and Press Department of the Ministry of Foreign Affairs of Tolmiria'

doc('x15-gov-comment-by-department', 'Ministry of Foreign Affairs of the Federal Republic of Tolmiria', '2028-08-19', '''
Comment by the Information and Press Department of the Ministry of Foreign Affairs of Tolmiria on the decision of the Duranzian authorities to close the Tolmirian Cultural Centre in Selvora

We regret the decision of the Duranzian authorities to close the Tolmirian Cultural Centre in Selvora, which for thirty years has taught our language to thousands of Duranzian citizens.

The explanation that the Centre violated the rules on the registration of foreign organisations does not stand up to scrutiny: all documents were submitted on time and in full.

We call on Selvora to reconsider this step, which will not help to restore trust between our countries.

Related materials

Deputy Minister Aleksy Brandvold-Osei: Tolmiria will not leave its compatriots in Duranzia without support
17 August 2028

Visa fees for Duranzian students to be waived from September — Consular Department
12 August 2028
''',
    p('I1', s(DEPT_T, 'the Information and Press Department of the Ministry of Foreign Affairs of Tolmiria', 'We regret the decision of the Duranzian authorities|restore trust between our countries.', '')),
    p('J1', s('Aleksy Brandvold-Osei', 'Deputy Minister Aleksy Brandvold-Osei', 'Tolmiria will not leave its compatriots in Duranzia without support', '', role='Deputy Minister', region='related')),
    p('J2', s('Consular Department', 'Consular Department', 'Visa fees for Duranzian students to be waived from September', '', region='related')),
)

MIN_H = 'Minister of Health of the Kingdom of Marbeck'

doc('x16-gov-press-statement-minister', 'Ministry of Health of the Kingdom of Marbeck', '2028-11-03', '''
Press statement by Minister of Health Celestine Abernathy-Okwuosa on the measles outbreak in the eastern provinces

Since the beginning of October, 214 cases of measles have been registered in the eastern provinces, most of them among children who were not vaccinated.

I have instructed the provincial health departments to open additional vaccination points in schools and to extend the opening hours of clinics until 8 p.m.

I urge all parents to check their children's vaccination records. The vaccine is free and safe.

See also

Minister Abernathy-Okwuosa: Hospitals are ready for the flu season
28 October 2028

Chief Sanitary Doctor Nnamdi Fairweather-Koskinen says no new cases of diphtheria recorded in October
25 October 2028
''',
    p('I2', s('Celestine Abernathy-Okwuosa', 'Minister of Health Celestine Abernathy-Okwuosa', 'Since the beginning of October, 214 cases of measles|The vaccine is free and safe.', '', role=MIN_H)),
    p('J3', s('Celestine Abernathy-Okwuosa', 'Minister Abernathy-Okwuosa', 'Hospitals are ready for the flu season', '', role='Minister', region='related')),
    p('J4', s('Nnamdi Fairweather-Koskinen', 'Chief Sanitary Doctor Nnamdi Fairweather-Koskinen', 'no new cases of diphtheria recorded in October', 'says', role='Chief Sanitary Doctor', region='related')),
)

MIN_EQ = 'Minister of Energy of the Republic of Quennary'
MIN_EO = 'Minister of Energy and Mines of the Republic of Ostravel'
PAIR17 = 'Gustav Mirenholt-Achebe and Soraya Lindqvarn-Delacroix'

doc('x17-gov-joint-statement-titles-after', 'Ministry of Energy of the Republic of Quennary', '2028-09-30', '''
Joint Statement of the Ministers of Energy of Quennary and Ostravel

Gustav Mirenholt-Achebe, Minister of Energy of the Republic of Quennary, and Soraya Lindqvarn-Delacroix, Minister of Energy and Mines of the Republic of Ostravel, met in Kavrel on 29-30 September 2028.

The Ministers reaffirmed their determination to complete the Kavrel-Tarnholm power line by the end of 2030.

They welcomed the agreement of the two grid operators on common rules for cross-border electricity trading.

The Quennarian Minister informed that the first unit of the Lessar hydropower plant would start operating in 2029.

The Ostravelian side noted that half of the electricity of the new plant could be exported to Ostravel under a long-term contract.

Both Ministers underlined that the project should meet the highest environmental standards.
''',
    p('A12', s(PAIR17, 'The Ministers', 'their determination to complete the Kavrel-Tarnholm power line by the end of 2030', 'reaffirmed')),
    p('A13', s(PAIR17, 'They', 'the agreement of the two grid operators on common rules for cross-border electricity trading', 'welcomed')),
    p('B8', s('Gustav Mirenholt-Achebe', 'The Quennarian Minister', 'the first unit of the Lessar hydropower plant would start operating in 2029', 'informed', role=MIN_EQ)),
    p('B9', s('Soraya Lindqvarn-Delacroix', 'The Ostravelian side', 'half of the electricity of the new plant could be exported to Ostravel under a long-term contract', 'noted', role=MIN_EO)),
    p('A14', s(PAIR17, 'Both Ministers', 'the project should meet the highest environmental standards', 'underlined')),
)

SPK_S = 'Speaker of the Parliament of Sarnavia'
SPK_Q = 'Chair of the National Assembly of Quennary'

doc('x18-gov-parliamentary-delegation-guest', 'National Assembly of the Republic of Quennary', '2028-04-25', '''
Chair of the National Assembly Isolde Varga-Mwangi meets a delegation of the Parliament of Sarnavia

On 25 April, Chair of the National Assembly of Quennary Isolde Varga-Mwangi met a delegation of the Parliament of Sarnavia headed by its Speaker, Benedikt Oyarzun-Hallgren.

Opening the meeting, Isolde Varga-Mwangi said that inter-parliamentary ties were an important part of relations between the two countries.

The head of the Sarnavian delegation noted that the parliament of Sarnavia had ratified the agreement on the mutual protection of investments in March.

The Chair of the National Assembly expressed the hope that the Quennarian parliament would ratify the agreement before the summer recess.

The Speaker's deputy, Mirko Tanaskovic-Adeyemi, said that Sarnavian deputies were interested in Quennary's experience of electronic voting.

The sides agreed to set up friendship groups in both parliaments.
''',
    s('Isolde Varga-Mwangi', 'Isolde Varga-Mwangi', 'inter-parliamentary ties were an important part of relations between the two countries', 'said', role=SPK_Q),
    p('B10', s('Benedikt Oyarzun-Hallgren', 'The head of the Sarnavian delegation', 'the parliament of Sarnavia had ratified the agreement on the mutual protection of investments in March', 'noted', role=SPK_S)),
    s('Isolde Varga-Mwangi', 'The Chair of the National Assembly', 'the hope that the Quennarian parliament would ratify the agreement before the summer recess', 'expressed', role=SPK_Q),
    p('C7', s('Mirko Tanaskovic-Adeyemi', "The Speaker's deputy, Mirko Tanaskovic-Adeyemi", "Sarnavian deputies were interested in Quennary's experience of electronic voting", 'said', role="Speaker's deputy")),
    p('A15', s('Isolde Varga-Mwangi and Benedikt Oyarzun-Hallgren', 'The sides', 'to set up friendship groups in both parliaments', 'agreed')),
)


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == '--table':
        table(sys.argv[2])
    else:
        write('invented_x_gold.jsonl', per_document='-v' in sys.argv)
