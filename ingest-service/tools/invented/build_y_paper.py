"""Set Y's five North American newspaper articles (see build_y.py)."""
from invented_common import doc_spans as doc, s

MOTHER = 'Rochelle Lavergne-Opoku'
P_LAW = 'Garrett Szymanowski-Trevethan'
D_LAW = 'Philippa Tenbroeck-Ayittey'
MGR = 'Dominic Quillinan-Threlkeld'

doc('y12-paper-court-trampoline-park-wrongful-death-trial', 'The Pellbrook Weathervane', '2029-02-15', '''
Trampoline park manager says foam pit was ‘checked every morning’

Mother of injured teen tells jury she was never warned about the foam pit

By Lorena Quistgaard-Bello
Weathervane Staff

The manager of a Pellbrook trampoline park told a Tamsett County jury on Wednesday that the foam pit where a 15-year-old boy broke his neck in 2026 had been inspected the morning of the accident and that staff had followed “every rule in the book.”

Dominic Quillinan-Threlkeld, who managed the Skyhop Adventure Park on Route 9 from 2024 until it closed last year, was the first witness called by the defense in a civil lawsuit brought by the family of Elias Lavergne, now 18, who was paralyzed from the chest down.

The family accuses Skyhop’s owner, Airborne Leisure Group, of failing to maintain the pit, which they say had been filled with too few foam blocks to break a fall.

Quillinan-Threlkeld testified that he had personally checked the depth of the pit at 9 a.m. that day. “I put my arm in up to the shoulder, the way we were trained. It was full,” he said.

Under cross-examination, the family’s lawyer, Garrett Szymanowski-Trevethan, showed the jury an inspection log in which the entries for the week of the accident were all written in the same ink and the same hand. Quillinan-Threlkeld acknowledged that he had filled in several days at once, “at the end of the week, when things were quiet.”

“So the log doesn’t tell us what happened on the morning of March 14,” Szymanowski-Trevethan said.

“It tells you what I did,” the manager replied.

Earlier in the day, the boy’s mother, Rochelle Lavergne-Opoku, told jurors that no one at the park had explained the rules of the foam pit to her son or his friends. She said she had signed a waiver online and had not been given a copy.

“I thought I was sending him to a birthday party,” she said, her voice breaking. “I didn’t know I was signing anything that mattered.”

Her son sat in a wheelchair beside the plaintiffs’ table throughout her testimony. He is expected to testify next week.

Airborne Leisure’s lawyer, Philippa Tenbroeck-Ayittey, told the jury in her opening statement that the company “grieves for Elias” but that the accident was caused by a dangerous flip that park rules prohibited. She said video from the park’s cameras would show him jumping into the pit backward.

The family’s expert witness, biomechanical engineer Lorcan Ogbuefi-Dunsire, testified Tuesday that a pit filled to the recommended depth would have slowed the boy’s fall enough to prevent the injury “in all likelihood.” The defense is expected to call its own expert on Monday.

The family is seeking $42 million in damages. Judge Marianne Kettleborough-Jalloh has told jurors the trial could last into March.

Outside the courthouse, Szymanowski-Trevethan said the family had turned down a settlement offer last year because the company would not admit fault. Tenbroeck-Ayittey declined to comment on the negotiations.

Airborne Leisure, which still operates 14 parks in three states, said in a statement that it had since hired outside inspectors for all its foam pits.
''',
    s(MGR, 'Trampoline park manager', 'foam pit was ‘checked every morning’', 'says', 'mixed', role='manager'),
    s(MOTHER, 'Mother of injured teen', 'she was never warned about the foam pit', 'tells', role='mother'),
    s(MGR, 'The manager of a Pellbrook trampoline park', 'the foam pit where a 15-year-old boy broke his neck in 2026 had been inspected the morning of the accident and that staff had followed “every rule in the book.”', 'told', 'mixed', role='manager'),
    s('The family', 'The family', 'Skyhop’s owner, Airborne Leisure Group, of failing to maintain the pit', 'accuses'),
    s('The family', 'they', 'had been filled with too few foam blocks to break a fall', 'say'),
    s(MGR, 'Quillinan-Threlkeld', 'he had personally checked the depth of the pit at 9 a.m. that day', 'testified', role='manager'),
    s(MGR, 'he', '“I put my arm in up to the shoulder, the way we were trained. It was full,”', 'said', 'direct', role='manager'),
    s(MGR, 'Quillinan-Threlkeld', 'he had filled in several days at once, “at the end of the week, when things were quiet.”', 'acknowledged', 'mixed', role='manager'),
    s(P_LAW, 'Szymanowski-Trevethan', '“So the log doesn’t tell us what happened on the morning of March 14,”', 'said', 'direct', role='lawyer'),
    s(MGR, 'the manager', '“It tells you what I did,”', 'replied', 'direct', role='manager'),
    s(MOTHER, 'the boy’s mother, Rochelle Lavergne-Opoku', 'no one at the park had explained the rules of the foam pit to her son or his friends', 'told', role='mother'),
    s(MOTHER, 'She', 'she had signed a waiver online and had not been given a copy', 'said', role='mother'),
    s(MOTHER, 'she', '“I thought I was sending him to a birthday party,”', 'said', 'direct', role='mother'),
    s(MOTHER, '', '“I didn’t know I was signing anything that mattered.”', '', 'direct', role='mother'),
    s(D_LAW, 'Airborne Leisure’s lawyer, Philippa Tenbroeck-Ayittey', 'the company “grieves for Elias” but that the accident was caused by a dangerous flip that park rules prohibited', 'told', 'mixed', role='lawyer'),
    s(D_LAW, 'She', 'video from the park’s cameras would show him jumping into the pit backward', 'said', role='lawyer'),
    s('Lorcan Ogbuefi-Dunsire', 'The family’s expert witness, biomechanical engineer Lorcan Ogbuefi-Dunsire', 'a pit filled to the recommended depth would have slowed the boy’s fall enough to prevent the injury “in all likelihood.”', 'testified', 'mixed', role='biomechanical engineer'),
    s('Marianne Kettleborough-Jalloh', 'Judge Marianne Kettleborough-Jalloh', 'the trial could last into March', 'has told', role='Judge'),
    s(P_LAW, 'Szymanowski-Trevethan', 'the family had turned down a settlement offer last year because the company would not admit fault', 'said', role='lawyer'),
    s('Airborne Leisure Group', 'Airborne Leisure', 'it had since hired outside inspectors for all its foam pits', 'said'),
)

