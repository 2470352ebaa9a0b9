#!/usr/bin/env python3
"""Builds invented set V (session 38, "robust", issue 10): paraphrases of the speaker-resolution rules of rounds 35-37,
and (v24-v35, session 39, tags of two letters) of round 38's.

Each round's rules were written from one unseen set's wording and generalised little to the next set. V words each
phenomenon those rules cover otherwise (another role noun, a possessive, a name before its title, lower case, an
intervening sentence, dashes for commas, another kin word or honorific, a plural, curly and straight quotes, British
and American spelling) in short documents of a few paragraphs, with invented names. Every statement of a document is
annotated (GUIDELINES.md and the README's settled conventions); the statements a paraphrase is about carry a tag
(`PHENOMENA` names them) so that `--table PRED` reports which paraphrases a prediction file resolves.

    python3 ingest-service/tools/invented/build_v.py              # writes src/test/resources/eval/invented_v_gold.jsonl
    python3 ingest-service/tools/invented/build_v.py --table /tmp/ev/PREFIX_v.jsonl

Decided here where the conventions are silent: "The interlocutors" and "The two sides" of a call or meeting of two
named people are those two (as "The sides"); a surname's possessive ("Anders' daughters, Hanne and Liv,") names a pair
as "Her sons, A and B," does, the pair's speaker the first names the text gives; "The couple" after "A and B Surname, a
couple who" is the two; "as she put it" is a statement as "in her words" is; "The Orsland delegation" of a readout is the one who led it, as
"The X side" is; "co-chaired the meeting" makes the two ministers "The co-chairs".
"""
import sys

from invented_common import doc_spans as doc, p, s, table, write

PHENOMENA = {
    'A': 'a diplomat\'s title then a bare role noun ("received the newly appointed Ambassador ..., X" -> "The Ambassador")',
    'B': '"the head of the Ministry" / "the head of the health department" is its minister',
    'C': 'the sides of a meeting or call of two named people ("The sides agreed")',
    'D': 'a description with a body named in apposition ("The pilots\' union, the X Association, said")',
    'E': 'a lede\'s "the country\'s finance minister" named below',
    'F': 'a headline\'s or deck\'s body word ("Regulator cites", "Company says") and the lede\'s "the agency said"',
    'G': '"According to her," / "In his words," (a pronoun as the source)',
    'H': 'a person a description introduces in apposition takes the next pronoun ("hired a new captain, X, who")',
    'I': 'a possessor opening the sentence takes the pronoun its possessed person cannot ("Quist\'s husband ... She said")',
    'K': 'a title the text puts before a name opens a sentence for a pronoun ("The justice set sentencing. She said")',
    'L': 'a pair named in apposition speaks as "A and B" ("Her sons, A and B," -> "The brothers")',
    'M': '"the two companies" of a merger story are the two bodies',
    'N': 'a kind of person before a name opens the sentence ("resident X, 67, held a sign ... She said")',
    'O': 'a person who gives only a first name ("A woman who gave her name only as Greta")',
    'P': 'a person\'s own count or figures ("By his own count", "Her figures show")',
    'Q': 'a capitalised title before a name with an acronym and an honorific, then the bare title',
    'T': 'a group of analysts at a firm and its "They" ("Strategists at X said ... They recommended")',
    'U': 'a person\'s title before a name with an "of" workplace ("Political scientist X of Y University")',
    # round 38's rules (tags of two letters, added in round 39)
    'TG': 'a title before a name is no first name for its gender ("Mayor Odrune X ... she said")',
    'HS': 'an unlisted first name before a hyphenated surname opening the lede; "His attorney" is the lawyer named for him',
    'SA': 'a scene the subject\'s possessive opens between subject and verb ("X, his voice breaking, apologized")',
    'KB': 'kin read back ("X\'s father, Y, ... His daughter remembers" is X)',
    'DG': 'the pronoun opening what a description says gives its gender ("The chief says she")',
    'DO': 'an office a profile\'s headline or deck gives is its subject\'s ("The new chief says")',
    'WB': 'a wire\'s businesses: a deck\'s "Insurer says", "operated by X", "according to its website"',
    'PD': 'a possessor and a noun before a name are a title ("Harwick\'s pivot Tomas Vik, who ..., watched. ... he admitted")',
    'NJ': '"raised the issue of A, noting B" is one statement',
    'XS': '"The X side" of a readout is the one who led that side',
    'QT': 'a name in quotation marks after a common noun is a thing, no one who answers ("the tanker “Grey Petrel”")',
    'QL': 'a question\'s "Question (Outlet):" label is no subject of the premise it reports',
    'JC': 'two ministers titled in apposition who hold a commission\'s meeting are "The co-chairs"',
    'AO': 'an object\'s name in apposition before the infinitive of an instruction ("instructed the minister, A, to")',
    'NM': 'a named pair ("Lund\'s daughters, Ada and Liv," / "The couple")',
    'TB': 'two bodies named as one subject and their plural ("The two lenders")',
    'AI': 'a person introduced in apposition takes the next pronoun ("introduced its new coach, X, who")',
    'SN': 'a person naming themselves in a relative clause ("who would give only his first name, Karim,")',
    'RB': 'a lower-case title set off before a name ("Corsavia\'s ambassador, X,") is its role',
}

# ---------------------------------------------------------------- government texts

doc('v01-gov-credentials', 'Ministry of Foreign Affairs of Orsland', '2027-03-14', '''
Foreign Minister Venhallow receives the new Ambassador of Tamberland

On 14 March, Minister of Foreign Affairs of the Republic of Orsland Oskar Venhallow received Idris Caldermoor-Funke, the newly appointed Ambassador of the Kingdom of Tamberland to Orsland, who presented a copy of his credentials.

Oskar Venhallow congratulated the Ambassador on his appointment and wished him success in his mission.

The diplomat assured the Minister that Tamberland would open a trade office in the port of Veldry before the end of the year.

The Minister noted that Orsland regards Tamberland as a reliable partner in the northern shipping corridor.

The guest said that the first direct ferry link between the two countries could start operating in the spring.
''',
    p('A1', s('Idris Caldermoor-Funke', 'The diplomat', 'Tamberland would open a trade office in the port of Veldry before the end of the year', 'assured')),
    s('Oskar Venhallow', 'The Minister', 'Orsland regards Tamberland as a reliable partner in the northern shipping corridor', 'noted'),
    p('A2', s('Idris Caldermoor-Funke', 'The guest', 'the first direct ferry link between the two countries could start operating in the spring', 'said')),
)

