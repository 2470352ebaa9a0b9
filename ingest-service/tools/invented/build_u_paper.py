"""Set U's five North American newspaper articles (see build_u.py)."""
from invented_common import doc_spans as doc, s

ENG = 'Desmond Quarrendell-Abiolumi'
DEF = 'Lucinda Farrowby-Nakamoriye'
PROS = 'Gideon Whitlatch-Oseibrem'

doc('u12-paper-court-garage-collapse-acquittal', 'The Hallowvane Bulletin', '2028-04-21', '''
Jury acquits engineer in Dunquarrie Street garage collapse

Families say ‘no one will ever answer for this’; prosecutor ‘disappointed’

By Priya Castelvayne-Dufour
Staff Writer

A Hallowvane County jury on Thursday found structural engineer Desmond Quarrendell-Abiolumi not guilty of criminal negligence in the 2025 collapse of the Dunquarrie Street parking garage, which killed two people and injured nine.

The verdict, reached after three days of deliberation, ended a five-week trial in which prosecutors argued that Quarrendell-Abiolumi had signed off on repairs to the garage’s upper deck without ever inspecting the corroded support beams.

Quarrendell-Abiolumi, 61, lowered his head and wept as the verdict was read. He left the courthouse without speaking to reporters.

His lawyer, Lucinda Farrowby-Nakamoriye, said the jury had seen what she had argued from the start: that her client had been made “the face of a failure that belonged to a whole system.”

“The owner ignored three reports. The city’s inspectors never came back. And they wanted one man to carry all of it,” Farrowby-Nakamoriye said on the courthouse steps.

During the trial, the defense called a former city building inspector, Ruben Ostrowiecki-Adarquist, who testified that the city had known about water damage on the upper deck since 2021 and had never ordered the owner to close it.

The prosecution’s main witness, structural engineer Helga Nordstrand-Obinwanne, told jurors that the beams had lost up to 40 percent of their steel to corrosion and that “anyone who looked would have seen it.” Under cross-examination, she conceded that much of the corrosion was hidden behind concrete patches the owner had applied in 2022.

Assistant District Attorney Gideon Whitlatch-Oseibrem said his office was “disappointed” but respected the jury’s decision. He told jurors in his closing argument last week that Quarrendell-Abiolumi had “put his stamp on a building he never looked at.”

The garage’s owner, Tallbrook Parking LLC, settled lawsuits brought by the victims’ families last year for an undisclosed amount and was not charged. A Tallbrook spokesman declined to comment Thursday.

Marisol Dubravka-Ezenwoke, whose husband, Tomas, died when the deck gave way, said the verdict left the families with nothing.

“Two people are dead, and the answer is that it was everybody’s fault, which means it was no one’s,” she said. “No one will ever answer for this.”

Her brother-in-law, Anselm Dubravka, said the family would push state lawmakers to require annual inspections of parking structures.

Judge Corinne Halvarquist-Mbekwane thanked the jurors for their service and told them the case had been “one of the most difficult this courthouse has seen.”

The city has since inspected 46 other parking structures, according to a report the building department released in January. Eleven were ordered to make repairs, the report said.
''',
    s('Marisol Dubravka-Ezenwoke', 'Families', '‘no one will ever answer for this’', 'say', 'direct'),
    s(PROS, 'prosecutor', '‘disappointed’', '', 'direct', role='Assistant District Attorney'),
    s('prosecutors', 'prosecutors', 'Quarrendell-Abiolumi had signed off on repairs to the garage’s upper deck without ever inspecting the corroded support beams', 'argued'),
    s(DEF, 'His lawyer, Lucinda Farrowby-Nakamoriye', 'the jury had seen what she had argued from the start: that her client had been made “the face of a failure that belonged to a whole system.”', 'said', 'mixed', role='lawyer'),
    s(DEF, 'Farrowby-Nakamoriye', '“The owner ignored three reports. The city’s inspectors never came back. And they wanted one man to carry all of it,”', 'said', 'direct', role='lawyer'),
    s('Ruben Ostrowiecki-Adarquist', 'a former city building inspector, Ruben Ostrowiecki-Adarquist', 'the city had known about water damage on the upper deck since 2021 and had never ordered the owner to close it', 'testified', role='former city building inspector'),
    s('Helga Nordstrand-Obinwanne', 'The prosecution’s main witness, structural engineer Helga Nordstrand-Obinwanne', 'the beams had lost up to 40 percent of their steel to corrosion and that “anyone who looked would have seen it.”', 'told', 'mixed', role='structural engineer'),
    s('Helga Nordstrand-Obinwanne', 'she', 'much of the corrosion was hidden behind concrete patches the owner had applied in 2022', 'conceded', role='structural engineer'),
    s(PROS, 'Assistant District Attorney Gideon Whitlatch-Oseibrem', 'his office was “disappointed” but respected the jury’s decision', 'said', 'mixed', role='Assistant District Attorney'),
    s(PROS, 'He', 'Quarrendell-Abiolumi had “put his stamp on a building he never looked at.”', 'told', 'mixed', role='Assistant District Attorney'),
    s('Marisol Dubravka-Ezenwoke', 'Marisol Dubravka-Ezenwoke', 'the verdict left the families with nothing', 'said'),
    s('Marisol Dubravka-Ezenwoke', 'she', '“Two people are dead, and the answer is that it was everybody’s fault, which means it was no one’s,”', 'said', 'direct'),
    s('Marisol Dubravka-Ezenwoke', '', '“No one will ever answer for this.”', '', 'direct'),
    s('Anselm Dubravka', 'Her brother-in-law, Anselm Dubravka', 'the family would push state lawmakers to require annual inspections of parking structures', 'said'),
    s('Corinne Halvarquist-Mbekwane', 'Judge Corinne Halvarquist-Mbekwane', 'the case had been “one of the most difficult this courthouse has seen.”', 'told', 'mixed', role='Judge'),
    s('the building department', 'a report the building department released in January', 'The city has since inspected 46 other parking structures', 'according to'),
    s('the building department', 'the report', 'Eleven were ordered to make repairs', 'said'),
)