MAYOR = 'Beatrix Aldworth-Quansah'
SPONSOR = 'Emeka Lindstrom-Garrow'
BYLAW = 'Clifford Ntiamoah-Sorensby'
DEPT = 'the city’s bylaw services department'

doc('y13-paper-cityhall-backyard-hens-bylaw-vote', 'The Allandale Packet', '2029-06-05', '''
Backyard hens win narrow approval at Allandale council

Mayor breaks tie; bylaw chief warns enforcement ‘can’t be done for free’

By Tomasz Glowacki-Ezenwa

Port Allandale residents will be allowed to keep up to four hens in their backyards starting in September after city council approved a two-year pilot project on Monday night, with Mayor Beatrix Aldworth-Quansah casting the deciding vote.

Council had split 5-5 after nearly three hours of debate in a chamber crowded with residents, some of whom brought photographs of their neighbours’ coops from towns where hens are already allowed.

Aldworth-Quansah said she had gone into the meeting undecided. “I heard a lot of fear tonight, and most of it was about things the pilot already deals with,” she said before the vote. “Two years is long enough to find out whether the fears are real.”

The pilot was proposed by Councillor Emeka Lindstrom-Garrow, who represents the city’s north end, where he says dozens of families already keep hens illegally. Roosters will remain banned, and owners must register with the city and pay a $40 fee.

“This is about food, it’s about teaching kids where eggs come from, and frankly it’s about bringing something that’s already happening into the open,” Lindstrom-Garrow said.

Councillor Judith Vandermeulen-Farquar, who voted against the pilot, said the city had “no idea” how it would enforce the rules. She pointed to a staff report that estimated the program would need at least one additional bylaw officer.

The report, prepared by the city’s bylaw services department, warned that backyard flocks could attract rats and coyotes and that complaints between neighbours were likely to rise. It also noted that avian flu had been detected in wild birds in the region last fall.

Bylaw services manager Clifford Ntiamoah-Sorensby told council that his department had received 31 complaints about illegal hens last year and had been able to follow up on fewer than half of them.

“My officers are already stretched. I’m not saying it can’t be done. I’m saying it can’t be done for free,” he said.

Several residents lined up at the microphone. Marguerite Rousselot-Nyame, a retired teacher, said her grandchildren had learned more from a neighbour’s hens in another city than “from any nature program.”

Others were less enthusiastic. Harold Pennycook-Gyamfi, who lives on Kettlewell Street, told council he did not want to wake up “to the sound of a farm.” He said property values on his street would fall.

The city’s medical officer of health, Dr. Sunita Raghavan-Pettifer, said in a letter to council that the risk of avian flu spreading to people from backyard flocks was low, but recommended that owners be required to report sick or dead birds within 24 hours. Council added that requirement to the bylaw before the vote.

Lindstrom-Garrow said after the meeting that he expected fewer than 200 households to register in the first year.
''',
    s(BYLAW, 'bylaw chief', 'enforcement ‘can’t be done for free’', 'warns', 'mixed', role='Bylaw services manager'),
    s(MAYOR, 'Aldworth-Quansah', 'she had gone into the meeting undecided', 'said', role='Mayor'),
    s(MAYOR, 'she', '“I heard a lot of fear tonight, and most of it was about things the pilot already deals with,”', 'said', 'direct', role='Mayor'),
    s(MAYOR, '', '“Two years is long enough to find out whether the fears are real.”', '', 'direct', role='Mayor'),
    s(SPONSOR, 'he', 'dozens of families already keep hens illegally', 'says', role='Councillor'),
    s(SPONSOR, 'Lindstrom-Garrow', '“This is about food, it’s about teaching kids|into the open,”', 'said', 'direct', role='Councillor'),
    s('Judith Vandermeulen-Farquar', 'Councillor Judith Vandermeulen-Farquar', 'the city had “no idea” how it would enforce the rules', 'said', 'mixed', role='Councillor'),
    s(DEPT, 'a staff report', 'the program would need at least one additional bylaw officer', 'estimated'),
    s(DEPT, 'The report', 'backyard flocks could attract rats and coyotes and that complaints between neighbours were likely to rise', 'warned'),
    s(DEPT, 'It', 'avian flu had been detected in wild birds in the region last fall', 'noted'),
    s(BYLAW, 'Bylaw services manager Clifford Ntiamoah-Sorensby', 'his department had received 31 complaints about illegal hens last year and had been able to follow up on fewer than half of them', 'told', role='Bylaw services manager'),
    s(BYLAW, 'he', '“My officers are already stretched. I’m not saying it can’t be done. I’m saying it can’t be done for free,”', 'said', 'direct', role='Bylaw services manager'),
    s('Marguerite Rousselot-Nyame', 'Marguerite Rousselot-Nyame, a retired teacher', 'her grandchildren had learned more from a neighbour’s hens in another city than “from any nature program.”', 'said', 'mixed', role='retired teacher'),
    s('Harold Pennycook-Gyamfi', 'Harold Pennycook-Gyamfi', 'he did not want to wake up “to the sound of a farm.”', 'told', 'mixed'),
    s('Harold Pennycook-Gyamfi', 'He', 'property values on his street would fall', 'said'),
    s('Sunita Raghavan-Pettifer', 'The city’s medical officer of health, Dr. Sunita Raghavan-Pettifer', 'the risk of avian flu spreading to people from backyard flocks was low', 'said', role='medical officer of health'),
    s('Sunita Raghavan-Pettifer', 'The city’s medical officer of health, Dr. Sunita Raghavan-Pettifer', 'owners be required to report sick or dead birds within 24 hours', 'recommended', role='medical officer of health'),
    s(SPONSOR, 'Lindstrom-Garrow', 'he expected fewer than 200 households to register in the first year', 'said', role='Councillor'),
)