doc('v02-gov-economy-ambassador', 'Ministry of Economy of Orsland', '2027-04-06', '''
Deputy Minister Salvenko meets Corsavia's ambassador

Deputy Minister of Economy of Orsland Ruta Salvenko on Tuesday met Corsavia's ambassador, Henrik Ollendaal-Price, at the ministry.

The meeting focused on the supply of wind turbine parts and on a planned joint investment fund.

Ruta Salvenko informed the guest that the government had approved tax relief for foreign manufacturers setting up plants in the southern provinces.

The ambassador welcomed the decision and said that three Corsavian companies were already studying sites near Hollmark.
''',
    s('Ruta Salvenko', 'Ruta Salvenko', 'the government had approved tax relief for foreign manufacturers setting up plants in the southern provinces', 'informed'),
    s('Henrik Ollendaal-Price', 'The ambassador', 'the decision', 'welcomed'),
    p('A3', s('Henrik Ollendaal-Price', 'The ambassador', 'three Corsavian companies were already studying sites near Hollmark', 'said')),
)

doc('v03-gov-high-commissioner', 'Ministry of Trade and Industry of Orsland', '2027-10-02', '''
Minister of Trade receives High Commissioner of Lanvey

Minister of Trade and Industry Mateus Orrenby-Hale received the newly accredited High Commissioner of the Republic of Lanvey, Grace Ottomeyer-Banda, on 2 October.

The High Commissioner noted that trade between Lanvey and Orsland had doubled in three years and proposed a joint business forum in Port Amberly.

Mateus Orrenby-Hale supported the proposal.

The two sides agreed to set up a working group on customs procedures.
''',
    p('A4', s('Grace Ottomeyer-Banda', 'The High Commissioner', 'trade between Lanvey and Orsland had doubled in three years', 'noted')),
    s('Grace Ottomeyer-Banda', 'The High Commissioner', 'a joint business forum in Port Amberly', 'proposed'),
    s('Mateus Orrenby-Hale', 'Mateus Orrenby-Hale', 'the proposal', 'supported'),
    p('C1', s('Mateus Orrenby-Hale and Grace Ottomeyer-Banda', 'The two sides', 'to set up a working group on customs procedures', 'agreed')),
)

doc('v04-gov-veltria-talks', 'Ministry of Foreign Affairs of Orsland', '2027-05-20', '''
State Secretary Lindquorn-Amari holds talks with Veltrian ambassador

State Secretary of the Ministry of Foreign Affairs Hedda Lindquorn-Amari held talks on Thursday with the Ambassador Extraordinary and Plenipotentiary of Veltria to Orsland, Marek Dunsford-Ilic.

Hedda Lindquorn-Amari stressed that Orsland expects the border crossing at Kesswick to reopen before the harvest season.

For his part, the ambassador said that Veltria had already doubled the number of customs officers at the crossing.
''',
    s('Hedda Lindquorn-Amari', 'Hedda Lindquorn-Amari', 'Orsland expects the border crossing at Kesswick to reopen before the harvest season', 'stressed'),
    p('A5', s('Marek Dunsford-Ilic', 'the ambassador', 'Veltria had already doubled the number of customs officers at the crossing', 'said')),
)

doc('v05-gov-grain-cooperatives', 'Ministry of Agriculture of Orsland', '2027-02-12', '''
Agriculture Minister meets grain cooperatives

Minister of Agriculture Teodor Brannick-Suarez met representatives of fourteen grain cooperatives in Hollmark on Friday.

The head of the ministry stressed that export quotas would not be reintroduced this year.

The chairman of the Northern Grain Union, Lasse Rindholm, asked the ministry to speed up compensation payments for last year's drought.
''',
    p('B1', s('Teodor Brannick-Suarez', 'The head of the ministry', 'export quotas would not be reintroduced this year', 'stressed')),
    s('Lasse Rindholm', 'The chairman of the Northern Grain Union, Lasse Rindholm', "the ministry to speed up compensation payments for last year's drought", 'asked'),
)

doc('v06-gov-finance-call', 'Ministry of Finance of Orsland', '2027-05-09', '''
Telephone conversation between the finance ministers of Orsland and Corsavia

On 9 May, Minister of Finance of Orsland Anneliese Korvath-Lund had a telephone conversation with Minister of Finance of Corsavia Pieter Hallvorsk.

The two ministers agreed to sign the protocol amending the double taxation treaty at the autumn meetings in Kelmstad.

Both sides underlined the importance of closer cooperation between their tax authorities.
''',
    p('C2', s('Anneliese Korvath-Lund and Pieter Hallvorsk', 'The two ministers', 'to sign the protocol amending the double taxation treaty at the autumn meetings in Kelmstad', 'agreed')),
    p('C3', s('Anneliese Korvath-Lund and Pieter Hallvorsk', 'Both sides', 'the importance of closer cooperation between their tax authorities', 'underlined')),
)

doc('v07-gov-health-visit', 'Ministry of Health of Orsland', '2027-09-13', '''
Health Minister visits Veldry regional hospital

Minister of Health Sabine Ollenfeld-Mare on Monday visited the Veldry regional hospital together with the Executive Secretary of the Northern Hospitals Network (NHN), Dr. Aurelio Fenstrom-Kai.

The head of the health ministry noted that the hospital's new cardiology wing would open in September.

The Executive Secretary confirmed that the network would send eight specialist nurses to Veldry for the first year.
''',
    p('B2', s('Sabine Ollenfeld-Mare', 'The head of the health ministry', "the hospital's new cardiology wing would open in September", 'noted')),
    p('Q1', s('Aurelio Fenstrom-Kai', 'The Executive Secretary', 'the network would send eight specialist nurses to Veldry for the first year', 'confirmed')),
)