MAYOR = 'Benedetta Stroudmoor-Okonkweze'

doc('u13-paper-cityhall-leaf-blower-ban', 'The Corlindale Valley Record', '2028-05-10', '''
Council votes to phase out gas leaf blowers by 2030

Mayor calls noise ‘a health issue, not a nuisance’; landscapers warn of higher bills

By Nathaniel Ebersole-Amankwadzo

Corlindale Valley will ban gas-powered leaf blowers within city limits starting in 2030 after city council voted 7-4 on Tuesday night to approve a phase-out that landscaping companies say will drive up prices for homeowners.

The bylaw bans the sale of new gas blowers in the city from next spring and their use from Jan. 1, 2030. Fines start at $250.

Mayor Benedetta Stroudmoor-Okonkweze, who made the ban part of her campaign two years ago, called the noise from the machines “a health issue, not a nuisance.”

“I have heard from parents of newborns, from night-shift nurses, from people who work from home,” she said during the debate. “They are not asking for silence. They are asking for a break.”

A staff report presented to council found that a typical gas blower produces noise of about 95 decibels at the operator’s ear, and estimated that 60 percent of the city’s landscaping crews use at least two of them.

Councillor Hamish Adeyinka-Provost, who voted against the bylaw, said the city was “solving a suburban problem with a hammer.” He argued that small crews, many run by recent immigrants, could not afford to replace their equipment in two years.

The Corlindale Valley Landscape Contractors Association estimates that a switch to battery equipment costs a typical three-person crew between $8,000 and $12,000. Its president, Ilse Marchwood-Otienzaga, said in an interview that members would pass the cost on to customers.

“Nobody is against quieter tools. We are against a deadline that ignores what these batteries cost and how long they last,” she said.

The city will offer rebates of up to $1,500 per business for battery equipment, according to the staff report. Councillor Yusuf Brightcallow-Lindewall, who proposed the rebate, called it “a start” and said he would ask staff to look at raising it next year.

Several residents spoke in favour of the bylaw at the meeting. Ondine Vasquerel-Pelleroux, who lives near Aldergrave Park, told council that crews working on the park’s lawns started at 7 a.m. on Saturdays.

The bylaw does not apply to city crews until 2031, a point that drew objections from Councillor Adeyinka-Provost. “If the city can’t meet its own deadline, it has no business setting one for everyone else,” he said.

City manager Teodora Kristiansen-Ubaraku said the extra year was needed because the parks department’s equipment contract runs until the end of 2030.
''',
    s(MAYOR, 'Mayor', '‘a health issue, not a nuisance’', 'calls', 'direct', role='Mayor'),
    s('Ilse Marchwood-Otienzaga', 'landscapers', 'higher bills', 'warn of', role='president of the Corlindale Valley Landscape Contractors Association'),
    s('landscaping companies', 'landscaping companies', 'will drive up prices for homeowners', 'say'),
    s(MAYOR, 'Mayor Benedetta Stroudmoor-Okonkweze', '“a health issue, not a nuisance.”', 'called', 'direct', role='Mayor'),
    s(MAYOR, 'she', '“I have heard from parents of newborns, from night-shift nurses, from people who work from home,”', 'said', 'direct', role='Mayor'),
    s(MAYOR, '', '“They are not asking for silence. They are asking for a break.”', '', 'direct', role='Mayor'),
    s('A staff report presented to council', 'A staff report presented to council', 'a typical gas blower produces noise of about 95 decibels at the operator’s ear', 'found'),
    s('A staff report presented to council', 'A staff report presented to council', '60 percent of the city’s landscaping crews use at least two of them', 'estimated'),
    s('Hamish Adeyinka-Provost', 'Councillor Hamish Adeyinka-Provost', 'the city was “solving a suburban problem with a hammer.”', 'said', 'mixed', role='Councillor'),
    s('Hamish Adeyinka-Provost', 'He', 'small crews, many run by recent immigrants, could not afford to replace their equipment in two years', 'argued', role='Councillor'),
    s('The Corlindale Valley Landscape Contractors Association', 'The Corlindale Valley Landscape Contractors Association', 'a switch to battery equipment costs a typical three-person crew between $8,000 and $12,000', 'estimates'),
    s('Ilse Marchwood-Otienzaga', 'Its president, Ilse Marchwood-Otienzaga', 'members would pass the cost on to customers', 'said', role='president of the Corlindale Valley Landscape Contractors Association'),
    s('Ilse Marchwood-Otienzaga', 'she', '“Nobody is against quieter tools. We are against a deadline that ignores what these batteries cost and how long they last,”', 'said', 'direct', role='president of the Corlindale Valley Landscape Contractors Association'),
    s('A staff report presented to council', 'the staff report', 'The city will offer rebates of up to $1,500 per business for battery equipment', 'according to'),
    s('Yusuf Brightcallow-Lindewall', 'Councillor Yusuf Brightcallow-Lindewall', '“a start”', 'called', 'direct', role='Councillor'),
    s('Yusuf Brightcallow-Lindewall', 'Councillor Yusuf Brightcallow-Lindewall', 'he would ask staff to look at raising it next year', 'said', role='Councillor'),
    s('Ondine Vasquerel-Pelleroux', 'Ondine Vasquerel-Pelleroux', 'crews working on the park’s lawns started at 7 a.m. on Saturdays', 'told'),
    s('Hamish Adeyinka-Provost', 'he', '“If the city can’t meet its own deadline, it has no business setting one for everyone else,”', 'said', 'direct', role='Councillor'),
    s('Teodora Kristiansen-Ubaraku', 'City manager Teodora Kristiansen-Ubaraku', 'the extra year was needed because the parks department’s equipment contract runs until the end of 2030', 'said', role='City manager'),
)