CEO = 'Warrick Penhaligon-Darko'
RECORDS = 'dispatch records obtained by the Beacon'

doc('y14-paper-investigation-ambulance-response-times', 'The Harcourt Beacon', '2029-10-28', '''
Ambulance contractor logged calls as ‘on time’ when crews were still miles away, records show

Paramedics say they were told to press ‘arrived’ early; company calls the practice ‘a training issue’

By Imogen Castleberry-Ugochukwu
Beacon Investigations

For three years, the private company that runs ambulances for Tamblyn County reported that its crews reached 92 percent of emergency calls within the 10 minutes its contract requires, earning it more than $1.9 million in performance bonuses.

Many of those arrivals never happened on time, according to dispatch records obtained by the Beacon and interviews with nine current and former employees of the company, Lodestar Medical Transport.

In at least 1,140 calls between 2026 and 2028, the records show, crews pressed the “arrived” button on their dashboard tablets while the ambulance’s own GPS placed it more than a mile from the patient’s address. In 212 of those calls, the ambulance was more than three miles away.

Four paramedics told the Beacon that supervisors had instructed crews to mark themselves as arrived “when you turn onto the street,” or earlier if a call was running late.

“Everybody knew. It was on the whiteboard in the station,” said one paramedic who still works for Lodestar and asked not to be named because she feared losing her job. “Nobody ever wrote down the word ‘lie,’ but that’s what it was.”

A former supervisor, Desmond Wierzchowski-Ansah, who left Lodestar in 2028, said he had raised the issue with the company’s regional manager twice and was told that “the numbers are the numbers.”

In a written response to questions, Lodestar’s chief executive, Warrick Penhaligon-Darko, said the company had found “inconsistencies” in how some crews used the tablets and had retrained all staff in 2028. He called the practice “a training issue, not a policy” and said no patient had been harmed.

The chief executive did not answer questions about the performance bonuses.

The county’s emergency services director, Loretta Pfeiffer-Kyerematen, said in an interview that the county relied on the company’s own data to calculate the bonuses and had never compared them with GPS records.

“We trusted the numbers. That was clearly a mistake,” she said.

County Commissioner Bartholomew Quennerstedt-Ugwu, who chairs the board’s public safety committee, said he would ask the county attorney to examine whether the bonuses could be recovered. “If the county paid for minutes that didn’t exist, we want that money back,” he said.

Lodestar’s lawyer, Francesca Olaniyan-Pelletreau, wrote in a letter to the Beacon that the newspaper’s analysis “misreads how GPS data is recorded in moving vehicles” and overstated the number of affected calls.

Response times matter most in cardiac arrests, where each minute without treatment lowers the chance of survival by about 10 percent, according to the Continental Resuscitation Council.

The county’s contract with Lodestar expires in June. The board is scheduled to discuss it on Nov. 12.
''',
    s(RECORDS, 'records', 'Ambulance contractor logged calls as ‘on time’ when crews were still miles away', 'show', 'mixed'),
    s('Four paramedics', 'Paramedics', 'they were told to press ‘arrived’ early', 'say', 'mixed'),
    s(CEO, 'company', '‘a training issue’', 'calls', 'direct', role='chief executive'),
    s('Lodestar Medical Transport', 'the private company that runs ambulances for Tamblyn County', 'its crews reached 92 percent of emergency calls within the 10 minutes its contract requires', 'reported'),
    s(RECORDS, RECORDS, 'Many of those arrivals never happened on time', 'according to'),
    s(RECORDS, 'the records', ['In at least 1,140 calls between 2026 and 2028', 'crews pressed the “arrived” button|more than a mile from the patient’s address'], 'show', 'mixed', anchor='In at least 1,140'),
    s('Four paramedics', 'Four paramedics', 'supervisors had instructed crews to mark themselves as arrived “when you turn onto the street,” or earlier if a call was running late', 'told', 'mixed'),
    s('one paramedic who still works for Lodestar', 'one paramedic who still works for Lodestar', '“Everybody knew. It was on the whiteboard in the station,”', 'said', 'direct'),
    s('one paramedic who still works for Lodestar', '', '“Nobody ever wrote down the word ‘lie,’ but that’s what it was.”', '', 'direct'),
    s('Desmond Wierzchowski-Ansah', 'A former supervisor, Desmond Wierzchowski-Ansah', 'he had raised the issue with the company’s regional manager twice and was told that “the numbers are the numbers.”', 'said', 'mixed', role='former supervisor'),
    s(CEO, 'Lodestar’s chief executive, Warrick Penhaligon-Darko', 'the company had found “inconsistencies” in how some crews used the tablets and had retrained all staff in 2028', 'said', 'mixed', role='chief executive'),
    s(CEO, 'He', '“a training issue, not a policy”', 'called', 'direct', role='chief executive'),
    s(CEO, 'He', 'no patient had been harmed', 'said', role='chief executive'),
    s('Loretta Pfeiffer-Kyerematen', 'The county’s emergency services director, Loretta Pfeiffer-Kyerematen', 'the county relied on the company’s own data to calculate the bonuses and had never compared them with GPS records', 'said', role='emergency services director'),
    s('Loretta Pfeiffer-Kyerematen', 'she', '“We trusted the numbers. That was clearly a mistake,”', 'said', 'direct', role='emergency services director'),
    s('Bartholomew Quennerstedt-Ugwu', 'County Commissioner Bartholomew Quennerstedt-Ugwu', 'he would ask the county attorney to examine whether the bonuses could be recovered', 'said', role='County Commissioner'),
    s('Bartholomew Quennerstedt-Ugwu', 'he', '“If the county paid for minutes that didn’t exist, we want that money back,”', 'said', 'direct', role='County Commissioner'),
    s('Francesca Olaniyan-Pelletreau', 'Lodestar’s lawyer, Francesca Olaniyan-Pelletreau', 'the newspaper’s analysis “misreads how GPS data is recorded in moving vehicles” and overstated the number of affected calls', 'wrote', 'mixed', role='lawyer'),
    s('the Continental Resuscitation Council', 'the Continental Resuscitation Council', 'Response times matter most in cardiac arrests, where each minute without treatment lowers the chance of survival by about 10 percent', 'according to'),
)