doc('v08-gov-presidents-call', 'Office of the President of Orsland', '2027-11-17', '''
Presidents of Orsland and Lanvey hold telephone conversation

President of the Republic of Orsland Vilma Haukeland-Tarr had a telephone conversation on Wednesday with President of the Republic of Lanvey Roderick Amadi-Stroud.

The interlocutors agreed to hold the next session of the bilateral commission in Port Amberly in November.

The parties also agreed that their foreign ministers would prepare a road map for visa-free travel.

Vilma Haukeland-Tarr invited Roderick Amadi-Stroud to visit Orsland next year.
''',
    p('C4', s('Vilma Haukeland-Tarr and Roderick Amadi-Stroud', 'The interlocutors', 'to hold the next session of the bilateral commission in Port Amberly in November', 'agreed')),
    p('C5', s('Vilma Haukeland-Tarr and Roderick Amadi-Stroud', 'The parties', 'their foreign ministers would prepare a road map for visa-free travel', 'agreed')),
)

doc('v09-gov-port-safety', 'Ministry of Transport of Orsland', '2027-01-28', '''
Port safety review presented in Veldry

Minister of Transport Emil Sandqvist-Ora and the Director-General of the Orsland Maritime Agency (OMA), Captain Beatrix Hollow-Mensah, presented the annual port safety review in Veldry on Thursday.

The head of the transport department said that no port had recorded a fatal accident in 2026 for the first time in a decade.

The Director-General pointed out that inspections of foreign-flagged vessels had risen by a quarter.

According to the director-general, the agency will hire forty more inspectors next year.
''',
    p('B3', s('Emil Sandqvist-Ora', 'The head of the transport department', 'no port had recorded a fatal accident in 2026 for the first time in a decade', 'said')),
    p('Q2', s('Beatrix Hollow-Mensah', 'The Director-General', 'inspections of foreign-flagged vessels had risen by a quarter', 'pointed out')),
    p('Q3', s('Beatrix Hollow-Mensah', 'the director-general', 'the agency will hire forty more inspectors next year', 'According to')),
)

# ---------------------------------------------------------------- wire stories

doc('v10-wire-krone', 'Halyard', '2027-02-11', '''
Corsavian krone slides to four-month low

KELMSTAD, Feb 11 (Halyard) - Corsavia's krone fell to a four-month low against the euro on Wednesday after the country's central bank chief said interest rates were likely to stay on hold until the summer.

Central bank Governor Ulrika Brandvelle-Sisay told a parliamentary committee that inflation was "moving in the right direction" but that wage growth remained too strong for a cut.

The krone weakened 0.6% to 11.42 per euro by 1400 GMT.

Economists at Tarrowby Securities said the governor's comments pushed back the first cut to June at the earliest. They advised clients to buy the krone on any further weakness.
''',
    p('E1', s('Ulrika Brandvelle-Sisay', "the country's central bank chief", 'interest rates were likely to stay on hold until the summer', 'said')),
    s('Ulrika Brandvelle-Sisay', 'Central bank Governor Ulrika Brandvelle-Sisay', 'inflation was "moving in the right direction" but that wage growth remained too strong for a cut', 'told', 'mixed'),
    s('Economists at Tarrowby Securities', 'Economists at Tarrowby Securities', "the governor's comments pushed back the first cut to June at the earliest", 'said'),
    p('T1', s('Economists at Tarrowby Securities', 'They', 'clients to buy the krone on any further weakness', 'advised')),
)

doc('v11-wire-card-fees', 'Halyard', '2027-03-03', '''
UPDATE 1-Veltria to cap card fees after watchdog probe

* Watchdog says banks overcharged small shops

ORVIK, March 3 (Halyard) - Veltria will cap the fees banks charge shops for card payments from July, the competition watchdog said on Tuesday, after a year-long investigation into the four largest lenders.

The Veltrian Competition Authority said the banks had charged small retailers up to three times what large chains paid.

Veltria's finance minister said on Tuesday the government backed the cap.

"Shops have paid too much for too long," Finance Minister Jonas Aberlin-Ferro told reporters.
''',
    p('F1', s('Veltrian Competition Authority', 'Watchdog', 'banks overcharged small shops', 'says')),
    p('F2', s('Veltrian Competition Authority', 'the competition watchdog', 'Veltria will cap the fees banks charge shops for card payments from July', 'said')),
    s('Veltrian Competition Authority', 'The Veltrian Competition Authority', 'the banks had charged small retailers up to three times what large chains paid', 'said'),
    p('E2', s('Jonas Aberlin-Ferro', "Veltria's finance minister", 'the government backed the cap', 'said')),
    s('Jonas Aberlin-Ferro', 'Finance Minister Jonas Aberlin-Ferro', '"Shops have paid too much for too long,"', 'told', 'direct'),
)

doc('v12-wire-skyvale', 'Halyard', '2027-06-18', '''
Skyvale Air to ground six jets for engine checks, carrier says

* Insurer says claims from delays could top 40 mln crowns
* Pilots' union urges faster repairs

HOLLMARK, June 18 (Halyard) - Skyvale Air will ground six of its 31 jets for up to three weeks for engine inspections, the carrier said on Thursday, forcing it to cancel about 90 flights.

The airline's insurer, Marvelle Mutual, said claims from passengers and tour operators could exceed 40 million crowns.

The Skyvale Pilots Guild, which represents about 600 pilots, urged the company to hire more engineers.
''',
    p('F3', s('Skyvale Air', 'carrier', 'Skyvale Air to ground six jets for engine checks', 'says')),
    p('F4', s('Marvelle Mutual', 'Insurer', 'claims from delays could top 40 mln crowns', 'says')),
    p('F5', s('Skyvale Pilots Guild', "Pilots' union", 'faster repairs', 'urges')),
    p('F6', s('Skyvale Air', 'the carrier', 'Skyvale Air will ground six of its 31 jets for up to three weeks for engine inspections', 'said')),
    s('Marvelle Mutual', "The airline's insurer, Marvelle Mutual", 'claims from passengers and tour operators could exceed 40 million crowns', 'said'),
    s('Skyvale Pilots Guild', 'The Skyvale Pilots Guild, which represents about 600 pilots', 'the company to hire more engineers', 'urged'),
)