CO = 'Hearthside Home Care'

doc('u14-paper-investigation-home-care-billing', 'The Marrowick Clarion', '2028-09-14', '''
Home care agency billed state for visits that never happened, records show

Former aides say they were told to sign time sheets in advance; company blames ‘clerical errors’

By Delphine Oyelarewa-Whitquarry and Marcus Tenbrook-Aziz
Clarion Investigations Team

Hearthside Home Care, one of the largest providers of in-home care for elderly residents in Marrowick County, billed the state Medicaid program for at least 3,800 visits that did not take place over a two-year period, according to billing records and time sheets obtained by the Clarion.

In dozens of cases, the records show, aides were logged as caring for two clients in different towns at the same hour. In others, visits were billed on days when the client was in the hospital.

Five former aides told the Clarion they were instructed by supervisors to sign blank time sheets at the start of each month. Three of them spoke on the condition that they not be named because they still work in the industry and fear being blacklisted.

“You signed the whole month on the first day, and the office filled in the hours,” said one former aide, who worked for Hearthside for four years. “If you said no, you got fewer shifts.”

Another former aide, Josefina Ellerwode-Mwangoru, said she complained to a regional manager in 2026 and was let go three weeks later. Hearthside said her dismissal was unrelated.

In a written response to questions, Hearthside’s chief executive, Curtis Vandermeeswyk-Achezunde, said the company had found “a number of clerical errors” in an internal review and had repaid $212,000 to the state. He said the company “categorically rejects” any suggestion that it had billed for care it knew had not been provided.

The Clarion’s analysis puts the value of the disputed visits at about $640,000.

Kwabena Hollowbrant-Strandemir, the daughter of a Hearthside client in Tarranvale Falls, said her father often went without his evening visit. “He would call me at nine at night, hungry, asking where the girl was,” she said. “I thought it was a scheduling problem. I never imagined someone was being paid for that hour.”

In a separate letter to the Clarion, a lawyer for the company, Bartholomew Nakagawa-Prydwell, wrote that the time sheets had been “taken out of context” and that aides often recorded visits late because clients’ homes had no internet connection.

The state Department of Health Services said it had opened a review of Hearthside’s billing in June, after a complaint from a client’s family. A department spokeswoman, Rosalind Fairquillon-Okekwelu, would not say whether the review had been referred to prosecutors.

State Sen. Maximilian Oduyamba-Brightman, who chairs the Senate health committee, said he would call Hearthside executives to testify. “If these numbers are right, this is not an error. It is a business model,” he said.

Hearthside receives about $31 million a year from Medicaid, according to state budget documents.
''',
    s('billing records and time sheets obtained by the Clarion', 'records', 'Home care agency billed state for visits that never happened', 'show'),
    s('Five former aides', 'Former aides', 'they were told to sign time sheets in advance', 'say'),
    s('Curtis Vandermeeswyk-Achezunde', 'company', '‘clerical errors’', 'blames', 'direct', role='chief executive'),
    s('billing records and time sheets obtained by the Clarion', 'billing records and time sheets obtained by the Clarion', 'Hearthside Home Care, one of the largest|over a two-year period', 'according to'),
    s('billing records and time sheets obtained by the Clarion', 'the records', ['In dozens of cases,', 'aides were logged as caring for two clients in different towns at the same hour'], 'show', anchor='that did not take place'),
    s('Five former aides', 'Five former aides', 'they were instructed by supervisors to sign blank time sheets at the start of each month', 'told'),
    s('one former aide', 'one former aide, who worked for Hearthside for four years', '“You signed the whole month on the first day, and the office filled in the hours,”', 'said', 'direct'),
    s('one former aide', '', '“If you said no, you got fewer shifts.”', '', 'direct'),
    s('Josefina Ellerwode-Mwangoru', 'Another former aide, Josefina Ellerwode-Mwangoru', 'she complained to a regional manager in 2026 and was let go three weeks later', 'said'),
    s(CO, 'Hearthside', 'her dismissal was unrelated', 'said'),
    s('Curtis Vandermeeswyk-Achezunde', 'Hearthside’s chief executive, Curtis Vandermeeswyk-Achezunde', 'the company had found “a number of clerical errors” in an internal review and had repaid $212,000 to the state', 'said', 'mixed', role='chief executive'),
    s('Curtis Vandermeeswyk-Achezunde', 'He', 'the company “categorically rejects” any suggestion that it had billed for care it knew had not been provided', 'said', 'mixed', role='chief executive'),
    s('Kwabena Hollowbrant-Strandemir', 'Kwabena Hollowbrant-Strandemir, the daughter of a Hearthside client in Tarranvale Falls', 'her father often went without his evening visit', 'said'),
    s('Kwabena Hollowbrant-Strandemir', 'she', '“He would call me at nine at night, hungry, asking where the girl was,”', 'said', 'direct'),
    s('Kwabena Hollowbrant-Strandemir', '', '“I thought it was a scheduling problem. I never imagined someone was being paid for that hour.”', '', 'direct'),
    s('Bartholomew Nakagawa-Prydwell', 'a lawyer for the company, Bartholomew Nakagawa-Prydwell', 'the time sheets had been “taken out of context” and that aides often recorded visits late because clients’ homes had no internet connection', 'wrote', 'mixed', role='lawyer'),
    s('The state Department of Health Services', 'The state Department of Health Services', 'it had opened a review of Hearthside’s billing in June, after a complaint from a client’s family', 'said'),
    s('Maximilian Oduyamba-Brightman', 'State Sen. Maximilian Oduyamba-Brightman, who chairs the Senate health committee', 'he would call Hearthside executives to testify', 'said', role='State Sen.'),
    s('Maximilian Oduyamba-Brightman', 'he', '“If these numbers are right, this is not an error. It is a business model,”', 'said', 'direct', role='State Sen.'),
    s('state budget documents', 'state budget documents', 'Hearthside receives about $31 million a year from Medicaid', 'according to'),
)