PAINTER = 'Odile Castagnoli-Akinwande'
SON = 'Rafael Castagnoli-Akinwande'
DAUGHTER = 'Celestine Castagnoli-Rathbone'
APPR = 'Kwabena Stromberg-Pendry'

doc('y15-paper-obituary-sign-painter', 'The Gullsand Tidings', '2029-03-22', '''
Odile Castagnoli-Akinwande, who lettered half of Gullsand’s storefronts by hand, dies at 88

By Benedict Uchendu-Hallsworth

For six decades, if a shop on Water Street needed a name, Odile Castagnoli-Akinwande painted it.

She lettered the gilt windows of the Gullsand Savings Bank, the red-and-cream sign over Pilecki’s Bakery and, by her own count, “something like four thousand” delivery trucks. Her brushes, kept in a coffee can on her workbench, were older than most of her customers.

Castagnoli-Akinwande died March 18 at her home above the shop she opened in 1962. She was 88. Her son, Rafael Castagnoli-Akinwande, said she had been working on a sign for a neighbour’s daughter’s flower stall the week before she died.

“She couldn’t hold the brush steady anymore, so she did the layout and made me fill it in,” he said. “Then she told me I’d done it wrong.”

She was born in Port Velloray, the daughter of a church decorator, and learned lettering from her father on scaffolds in chapels up and down the coast. She moved to Gullsand in 1959 with her husband, Samuel Akinwande, a machinist, who built her first easel out of a packing crate.

Samuel died in 2011. He used to tell customers that his wife had “the only steady hand in the family,” her daughter, Celestine Castagnoli-Rathbone, recalled. “He said it every single time, and every single time she rolled her eyes.”

When vinyl lettering cut by computers arrived in the 1980s, work dried up for a decade. Castagnoli-Akinwande refused to buy a cutter. She said in a 1994 interview with the Tidings that a machine-cut sign “looks like it was ordered, not made.”

Her stubbornness paid off. In the 2000s, hand-painted signs came back into fashion, and she trained a new generation of painters, among them Kwabena Stromberg-Pendry, who apprenticed with her for four years and now runs his own studio in Kingsbarrow.

Stromberg-Pendry said she was the strictest teacher he ever had. “She made me paint the letter R for three weeks. Just R. I hated her a little,” he said. “She was right, of course.”

He remembers her standing in the middle of Water Street in the rain to check that a sign could be read from the far corner.

Her daughter said her mother never thought of herself as an artist. “She said artists have patrons and she had customers,” Castagnoli-Rathbone said.

Besides her son and daughter, she is survived by five grandchildren. The family asks that, instead of flowers, donations be made to the Gullsand Arts Council’s apprenticeship fund.

The sign over her own shop, which reads simply “Letters,” will stay up, her son said.
''',
    s(PAINTER, 'her', '“something like four thousand” delivery trucks', 'by her own count', 'mixed'),
    s(SON, 'Her son, Rafael Castagnoli-Akinwande', 'she had been working on a sign for a neighbour’s daughter’s flower stall the week before she died', 'said', role='son'),
    s(SON, 'he', '“She couldn’t hold the brush steady anymore, so she did the layout and made me fill it in,”', 'said', 'direct', role='son'),
    s(SON, '', '“Then she told me I’d done it wrong.”', '', 'direct', role='son'),
    s(PAINTER, 'she', 'I’d done it wrong', 'told', nested=True, via=SON),
        s(DAUGHTER, 'her daughter, Celestine Castagnoli-Rathbone', 'He used to tell customers that his wife had “the only steady hand in the family,”', 'recalled', 'mixed', role='daughter'),
    s('Samuel Akinwande', 'He', 'his wife had “the only steady hand in the family,”', 'used to tell', 'mixed', role='husband', nested=True, via=DAUGHTER),
    s(DAUGHTER, '', '“He said it every single time, and every single time she rolled her eyes.”', '', 'direct', role='daughter'),
    s(PAINTER, 'She', 'a machine-cut sign “looks like it was ordered, not made.”', 'said', 'mixed', date='1994'),
    s(APPR, 'Stromberg-Pendry', 'she was the strictest teacher he ever had', 'said'),
    s(APPR, 'he', '“She made me paint the letter R for three weeks. Just R. I hated her a little,”', 'said', 'direct'),
    s(APPR, '', '“She was right, of course.”', '', 'direct'),
    s(APPR, 'He', 'her standing in the middle of Water Street in the rain to check that a sign could be read from the far corner', 'remembers'),
    s(DAUGHTER, 'Her daughter', 'her mother never thought of herself as an artist', 'said', role='daughter'),
    s(DAUGHTER, 'Castagnoli-Rathbone', '“She said artists have patrons and she had customers,”', 'said', 'direct', role='daughter'),
    s(PAINTER, 'She', 'artists have patrons and she had customers', 'said', nested=True, via=DAUGHTER),
    s('The family', 'The family', 'donations be made to the Gullsand Arts Council’s apprenticeship fund', 'asks'),
    s(SON, 'her son', 'The sign over her own shop, which reads simply “Letters,” will stay up', 'said', 'mixed', role='son'),
)