doc('v13-wire-nurses', 'Halyard', '2027-09-07', '''
Nurses to strike at Harwenne hospitals from Monday

HARLOW, Sept 7 (Halyard) - Nurses at five public hospitals in Harwenne will walk out for 48 hours from Monday after pay talks broke down, their union said.

The nurses' union — the Harwenne Nurses Federation — said the hospitals' offer of 3% fell far short of inflation.

The hospitals' employer, the Harwenne Health Trust, which runs all five sites, said its offer was "the most it can afford this year."

The regulator, the Office for Care Standards, said it would monitor staffing levels during the strike.
''',
    s('Harwenne Nurses Federation', 'their union', 'Nurses at five public hospitals in Harwenne will walk out for 48 hours from Monday after pay talks broke down', 'said'),
    p('D1', s('Harwenne Nurses Federation', "The nurses' union — the Harwenne Nurses Federation", "the hospitals' offer of 3% fell far short of inflation", 'said')),
    p('D2', s('Harwenne Health Trust', "The hospitals' employer, the Harwenne Health Trust, which runs all five sites", 'its offer was "the most it can afford this year."', 'said', 'mixed')),
    p('D3', s('Office for Care Standards', 'The regulator, the Office for Care Standards', 'it would monitor staffing levels during the strike', 'said')),
)

doc('v14-wire-bank-merger', 'Halyard', '2027-11-04', '''
Stavemark Bank to buy Orvik Savings for 2.1 bln crowns

KELMSTAD, Nov 4 (Halyard) - Stavemark Bank will buy smaller rival Orvik Savings for 2.1 billion crowns in cash, both firms said in a joint statement on Tuesday, creating the third-largest lender in Corsavia.

The two lenders said the deal would bring annual cost savings of about 300 million crowns by 2029 and that no branches would close in the first year.

Orvik Savings shares jumped 18% in Kelmstad trading.
''',
    p('M1', s('Stavemark Bank and Orvik Savings', 'both firms', 'Stavemark Bank will buy smaller rival Orvik Savings for 2.1 billion crowns in cash', 'said')),
    p('M2', s('Stavemark Bank and Orvik Savings', 'The two lenders', 'the deal would bring annual cost savings of about 300 million crowns by 2029 and that no branches would close in the first year', 'said')),
)

doc('v15-wire-grain-corridor', 'VELNEWS', '2027-03-20', '''
Grain corridor through Veldry to reopen in April — deputy minister

ORVIK, March 20. /VELNEWS/. The grain corridor through the port of Veldry will reopen in April, Deputy Minister of Agriculture of Veltria Aurel Petrescu-Hagen told reporters on Friday.

"The repairs to the grain terminal are almost finished," the deputy minister said.

According to him, the first ships are expected to load on 6 April.

In his words, the corridor will carry up to two million tonnes a month by the summer.

The head of the port authority, Ilse Varga-Moreau, was more cautious. As she put it, "the dredging of the channel is still a month behind."
''',
    s('Aurel Petrescu-Hagen', 'deputy minister', 'Grain corridor through Veldry to reopen in April', ''),
    s('Aurel Petrescu-Hagen', 'Deputy Minister of Agriculture of Veltria Aurel Petrescu-Hagen', 'The grain corridor through the port of Veldry will reopen in April', 'told'),
    s('Aurel Petrescu-Hagen', 'the deputy minister', '"The repairs to the grain terminal are almost finished,"', 'said', 'direct'),
    p('G1', s('Aurel Petrescu-Hagen', 'him', 'the first ships are expected to load on 6 April', 'According to')),
    p('G2', s('Aurel Petrescu-Hagen', 'his', 'the corridor will carry up to two million tonnes a month by the summer', 'In his words')),
    p('G3', s('Ilse Varga-Moreau', 'she', '"the dredging of the channel is still a month behind."', 'put', 'direct')),
)

# ---------------------------------------------------------------- newspaper articles

doc('v16-paper-rovers-coach', 'The Harwenne Courier', '2027-10-12', '''
Rovers bring back a club legend as coach

Harbour Rovers president Arvid Lindemark admitted on Monday that the season had been "a disaster."

"Nine straight losses is not who we are," Lindemark said. "The fans deserve better."

The club then introduced its new coach, Desmond Kolawole-Firth, who played 200 games for the Rovers in the 1990s. He said his first job was to fix a defence that has conceded 31 goals.

At the training ground, retiree Tomas Egberts-Hale, 71, watched the first session from behind a fence. He has held a season ticket since 1968.

"I remember Desmond as a skinny kid from Eastwick," he said. "Now look at him."
''',
    s('Arvid Lindemark', 'Harbour Rovers president Arvid Lindemark', 'the season had been "a disaster."', 'admitted', 'mixed'),
    s('Arvid Lindemark', 'Lindemark', '"Nine straight losses is not who we are,"', 'said', 'direct'),
    s('Arvid Lindemark', '', '"The fans deserve better."', '', 'direct'),
    p('H1', s('Desmond Kolawole-Firth', 'He', 'his first job was to fix a defence that has conceded 31 goals', 'said')),
    p('N1', s('Tomas Egberts-Hale', 'he', '"I remember Desmond as a skinny kid from Eastwick,"', 'said', 'direct')),
    s('Tomas Egberts-Hale', '', '"Now look at him."', '', 'direct'),
)

doc('v17-paper-floodwall', 'The Marsh End Gazette', '2027-04-21', '''
Marsh End floodwall approved after four-hour debate

MARSH END — The town council voted 6-1 on Tuesday to build a 1.2-kilometre floodwall along the Amber River, five years after the town's worst flood in a century.

Owen Penhallock, 64, a retired ferry engineer, had come to every meeting on the wall since 2023.

Councillor Henrik Vasquez-Lorne, who chairs the works committee, said the wall would protect about 400 homes. "We cannot keep sandbagging and hoping," he said.

Penhallock's wife died in the 2019 flood, when the river topped the old levee in a single night. He said the council had taken five years too long.

A shopkeeper who asked to be identified only as Lucia stood by the door with her two sons. She said her shop had flooded three times since 2015.
''',
    s('Henrik Vasquez-Lorne', 'Councillor Henrik Vasquez-Lorne, who chairs the works committee', 'the wall would protect about 400 homes', 'said'),
    s('Henrik Vasquez-Lorne', 'he', '"We cannot keep sandbagging and hoping,"', 'said', 'direct'),
    p('I1', s('Owen Penhallock', 'He', 'the council had taken five years too long', 'said')),
    p('O1', s('Lucia', 'She', 'her shop had flooded three times since 2015', 'said')),
)