TUNER = 'Ambrose Kettleridge-Nwosurike'

doc('u15-paper-obituary-piano-tuner', 'The Pembury Almanac', '2028-11-02', '''
Ambrose Kettleridge-Nwosurike, who kept Pembury’s pianos in tune for 52 years, dies at 84

By Hollis Marrable-Okoyendu

For half a century, if a piano in Pembury was in tune, there was a good chance Ambrose Kettleridge-Nwosurike had been there.

He tuned the grand piano at the Pembury Concert Hall before every recital from 1976 until last spring, the uprights in every elementary school in the district, and, by his own count, “about eleven thousand” pianos in living rooms, church basements and one funeral home.

Mr. Kettleridge-Nwosurike died Oct. 27 at his home on Lindenquay Crescent after a short illness, his daughter, Philippa Kettleridge, said. He was 84.

“He could hear a string going flat from the next room,” she said. “It drove my mother crazy, because he could not leave a piano alone, even at a party.”

Born in Port Auberglenn in 1944, he came to Pembury at 19 to apprentice with a German-born tuner named Wilhelm Sorenvoll-Aduquaye, who, according to family lore, refused to let him touch a concert instrument for three years. “Mr. Sorenvoll told me I had good ears and impatient hands,” he recalled in a 2011 interview with the Almanac. “He was right about the hands.”

Concert hall director Genevieve Aberquill-Lau said musicians who played Pembury often asked for him by name. She remembered a visiting pianist who refused to begin a recital in 1998 until Mr. Kettleridge-Nwosurike was fetched from a dinner across town to fix a single key.

“He came in his good suit, fixed it in four minutes, and sat in the back row for the whole concert,” Aberquill-Lau said. “He never charged us for that one.”

He was also a fixture at the Pembury Model Railway Club, where members remember him as a patient teacher and a terrible loser at cribbage. Club secretary Oswin Trelawney-Bakarinde joked that he had “perfect pitch and no poker face.”

His wife of 56 years, Margery, died in 2024. In addition to his daughter, he is survived by a son, Desmond, of Halverton, four grandchildren and his last apprentice, Noor Castelhune-Ibekwe, who took over his clients two years ago.

Castelhune-Ibekwe said he had insisted on visiting her first 50 clients with her. “He did not trust the tuning fork in my phone,” she said, laughing. “He was probably right.”

A memorial concert will be held at the Pembury Concert Hall on Nov. 12. The family asks that donations be made to the music program at Lindenquay Crescent Elementary School.
''',
    s(TUNER, 'his', '“about eleven thousand” pianos in living rooms, church basements and one funeral home', 'by his own count', 'mixed'),
    s('Philippa Kettleridge', 'his daughter, Philippa Kettleridge', 'Mr. Kettleridge-Nwosurike died Oct. 27 at his home on Lindenquay Crescent after a short illness', 'said', role='daughter'),
    s('Philippa Kettleridge', 'she', '“He could hear a string going flat from the next room,”', 'said', 'direct', role='daughter'),
    s('Philippa Kettleridge', '', '“It drove my mother crazy, because he could not leave a piano alone, even at a party.”', '', 'direct', role='daughter'),
    s('family lore', 'family lore', 'refused to let him touch a concert instrument for three years', 'according to'),
    s(TUNER, 'he', '“Mr. Sorenvoll told me I had good ears and impatient hands,”', 'recalled', 'direct'),
    s('Wilhelm Sorenvoll-Aduquaye', 'Mr. Sorenvoll', 'I had good ears and impatient hands', 'told', nested=True, via=TUNER),
    s(TUNER, '', '“He was right about the hands.”', '', 'direct'),
    s('Genevieve Aberquill-Lau', 'Concert hall director Genevieve Aberquill-Lau', 'musicians who played Pembury often asked for him by name', 'said', role='Concert hall director'),
    s('Genevieve Aberquill-Lau', 'She', 'a visiting pianist who refused to begin a recital in 1998 until Mr. Kettleridge-Nwosurike was fetched from a dinner across town to fix a single key', 'remembered', role='Concert hall director'),
    s('Genevieve Aberquill-Lau', 'Aberquill-Lau', '“He came in his good suit, fixed it in four minutes, and sat in the back row for the whole concert,”', 'said', 'direct', role='Concert hall director'),
    s('Genevieve Aberquill-Lau', '', '“He never charged us for that one.”', '', 'direct', role='Concert hall director'),
    s('members', 'members', 'a patient teacher and a terrible loser at cribbage', 'remember'),
    s('Oswin Trelawney-Bakarinde', 'Club secretary Oswin Trelawney-Bakarinde', 'he had “perfect pitch and no poker face.”', 'joked', 'mixed', role='Club secretary'),
    s('Noor Castelhune-Ibekwe', 'Castelhune-Ibekwe', 'he had insisted on visiting her first 50 clients with her', 'said', role='apprentice'),
    s('Noor Castelhune-Ibekwe', 'she', '“He did not trust the tuning fork in my phone,”', 'said', 'direct', role='apprentice'),
    s('Noor Castelhune-Ibekwe', '', '“He was probably right.”', '', 'direct', role='apprentice'),
    s('The family', 'The family', 'donations be made to the music program at Lindenquay Crescent Elementary School', 'asks'),
)