INSP = 'Henrietta Veldkamp-Bediako'
MAYOR_B = 'Everett Stanwyck-Kalu'

doc('y16-paper-profile-former-fire-inspector-council-run', 'The Rothwick Sentry', '2029-09-14', '''
The inspector who wouldn’t sign

Former fire inspector says Rothwick ignored her warnings for years; mayor calls her claims ‘recycled’

By Maxine Holbrook-Ramsundar
Sentry Staff Writer

BRANNOCK — Henrietta Veldkamp-Bediako keeps the letter in a plastic sleeve in her kitchen drawer, the way other people keep a marriage certificate.

It is dated April 3, 2024, and it tells her that her employment with the City of Rothwick’s fire prevention bureau has been terminated, effective immediately. Three weeks earlier, she had refused to sign off on the occupancy permit for the Granary Lofts, a 140-unit apartment building on the riverfront whose developer was a longtime donor to Mayor Everett Stanwyck-Kalu.

“I didn’t refuse because I wanted to be a hero. I refused because the sprinklers on the fourth floor weren’t connected to anything,” she says. “You can’t put a signature on that.”

Now 57, Veldkamp-Bediako is running for a seat on city council in the Nov. 4 election, in the ward that includes the Granary Lofts. She says the city has never fixed the problem that cost her her job: a permit office in which, she argues, inspectors are pressured to approve buildings before they are ready.

The city disputes her account. A spokesman, Lionel Brathwaite-Ocloo, said the Granary Lofts passed a second inspection in May 2024 after the sprinkler system was completed and that her dismissal was “a personnel matter that was reviewed and upheld.”

An arbitrator who reviewed her case in 2025 saw it differently. In a 31-page decision, the arbitrator found that the city had “failed to establish any performance-related cause” for the firing and ordered it to pay her 14 months of wages. The city paid but did not offer her job back.

Her former supervisor, Gordon Archambeault-Makgoba, who retired last year, describes her as “the most careful inspector I ever worked with, and the most stubborn.” He says he warned her that the Granary permit was being watched from upstairs.

“I told her, pick your battles. She told me this was the battle,” he says.

Veldkamp-Bediako grew up in Rothwick’s east end, the daughter of a bricklayer and a school secretary. Her husband, Tobias, is a retired paramedic; their son is a firefighter in a neighbouring town. He, she says, is the reason she can’t stop talking about sprinklers.

Not everyone in the ward is persuaded. Councillor Ada Trewhella-Tsegaye, who has held the seat for 12 years and is running again, says the former inspector is “a one-issue candidate in a ward with fifty issues.”

“I respect what she did. I don’t think it qualifies her to run a ward budget,” Trewhella-Tsegaye says.

At a candidates’ forum last week, a resident asked Veldkamp-Bediako whether she would sue the city again if elected. She said she would not, and the room laughed.

The mayor, who is not on the ballot this year, has not endorsed anyone in the ward. Asked about the former inspector’s campaign, he said her claims were “recycled from a dispute that was settled years ago.”

“The city has hired eleven new inspectors since 2024. The system she describes doesn’t exist anymore,” he said.

She has heard that before. “They always say the system is fixed,” she says. “Then you open the ceiling.”
''',
    s(INSP, 'Former fire inspector', 'Rothwick ignored her warnings for years', 'says', role='Former fire inspector'),
    s(MAYOR_B, 'mayor', '‘recycled’', 'calls', 'direct', role='Mayor'),
    s('the letter', 'it', 'her employment with the City of Rothwick’s fire prevention bureau has been terminated, effective immediately', 'tells'),
    s(INSP, 'she', '“I didn’t refuse because I wanted to be a hero. I refused because the sprinklers on the fourth floor weren’t connected to anything,”', 'says', 'direct', role='former fire inspector'),
    s(INSP, '', '“You can’t put a signature on that.”', '', 'direct', role='former fire inspector'),
    s(INSP, 'She', 'the city has never fixed the problem that cost her her job: a permit office in which, she argues, inspectors are pressured to approve buildings before they are ready', 'says', role='former fire inspector'),
    s('The City of Rothwick', 'The city', 'her account', 'disputes'),
    s('Lionel Brathwaite-Ocloo', 'A spokesman, Lionel Brathwaite-Ocloo', 'the Granary Lofts passed a second inspection in May 2024 after the sprinkler system was completed and that her dismissal was “a personnel matter that was reviewed and upheld.”', 'said', 'mixed', role='spokesman'),
    s('An arbitrator', 'the arbitrator', 'the city had “failed to establish any performance-related cause” for the firing', 'found', 'mixed'),
    s('Gordon Archambeault-Makgoba', 'Her former supervisor, Gordon Archambeault-Makgoba', '“the most careful inspector I ever worked with, and the most stubborn.”', 'describes', 'direct', role='former supervisor'),
    s('Gordon Archambeault-Makgoba', 'He', 'he warned her that the Granary permit was being watched from upstairs', 'says', role='former supervisor'),
    s('Gordon Archambeault-Makgoba', 'he', '“I told her, pick your battles. She told me this was the battle,”', 'says', 'direct', role='former supervisor'),
    s(INSP, 'She', 'this was the battle', 'told', role='former fire inspector', nested=True, via='Gordon Archambeault-Makgoba'),
    s(INSP, 'she', ['He', 'is the reason she can’t stop talking about sprinklers.'], 'says', role='former fire inspector', anchor='He, she says,'),
    s('Ada Trewhella-Tsegaye', 'Councillor Ada Trewhella-Tsegaye', 'the former inspector is “a one-issue candidate in a ward with fifty issues.”', 'says', 'mixed', role='Councillor'),
    s('Ada Trewhella-Tsegaye', 'Trewhella-Tsegaye', '“I respect what she did. I don’t think it qualifies her to run a ward budget,”', 'says', 'direct', role='Councillor'),
    s(INSP, 'She', 'she would not', 'said', role='former fire inspector'),
    s(MAYOR_B, 'he', 'her claims were “recycled from a dispute that was settled years ago.”', 'said', 'mixed', role='Mayor'),
    s(MAYOR_B, 'he', '“The city has hired eleven new inspectors since 2024. The system she describes doesn’t exist anymore,”', 'said', 'direct', role='Mayor'),
    s(INSP, 'she', '“They always say the system is fixed,”', 'says', 'direct', role='former fire inspector'),
    s(INSP, '', '“Then you open the ceiling.”', '', 'direct', role='former fire inspector'),
)