doc('v18-paper-bakery-inquest', 'The Eastwick Echo', '2027-02-24', '''
Inquest into bakery fire adjourned

Coroner Matthias Greenmantle-Obi on Wednesday adjourned the inquest into the death of baker Rolf Anders, 58, who died in a fire at his shop on Dock Street in January.

Fire investigator Pavel Sorvanen-Kuti told the hearing that the fire had started in an electrical panel installed in 1987.

The coroner set a new date in May. He said he wanted a report from the electricity company before hearing more witnesses.

Anders' daughters, Hanne and Liv, attended every hearing. The sisters said after the session that their father had seen sparks from the panel twice.
''',
    s('Pavel Sorvanen-Kuti', 'Fire investigator Pavel Sorvanen-Kuti', 'the fire had started in an electrical panel installed in 1987', 'told'),
    p('K1', s('Matthias Greenmantle-Obi', 'He', 'he wanted a report from the electricity company before hearing more witnesses', 'said')),
    p('L1', s('Hanne and Liv', 'The sisters', 'their father had seen sparks from the panel twice', 'said')),
)

doc('v19-paper-bridge-toll', 'The Kesswick Standard', '2027-05-02', '''
Is the Eastwick bridge toll paying off?

Two years after the city put a toll on the Eastwick bridge, the people who watch the traffic do not agree on what it has done.

Traffic engineer Sofia Marchevska-Oyelaran has counted cars at the bridge every spring since 2019. By her count, weekday crossings have fallen by a fifth.

Economist Orrin Abersoch-Cole of the Kesswick Institute for Urban Policy says the drop is smaller than it looks. According to his calculations, most drivers moved to the old ferry road rather than off the road altogether.

City treasurer Wenonah Ilves-Park reports the toll has raised 4.6 million in two years. Her own figures suggest the bridge will be paid off by 2031.
''',
    p('P1', s('Sofia Marchevska-Oyelaran', 'her', 'weekday crossings have fallen by a fifth', 'By her count')),
    p('U1', s('Orrin Abersoch-Cole', 'Economist Orrin Abersoch-Cole of the Kesswick Institute for Urban Policy', 'the drop is smaller than it looks', 'says')),
    p('P2', s('Orrin Abersoch-Cole', 'his', 'most drivers moved to the old ferry road rather than off the road altogether', 'According to his calculations')),
    s('Wenonah Ilves-Park', 'City treasurer Wenonah Ilves-Park', 'the toll has raised 4.6 million in two years', 'reports'),
    p('P3', s('Wenonah Ilves-Park', 'Her own figures', 'the bridge will be paid off by 2031', 'suggest')),
)

doc('v20-paper-lighthouse', 'The Skellan Point Herald', '2027-08-15', '''
Lighthouse keepers' cottages to become museum

The county will turn the three keepers' cottages at Skellan Point into a maritime museum, after a campaign that lasted more than a decade.

Historian Ysolde Trevanion-Mbeki at Harwenne University has studied the cottages since 2009. She said the buildings were "the last complete keepers' station on this coast."

Architect Corwin Bastiaans-Ellery, of the Skellan Point Trust, led the survey of the buildings. He said the roofs would need to be replaced before the museum opens in 2029.
''',
    p('U2', s('Ysolde Trevanion-Mbeki', 'She', 'the buildings were "the last complete keepers\' station on this coast."', 'said', 'mixed')),
    p('U3', s('Corwin Bastiaans-Ellery', 'He', 'the roofs would need to be replaced before the museum opens in 2029', 'said')),
)

doc('v21-paper-airline-merger', 'The Harwenne Courier', '2027-12-03', '''
Two island airlines to merge

Skellan Air and Bluewater Connect, the two small carriers that fly to the islands off the Harwenne coast, will merge into one airline next spring.

The two carriers said on Friday that no routes would be dropped and that fares would be frozen for a year.

Skellan Air’s chief executive, Magnhild Osei-Varga, will lead the combined company. She said the merger was “the only way both of us survive another winter.”

The companies said the new airline would keep the Skellan Air name.
''',
    p('M3', s('Skellan Air and Bluewater Connect', 'The two carriers', 'no routes would be dropped and that fares would be frozen for a year', 'said')),
    s('Magnhild Osei-Varga', 'She', 'the merger was “the only way both of us survive another winter.”', 'said', 'mixed'),
    p('M4', s('Skellan Air and Bluewater Connect', 'The companies', 'the new airline would keep the Skellan Air name', 'said')),
)

doc('v22-paper-night-market', 'The Quayside Post', '2027-07-11', '''
Night market returns to Quayside

After a three-year pause, the Quayside night market reopened on Saturday with 60 stalls and a crowd of several thousand.

Market manager Felix Ostravel-Quaye said the city had cut the stall fee by half to bring vendors back. "Most of the old faces came back," he said.

A fruit seller who would give only his first name, Karim, had driven in from Hollmark at 4 a.m. He said he had sold out of mangoes by nine.

Karim's niece, Amira, runs the stall next to his. She said the new lighting made the market feel safer.
''',
    s('Felix Ostravel-Quaye', 'Market manager Felix Ostravel-Quaye', 'the city had cut the stall fee by half to bring vendors back', 'said'),
    s('Felix Ostravel-Quaye', 'he', '"Most of the old faces came back,"', 'said', 'direct'),
    p('O2', s('Karim', 'He', 'he had sold out of mangoes by nine', 'said')),
    p('H2', s('Amira', 'She', 'the new lighting made the market feel safer', 'said')),
)