MED = 'Rosalind Achterwyck-Mbekwane'

doc('u16-paper-profile-labour-mediator', 'The Eastmoravel Gleaner', '2028-12-09', '''
‘I am nobody’s friend in that room’

For 30 years, Rosalind Achterwyck-Mbekwane has settled the strikes no one else could. Now the province’s best-known mediator is stepping down.

By Tobias Wexcombe-Anyanwu
Gleaner Staff

The call usually comes late at night, and it usually starts the same way. A deputy minister, or a union president, or sometimes both on the same line, tells Rosalind Achterwyck-Mbekwane that the talks are dead.

“Nothing is ever dead,” she says. “It is just tired. People are tired, and they say things they do not mean at two in the morning.”

Achterwyck-Mbekwane, 67, has mediated more than 200 labour disputes since 1998, including the 41-day nurses’ strike of 2009, the Eastmoravel transit lockout of 2017 and last year’s dispute at the Kellerman paper mill. On Friday, the province announced that she would retire at the end of the year.

She grew up in a mill town in the north of the province, the daughter of a millwright who was on strike for five months when she was nine. Her mother, she says, kept the family going by cleaning houses for the managers’ wives.

“I learned very early that a strike is not an abstraction. It is a kitchen table with nothing on it,” she said.

She trained as a lawyer and spent eight years representing unions before the province’s chief mediator at the time, Leopold Farnsworth-Adjevorn, hired her in 1998. Farnsworth-Adjevorn, now 88 and living in a retirement home in Westvale, remembers that she argued with him in the job interview.

“She told me my office was too slow and too polite,” he said. “I hired her that afternoon.”

He says she has one gift he never had: the ability to make both sides believe she is quietly on theirs. She rejects that description. “I am nobody’s friend in that room,” she said. “If they think I am, that is their business.”

Not everyone admires her methods. Conrad Beaumerrow-Ikwuemesi, who negotiated for the province in the 2017 transit lockout, said she kept the two sides in separate rooms for so long that “neither of us knew what the other actually wanted until day nine.” He said he still believes the lockout could have ended a week earlier.

Achterwyck-Mbekwane does not dispute the account. She says keeping the sides apart was deliberate. “They had spent six months insulting each other in the newspapers,” she said. “You do not put those people at one table on the first day.”

Union leaders are more generous. Dolores Ferrandelo-Oyelodun, who led the nurses in 2009, recalls that Achterwyck-Mbekwane sat through a 19-hour session without leaving the room once. She said the mediator ended it by writing a single sentence on a whiteboard and asking both sides to sign under it.

“She never told us what the sentence meant,” Ferrandelo-Oyelodun said. “She let each of us read it our own way, and that was the deal.”

Her daughter, Ines Achterwyck, a teacher in Eastmoravel, says her mother missed two of her birthdays and one graduation to sit in hotel conference rooms. She says she has forgiven her. “Mostly,” she added.

Achterwyck-Mbekwane’s successor has not been named. The labour minister, Augustin Rasmundvik-Obinwanne, said the province would hold an open competition and hoped to make an appointment by March. He called her “irreplaceable, which is a problem for me.”

She plans to spend the first months of her retirement at the cottage her father built. She says she will not take any calls.

Farnsworth-Adjevorn doubts it. “She will last until the first strike,” he said.
''',
    s(MED, '', '‘I am nobody’s friend in that room’', '', 'direct', role='mediator'),
    s(MED, 'she', '“Nothing is ever dead,”', 'says', 'direct', role='mediator'),
    s(MED, '', '“It is just tired. People are tired, and they say things they do not mean at two in the morning.”', '', 'direct', role='mediator'),
    s('A deputy minister, or a union president, or sometimes both on the same line', 'A deputy minister, or a union president, or sometimes both on the same line', 'the talks are dead', 'tells'),
    s('the province', 'the province', 'she would retire at the end of the year', 'announced'),
    s(MED, 'she', ['Her mother,', 'kept the family going by cleaning houses for the managers’ wives'], 'says', anchor='She grew up in a mill town', role='mediator'),
    s(MED, 'she', '“I learned very early that a strike is not an abstraction. It is a kitchen table with nothing on it,”', 'said', 'direct', role='mediator'),
    s('Leopold Farnsworth-Adjevorn', 'Farnsworth-Adjevorn, now 88 and living in a retirement home in Westvale', 'she argued with him in the job interview', 'remembers', role='chief mediator'),
    s('Leopold Farnsworth-Adjevorn', 'he', '“She told me my office was too slow and too polite,”', 'said', 'direct', role='chief mediator'),
    s(MED, 'She', 'my office was too slow and too polite', 'told', nested=True, via='Leopold Farnsworth-Adjevorn'),
    s('Leopold Farnsworth-Adjevorn', '', '“I hired her that afternoon.”', '', 'direct', role='chief mediator'),
    s('Leopold Farnsworth-Adjevorn', 'He', 'she has one gift he never had: the ability to make both sides believe she is quietly on theirs', 'says', role='chief mediator'),
    s(MED, 'She', 'that description', 'rejects', role='mediator'),
    s(MED, 'she', '“I am nobody’s friend in that room,”', 'said', 'direct', role='mediator'),
    s(MED, '', '“If they think I am, that is their business.”', '', 'direct', role='mediator'),
    s('Conrad Beaumerrow-Ikwuemesi', 'Conrad Beaumerrow-Ikwuemesi, who negotiated for the province in the 2017 transit lockout', 'she kept the two sides in separate rooms for so long that “neither of us knew what the other actually wanted until day nine.”', 'said', 'mixed'),
    s('Conrad Beaumerrow-Ikwuemesi', 'He', 'he still believes the lockout could have ended a week earlier', 'said'),
    s(MED, 'She', 'keeping the sides apart was deliberate', 'says', role='mediator'),
    s(MED, 'she', '“They had spent six months insulting each other in the newspapers,”', 'said', 'direct', role='mediator'),
    s(MED, '', '“You do not put those people at one table on the first day.”', '', 'direct', role='mediator'),
    s('Dolores Ferrandelo-Oyelodun', 'Dolores Ferrandelo-Oyelodun, who led the nurses in 2009', 'Achterwyck-Mbekwane sat through a 19-hour session without leaving the room once', 'recalls'),
    s('Dolores Ferrandelo-Oyelodun', 'She', 'the mediator ended it by writing a single sentence on a whiteboard and asking both sides to sign under it', 'said'),
    s('Dolores Ferrandelo-Oyelodun', 'Ferrandelo-Oyelodun', '“She never told us what the sentence meant,”', 'said', 'direct'),
    s('Dolores Ferrandelo-Oyelodun', '', '“She let each of us read it our own way, and that was the deal.”', '', 'direct'),
    s('Ines Achterwyck', 'Her daughter, Ines Achterwyck, a teacher in Eastmoravel', 'her mother missed two of her birthdays and one graduation to sit in hotel conference rooms', 'says', role='teacher'),
    s('Ines Achterwyck', 'She', 'she has forgiven her', 'says', role='teacher'),
    s('Ines Achterwyck', 'she', '“Mostly,”', 'added', 'direct', role='teacher'),
    s('Augustin Rasmundvik-Obinwanne', 'The labour minister, Augustin Rasmundvik-Obinwanne', 'the province would hold an open competition and hoped to make an appointment by March', 'said', role='labour minister'),
    s('Augustin Rasmundvik-Obinwanne', 'He', '“irreplaceable, which is a problem for me.”', 'called', 'direct', role='labour minister'),
    s(MED, 'She', 'she will not take any calls', 'says', role='mediator'),
    s('Leopold Farnsworth-Adjevorn', 'he', '“She will last until the first strike,”', 'said', 'direct', role='chief mediator'),
)