doc('v23-paper-bakery-reopens', 'The Eastwick Echo', '2028-01-14', '''
Dock Street bakery reopens a year after fire

Jonas and Petra Wikstrom-Adu, a couple who moved to Eastwick from Orvik in 2024, reopened the Dock Street bakery on Sunday, a year after a fire killed its owner.

The couple said they had kept the shop's old brick oven, which survived the blaze.

Inspector Caius Brandt-Olawale led the police investigation into the fire. Neighbour Aksel Nyvollen, who runs the hardware shop across the street, queued from 6 a.m. "This street has its bread back," Nyvollen said.

The inspector was among the first customers. He said the case was closed and no one would be charged.
''',
    p('L2', s('Jonas Wikstrom-Adu and Petra Wikstrom-Adu', 'The couple', "they had kept the shop's old brick oven, which survived the blaze", 'said')),
    s('Aksel Nyvollen', 'Nyvollen', '"This street has its bread back,"', 'said', 'direct'),
    p('K2', s('Caius Brandt-Olawale', 'He', 'the case was closed and no one would be charged', 'said')),
)


# ---------------------------------------------------------------- round 38's rules, worded otherwise (session 39)

doc('v24-paper-nursing-dean', 'The Harwenne Courier', '2028-02-08', '''
Nursing dean quits over budget cut

By Oriel Tansley

Dean Maelis Brackwater-Hume told the faculty on Monday that she would leave Harwenne University in June, after the board cut the nursing school's budget by a tenth.

Provost Anselm Rivard-Okafor said the cut had been "painful but unavoidable."

"I was not consulted once," she said.

Councillor Ilka Varn-Stoddard, who sits on the university board, voted against the cut. Councillor Brom Haskett, who chairs it, voted for it.

The councillor said she would ask the board to restore the money next year.
''',
    s('Maelis Brackwater-Hume', 'Dean Maelis Brackwater-Hume', "she would leave Harwenne University in June, after the board cut the nursing school's budget by a tenth", 'told', role='Dean'),
    s('Anselm Rivard-Okafor', 'Provost Anselm Rivard-Okafor', 'the cut had been "painful but unavoidable."', 'said', 'mixed', role='Provost'),
    p('TG1', s('Maelis Brackwater-Hume', 'she', '"I was not consulted once,"', 'said', 'direct')),
    p('DG1', s('Ilka Varn-Stoddard', 'The councillor', 'she would ask the board to restore the money next year', 'said')),
)

doc('v25-paper-ferry-captain', 'The Eastwick Echo', '2028-03-17', '''
Ferry captain sentenced for fatal crossing

By Oriel Tansley

Brennick Aldersway-Toom, 46, was sentenced on Thursday to two years in prison for the 2026 crash of the Eastwick ferry, in which three passengers died.

Prosecutor Havel Smerdon-Kai told the court that the captain had drunk four beers before the crossing.

Aldersway-Toom's lawyer, Quintessa Rawle-Boateng, said her client had not touched a drink since the crash.

The ferry's mate, Dorran Pellquist, was fined for failing to keep a lookout. Pellquist's lawyer, Orrik Svanholm, said his client had been below deck.

Aldersway-Toom, his hands clasped in front of him, apologised to the families in the gallery. "I will carry this for the rest of my life," he said.

Judge Halvard Crennock-Ames ordered Aldersway-Toom to surrender his master's licence. His lawyer said he would not appeal.
''',
    s('Havel Smerdon-Kai', 'Prosecutor Havel Smerdon-Kai', 'the captain had drunk four beers before the crossing', 'told', role='Prosecutor'),
    s('Quintessa Rawle-Boateng', "Aldersway-Toom's lawyer, Quintessa Rawle-Boateng", 'her client had not touched a drink since the crash', 'said'),
    s('Orrik Svanholm', "Pellquist's lawyer, Orrik Svanholm", 'his client had been below deck', 'said'),
    p('SA1', s('Brennick Aldersway-Toom', 'he', '"I will carry this for the rest of my life,"', 'said', 'direct')),
    p('HS1', s('Quintessa Rawle-Boateng', 'His lawyer', 'he would not appeal', 'said')),
)

doc('v26-paper-bakery-family', 'The Skellan Point Herald', '2028-04-02', '''
Kettley's bakery marks 75 years

By Oriel Tansley

Rune Kettley-Amos, 52, still lights the oven at 3 a.m., as his grandmother did.

Kettley-Amos' grandmother, Wilhelmina Kettley, opened the bakery on Quay Lane in 1953. She died in 2009. Her grandson says she never once took a holiday.

Sunniva Marchetti-Lowe, 61, has run the flower stall next door since 1990. Marchetti-Lowe's husband, Tobiah Marchetti, built the stall from an old boat. He died in 2021. His widow says she still repaints it every spring.

Kettley-Amos, flour on his sleeves, waved to a regular. "People come for the bread and stay for the gossip," he said.
''',
    p('KB1', s('Rune Kettley-Amos', 'Her grandson', 'she never once took a holiday', 'says')),
    p('KB2', s('Sunniva Marchetti-Lowe', 'His widow', 'she still repaints it every spring', 'says')),
    p('SA2', s('Rune Kettley-Amos', 'he', '"People come for the bread and stay for the gossip,"', 'said', 'direct')),
)

doc('v27-paper-commissioner-profile', 'The Kesswick Standard', '2028-05-21', '''
Kesswick's new police commissioner grew up three streets from the station she now runs

By Oriel Tansley

Ottoline Brask-Mwangi was twelve when her brother was arrested outside the Kesswick market. She still keeps the charge sheet.

On Monday, Brask-Mwangi, 44, was sworn in as the city's first woman police commissioner. She replaces Commissioner Kasimir Dahlgren-Pike, who retired in March after nine years.

Dahlgren-Pike said he had recommended her for the post. Deputy Commissioner Ferris Oyelowo, who also applied, said he would stay on.

The new commissioner says she will reopen the station on Market Row by the autumn.

Warden Idrenne Caskell-Moor, who runs the Kesswick prison across the road, was less sure. "I have seen new brooms before," she said.
''',
    s('Kasimir Dahlgren-Pike', 'Dahlgren-Pike', 'he had recommended her for the post', 'said'),
    s('Ferris Oyelowo', 'Deputy Commissioner Ferris Oyelowo, who also applied', 'he would stay on', 'said'),
    p('DO1', s('Ottoline Brask-Mwangi', 'The new commissioner', 'she will reopen the station on Market Row by the autumn', 'says')),
    p('TG2', s('Idrenne Caskell-Moor', 'she', '"I have seen new brooms before,"', 'said', 'direct')),
)

doc('v28-paper-librarian-profile', 'The Quayside Post', '2028-06-30', '''
After 40 years, Quayside's town librarian is closing the book

By Oriel Tansley

Aurelie Vantongeren-Sy has stamped her last card. She started at the Quayside library in 1988, when it had no telephone.

Her deputy, Maren Holloway-Iqbal, will take over on Monday.

"She taught me to read the room before I read the shelves," Holloway-Iqbal said.

The retiring librarian says she plans to spend the autumn on her allotment.

Fire Marshal Yselde Korrigan-Bay inspected the building last spring with Inspector Halvard Rusk. "The wiring is older than I am," she said.
''',
    s('Maren Holloway-Iqbal', 'Holloway-Iqbal', '"She taught me to read the room before I read the shelves,"', 'said', 'direct'),
    p('DO2', s('Aurelie Vantongeren-Sy', 'The retiring librarian', 'she plans to spend the autumn on her allotment', 'says')),
    p('TG3', s('Yselde Korrigan-Bay', 'she', '"The wiring is older than I am,"', 'said', 'direct')),
)

doc('v29-wire-tunnel', 'Halyard', '2028-08-09', '''
UPDATE 2-Tarrow rail tunnel project slips a year, bank says

* Contractor says flooding cost three months
* Line operator to lease 12 trains

KELMSTAD, Aug 9 (Halyard) - The Tarrow rail tunnel under the Amber estuary will open a year late, in 2031, its main lender, the Northern Infrastructure Bank, said on Monday.

The tunnel's contractor, Hasselby Civil Works, said water had flooded the eastern shaft twice in the spring. Its shares fell 5% in Kelmstad trading.

The line will be run by Eastmark Rail. The company said it would lease twelve new trains for the route.

Hasselby had expected to finish the boring this year, its website says.

A Hasselby engineer said pumps on the site had failed for two days in April. He requested that his name be withheld because he was not authorised to speak to the press.

Two drivers who spoke on condition that their names not be published said the access road had been closed for a week.
''',
    p('WB1', s('Northern Infrastructure Bank', 'bank', 'Tarrow rail tunnel project slips a year', 'says')),
    p('WB2', s('Hasselby Civil Works', 'Contractor', 'flooding cost three months', 'says')),
    s('Northern Infrastructure Bank', 'its main lender, the Northern Infrastructure Bank', 'The Tarrow rail tunnel under the Amber estuary will open a year late, in 2031', 'said'),
    s('Hasselby Civil Works', "The tunnel's contractor, Hasselby Civil Works", 'water had flooded the eastern shaft twice in the spring', 'said'),
    p('WB3', s('Eastmark Rail', 'The company', 'it would lease twelve new trains for the route', 'said')),
    p('WB4', s('Hasselby Civil Works', 'its website', 'Hasselby had expected to finish the boring this year', 'says')),
    s('A Hasselby engineer', 'A Hasselby engineer', 'pumps on the site had failed for two days in April', 'said'),
    s('Two drivers', 'Two drivers', 'the access road had been closed for a week', 'said'),
)

doc('v30-wire-cup-final', 'Halyard', '2028-05-14', '''
Harwenne beat Kelmstad to win the Coastal Cup

VELDRY, May 14 (Halyard) - Harwenne won the Coastal Cup on Sunday, beating Kelmstad 3-2 after extra time.

Kelmstad coach Greta Lindqvist-Baba said her players had run out of legs. "We gave everything," she said.

Harwenne's veteran striker Aino Rask-Delacroix, who scored twice in the final, sat alone on the bench after the whistle. "I did not think I would play another final," she admitted.

Harwenne coach Pieter Alsaker said the club would give the bonus to its youth academy.

The visitors' goalkeeper Mats Oyen-Varga, who saved a penalty in the first half, walked over to the travelling fans. "Next year we come back," he promised.
''',
    s('Greta Lindqvist-Baba', 'Kelmstad coach Greta Lindqvist-Baba', 'her players had run out of legs', 'said'),
    s('Greta Lindqvist-Baba', 'she', '"We gave everything,"', 'said', 'direct'),
    p('PD1', s('Aino Rask-Delacroix', 'she', '"I did not think I would play another final,"', 'admitted', 'direct')),
    s('Pieter Alsaker', 'Harwenne coach Pieter Alsaker', 'the club would give the bonus to its youth academy', 'said'),
    p('PD2', s('Mats Oyen-Varga', 'he', '"Next year we come back,"', 'promised', 'direct')),
)

doc('v31-gov-fm-talks', 'Ministry of Foreign Affairs of Orsland', '2028-06-03', '''
On the talks between the Foreign Ministers of Orsland and Tamberland

On 3 June, Minister of Foreign Affairs of Orsland Oskar Venhallow held talks in Veldry with Minister of Foreign Affairs of Tamberland Leontine Abara-Kjell.

Oskar Venhallow raised the question of the Kesswick fishing grounds, noting that Orsland's trawlers had been turned away twice in May.

Leontine Abara-Kjell raised concerns about the delays at the Veldry container terminal, noting that Tamberland's exporters had lost two months.

The Tamberland side proposed to hold the next round of talks in Port Tessaly in the autumn.

The Orsland delegation reaffirmed its support for the joint fisheries study.
''',
    p('NJ1', s('Oskar Venhallow', 'Oskar Venhallow', "the question of the Kesswick fishing grounds, noting that Orsland's trawlers had been turned away twice in May", 'raised')),
    p('NJ2', s('Leontine Abara-Kjell', 'Leontine Abara-Kjell', "the delays at the Veldry container terminal, noting that Tamberland's exporters had lost two months", 'raised concerns about')),
    p('XS1', s('Leontine Abara-Kjell', 'The Tamberland side', 'to hold the next round of talks in Port Tessaly in the autumn', 'proposed')),
    p('XS2', s('Oskar Venhallow', 'The Orsland delegation', 'its support for the joint fisheries study', 'reaffirmed')),
)

doc('v32-gov-ship-answers', 'Ministry of Foreign Affairs of Orsland', '2028-07-21', '''
Spokeswoman Ingrid Salo-Varnay's answers to media questions about the cargo ship “Amber Wren”

Question: Is it true that the crew of the “Amber Wren” has been detained in Port Tessaly?

Answer: Yes. The eleven sailors were detained on Friday. Our consul has visited them, and they are in good health.

Question (Veldry Radio): Deputy Minister Tomas Lindgaard-Obi was quoted by the Orsland Herald as saying that the ship would be released within days. Can you confirm this?

Answer: We are working on it. I would not give any dates.
''',
    p('QT1', s('Ingrid Salo-Varnay', '', 'Yes. The eleven sailors were detained on Friday.|they are in good health.', '')),
    p('QL1', s('Tomas Lindgaard-Obi', 'Deputy Minister Tomas Lindgaard-Obi', 'the ship would be released within days', 'as saying')),
    p('QT2', s('Ingrid Salo-Varnay', '', 'We are working on it. I would not give any dates.', '')),
)

doc('v33-gov-ports-commission', 'Ministry of Transport of Orsland', '2028-06-12', '''
Fifth meeting of the Orsland-Lanvey Commission on Ports

The Minister of Transport of Orsland, Emil Sandqvist-Ora, and the Minister of Maritime Affairs of Lanvey, Ruben Achterberg-Nwosu, co-chaired the fifth meeting of the Intergovernmental Commission on Ports in Veldry on 12 June.

The co-chairs agreed to open a ferry line between Veldry and Port Amberly in 2029.

The two ministers stressed that cargo traffic between the two countries had grown by a third in 2027.

Emil Sandqvist-Ora urged the head of the Veldry port authority, Kristin Aamodt-Lee, to publish the dredging plan by September.
''',
    p('JC1', s('Emil Sandqvist-Ora and Ruben Achterberg-Nwosu', 'The co-chairs', 'to open a ferry line between Veldry and Port Amberly in 2029', 'agreed')),
    p('JC2', s('Emil Sandqvist-Ora and Ruben Achterberg-Nwosu', 'The two ministers', 'cargo traffic between the two countries had grown by a third in 2027', 'stressed')),
    p('AO1', s('Emil Sandqvist-Ora', 'Emil Sandqvist-Ora', 'the head of the Veldry port authority, Kristin Aamodt-Lee, to publish the dredging plan by September', 'urged')),
)

doc('v34-paper-harbour-festival', 'The Quayside Post', '2028-08-20', '''
Harbour festival draws record crowd

By Oriel Tansley

The Quayside harbour festival drew about 12,000 visitors on Saturday, the most since it began in 1996.

The Brandholm twins, Ola and Per, have sold smoked fish at the festival for thirty years. The twins said the queue had never been longer.

The organisers appointed a new festival director in March, Sigrun Vallance-Oduya, who ran the Kesswick book fair for a decade. She said the festival would add a second day next year.

A stallholder who gave his name as Jens sold out of oysters by noon. He said prices at the fish market had doubled.

Lanvey's consul in Quayside, Tobias Marrenholt, opened the evening concert. The consul said Lanvey would send a choir next summer.

The Quayside Traders' Guild and the Harbour Fishermen's Association ran the stalls. The two associations said they would ask the council for more bins.
''',
    p('NM1', s('Ola and Per', 'The twins', 'the queue had never been longer', 'said')),
    p('AI1', s('Sigrun Vallance-Oduya', 'She', 'the festival would add a second day next year', 'said')),
    p('SN1', s('Jens', 'He', 'prices at the fish market had doubled', 'said')),
    p('RB1', s('Tobias Marrenholt', 'The consul', 'Lanvey would send a choir next summer', 'said')),
    p('TB1', s("Quayside Traders' Guild and Harbour Fishermen's Association", 'The two associations', 'they would ask the council for more bins', 'said')),
)

doc('v35-wire-mill-closure', 'Halyard', '2028-10-02', '''
Orvik paper mill to close, 400 jobs lost

ORVIK, Oct 2 (Halyard) - Nordvelt Paper will close its Orvik mill in January, cutting 400 jobs, the company said on Monday.

The mill's owner and its largest customer, Kelmstad Packaging, had failed to agree on a new supply contract, both companies said.

Retired foreman Knut Halvorsen's sons, Erik and Jon, who have worked at the mill since the 1990s, waited outside the gate. The brothers said they had heard the news on the radio.

Unions appointed a negotiator, Marit Oyelaran-Berg, a former labour court judge. She said she would seek a year's pay for every worker.

The mayor of Orvik, Lars Tennfjord, met the mill's managers on Sunday. The mayor said the town would lose a fifth of its tax income.

A forklift driver who would only give her first name, Hedda, said she had worked at the mill for 22 years.
''',
    s('Nordvelt Paper', 'the company', 'Nordvelt Paper will close its Orvik mill in January, cutting 400 jobs', 'said'),
    p('TB2', s('Nordvelt Paper and Kelmstad Packaging', 'both companies', "The mill's owner and its largest customer, Kelmstad Packaging, had failed to agree on a new supply contract", 'said')),
    p('NM2', s('Erik and Jon', 'The brothers', 'they had heard the news on the radio', 'said')),
    p('AI2', s('Marit Oyelaran-Berg', 'She', "she would seek a year's pay for every worker", 'said')),
    p('RB2', s('Lars Tennfjord', 'The mayor', 'the town would lose a fifth of its tax income', 'said')),
    p('SN2', s('Hedda', 'A forklift driver who would only give her first name, Hedda', 'she had worked at the mill for 22 years', 'said')),
)


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == '--table':
        table(sys.argv[2])
    else:
        write('invented_v_gold.jsonl', per_document='-v' in sys.argv)
