"""Set BC's five North American newspaper articles (see build_bc.py)."""
from invented_common import doc_spans as doc, s

OKW = 'Adaeze Okwuosa'
REY = 'Samuel Reyes-Whitford'
VANT = 'Gloria Vantassel'
FARR = 'Linda Farrugia'

doc('bc12-paper-millbrook-chemistry-teacher-retires', 'The Millbrook Register', '2037-06-10', '''
After 41 years, Mrs. Okwuosa rings her last bell

Former student says chemistry teacher 'made us all feel smart'

By Dana Whitlock
Staff Writer

MILLBROOK — When Adaeze Okwuosa started teaching chemistry at Millbrook Regional High School in 1996, the classroom had a chalkboard, a single computer and a fume hood that, she says, "mostly moved the fumes around."

On Friday, the 67-year-old will teach her last class.

"I keep thinking I'll miss the chemistry, but it's the kids I'll miss," Okwuosa said in her classroom this week, surrounded by boxes of old lab notebooks. "Every September you get 120 new people who don't know yet what they're capable of."

Okwuosa grew up in Harlow Bay, the daughter of a pharmacist, and says she knew by the age of 12 that she wanted to teach. She taught for four years in Hartsfield before moving to Millbrook, where she has stayed ever since. By her own count, she has taught more than 5,000 students.

One of them, Dr. Samuel Reyes-Whitford, now an emergency physician at Millbrook General, was in her class in 2004.

"She made us all feel smart, even the ones who weren't," Reyes-Whitford said. "I was failing chemistry in October. She stayed after school with me twice a week until I wasn't."

Not all of her former students remember chemistry fondly.

"I still can't balance an equation," admitted Tessa Grunwald, who now runs a flower shop downtown. "But she never once made me feel stupid for it."

The school board honored Okwuosa at its May meeting with a resolution thanking her for "four decades of curiosity."

Principal Gloria Vantassel said Okwuosa had turned down the job of department head three times because it would have meant teaching fewer classes.

"She told me once that paperwork was for people who had run out of ideas," Vantassel said, laughing. "She has never run out of ideas."

Not everything has changed for the better, Okwuosa says. Students are more anxious than they were 20 years ago, she said, and phones have made it harder for them to sit with a problem they can't solve right away.

Was she tempted to stay another year?

"For about a day," she said.

The district has not yet hired her replacement. Superintendent Mark Delacroix-Bell said in an email that the district had received 14 applications for the job and hoped to fill it by August.

Teachers' union president Linda Farrugia said the district was losing "a generation of experience" as teachers hired in the 1990s retire, and called on the school board to offer mentoring stipends so veteran teachers could train new ones.

Okwuosa plans to spend her retirement gardening and visiting her grandchildren in Hartsfield. She also plans to finish a chemistry textbook for high school students that she has been writing, on and off, since 2019.

Her classroom, Room 214, will become a second physics lab next fall.

Her colleagues are throwing her a party Friday night in the school cafeteria. The invitation, she noted, promises "no Bunsen burners."
''',
    s(REY, 'Former student', "chemistry teacher 'made us all feel smart'", 'says', 'mixed'),
    s(OKW, 'she', ['a fume hood that', '"mostly moved the fumes around."'], 'says', 'mixed', anchor='a fume hood'),
    s(OKW, 'Okwuosa', '"I keep thinking I\'ll miss the chemistry, but it\'s the kids I\'ll miss,"', 'said', 'direct'),
    s(OKW, '', '"Every September you get 120 new people who don\'t know yet what they\'re capable of."', '', 'direct'),
    s(OKW, 'Okwuosa', 'she knew by the age of 12 that she wanted to teach', 'says'),
    s(OKW, 'her', 'she has taught more than 5,000 students', 'By her own count'),
    s(REY, 'Reyes-Whitford', '"She made us all feel smart, even the ones who weren\'t,"', 'said', 'direct'),
    s(REY, '', '"I was failing chemistry in October. She stayed after school with me twice a week until I wasn\'t."', '', 'direct'),
    s('Tessa Grunwald', 'Tessa Grunwald', '"I still can\'t balance an equation,"', 'admitted', 'direct'),
    s('Tessa Grunwald', '', '"But she never once made me feel stupid for it."', '', 'direct'),
    s(VANT, 'Principal Gloria Vantassel', 'Okwuosa had turned down the job of department head three times because it would have meant teaching fewer classes', 'said', role='Principal'),
    s(VANT, 'Vantassel', '"She told me once that paperwork was for people who had run out of ideas,"', 'said', 'direct', role='Principal'),
    s(OKW, 'She', 'paperwork was for people who had run out of ideas', 'told', nested=True, via=VANT),
    s(VANT, '', '"She has never run out of ideas."', '', 'direct', role='Principal'),
    s(OKW, 'Okwuosa', 'Not everything has changed for the better', 'says'),
    s(OKW, 'she', ['Students are more anxious than they were 20 years ago', "and phones have made it harder for them to sit with a problem they can't solve right away"], 'said'),
    s(OKW, 'she', '"For about a day,"', 'said', 'direct'),
    s('Mark Delacroix-Bell', 'Superintendent Mark Delacroix-Bell', 'the district had received 14 applications for the job and hoped to fill it by August', 'said', role='Superintendent'),
    s(FARR, "Teachers' union president Linda Farrugia", 'the district was losing "a generation of experience" as teachers hired in the 1990s retire', 'said', 'mixed', role="Teachers' union president"),
    s(FARR, '', 'the school board to offer mentoring stipends so veteran teachers could train new ones', 'called on', role="Teachers' union president"),
    s(OKW, 'she', ['The invitation', 'promises "no Bunsen burners."'], 'noted', 'mixed', anchor='Her colleagues are throwing'),
)

TER = 'Teresa Kowalczyk'
WALT = 'Walt Kowalczyk'
COUPLE = 'Teresa Kowalczyk and Walt Kowalczyk'
PRELL = 'Vincent Prell'
FDBA = 'Fairhaven Downtown Business Association'

doc('bc13-paper-fairhaven-dunmore-street-bakery-closing', 'The Fairhaven Courier', '2037-11-18', '''
Beloved Dunmore Street bakery to close after 58 years

Owners cite rising rent, long hours; landlord says door is open to talks

By Keith Amundsen
The Fairhaven Courier

FAIRHAVEN — The ovens at Kowalczyk's Bakery will go cold on Dec. 23, ending 58 years of rye bread, poppy seed rolls and jelly doughnuts on Dunmore Street.

Teresa Kowalczyk, 63, and her husband, Walt, 66, taped a handwritten sign to the shop window on Monday morning. By noon, the line of customers stretched to the corner.

"We're tired, and the numbers don't work anymore," Teresa Kowalczyk said Tuesday, wiping flour off her hands behind the counter. "When the rent goes up 40 percent, you'd have to sell a lot of rolls."

The couple said their rent will rise from $4,200 to $5,900 a month when their lease ends in January. Walt Kowalczyk, who starts the ovens at 3 a.m. six days a week, said he has had two back operations in three years.

"My doctor told me I should have stopped two operations ago," he said.

On the Tuesday before Lent each year, the line for the bakery's jelly doughnuts starts before dawn; last year the shop sold 3,100 of them.

Walt's father, Henryk Kowalczyk, opened the bakery in 1979, two years after arriving in Fairhaven with $300 and a notebook of his mother's recipes.

The building's owner, Vincent Prell, said he was "genuinely sorry" to see the bakery go and that the new rent was in line with what other storefronts on Dunmore Street charge.

"My taxes went up, my insurance went up, the roof needs replacing," Prell said in a phone interview. "But my door is open. If they want to talk, I'll talk."

Asked whether he had a new tenant lined up, Prell said he did not.

Regulars were not ready to say goodbye.

"I've been buying my Sunday rye here since 1987," said Ernestine Blaylock, 81, who walked six blocks in the rain Tuesday. "Where am I supposed to go now, the supermarket?"

Blaylock said she planned to buy "a dozen of everything" on the last day and freeze it.

Is there anyone to take over? The couple's two children both live out of state and have other careers, Teresa Kowalczyk said. A young baker from Milford approached them about buying the recipes last year, but the deal fell through.

The Fairhaven Downtown Business Association said in a statement that it was "heartbroken" and that it would ask the city to consider a small-business rent relief program like the ones adopted in Lakeport and Ridgeway.

City Councilor Amy Nakashima-Brandt, whose ward includes Dunmore Street, called the closing "a loss for the whole neighborhood" and said she would raise the idea of a rent relief fund at the council's next meeting.

According to the association, at least nine independent shops on Dunmore Street have closed since 2033.

Teresa Kowalczyk said the recipes will not be sold.

"They stay in the family," she said. "Maybe one of the grandkids will want them someday."

Until Dec. 23, the bakery is open 6 a.m. to 2 p.m. Tuesday through Saturday.
''',
    s(COUPLE, 'Owners', 'rising rent, long hours', 'cite'),
    s(PRELL, 'landlord', 'door is open to talks', 'says'),
    s(TER, 'Teresa Kowalczyk', '"We\'re tired, and the numbers don\'t work anymore,"', 'said', 'direct'),
    s(TER, '', '"When the rent goes up 40 percent, you\'d have to sell a lot of rolls."', '', 'direct'),
    s(COUPLE, 'The couple', 'their rent will rise from $4,200 to $5,900 a month when their lease ends in January', 'said'),
    s(WALT, 'Walt Kowalczyk', 'he has had two back operations in three years', 'said'),
    s(WALT, 'he', '"My doctor told me I should have stopped two operations ago,"', 'said', 'direct'),
    s('My doctor', 'My doctor', 'I should have stopped two operations ago', 'told', nested=True, via=WALT),
    s(PRELL, "The building's owner, Vincent Prell", 'he was "genuinely sorry" to see the bakery go and that the new rent was in line with what other storefronts on Dunmore Street charge', 'said', 'mixed'),
    s(PRELL, 'Prell', '"My taxes went up, my insurance went up, the roof needs replacing,"', 'said', 'direct'),
    s(PRELL, '', '"But my door is open. If they want to talk, I\'ll talk."', '', 'direct'),
    s(PRELL, 'Prell', 'he did not', 'said', anchor='Asked whether he had'),
    s('Ernestine Blaylock', 'Ernestine Blaylock', '"I\'ve been buying my Sunday rye here since 1987,"', 'said', 'direct'),
    s('Ernestine Blaylock', '', '"Where am I supposed to go now, the supermarket?"', '', 'direct'),
    s('Ernestine Blaylock', 'Blaylock', 'she planned to buy "a dozen of everything" on the last day and freeze it', 'said', 'mixed'),
    s(TER, 'Teresa Kowalczyk', "The couple's two children both live out of state and have other careers", 'said'),
    s(FDBA, 'The Fairhaven Downtown Business Association', 'it was "heartbroken" and that it would ask the city to consider a small-business rent relief program like the ones adopted in Lakeport and Ridgeway', 'said', 'mixed'),
    s('Amy Nakashima-Brandt', 'City Councilor Amy Nakashima-Brandt', 'the closing "a loss for the whole neighborhood"', 'called', 'mixed', role='City Councilor'),
    s('Amy Nakashima-Brandt', '', "she would raise the idea of a rent relief fund at the council's next meeting", 'said', role='City Councilor'),
    s(FDBA, 'the association', 'at least nine independent shops on Dunmore Street have closed since 2033', 'according to'),
    s(TER, 'Teresa Kowalczyk', 'the recipes will not be sold', 'said'),
    s(TER, 'she', '"They stay in the family,"', 'said', 'direct'),
    s(TER, '', '"Maybe one of the grandkids will want them someday."', '', 'direct'),
)

ECH = 'Marisol Echeverria'
OSEI = 'Gerald Osei-Tutu'
AMB = 'Dorothy Ambrose-Kline'
LCHF = 'Lakeshore Co-operative Housing Federation'

doc('bc14-paper-birchmount-housing-coop-roof-assessment', 'The Lakeshore Ledger', '2037-01-29', '''
Co-op members fight board over $3.2 million roof bill

Special assessment would cost some households $11,000

By Priya Ramaswamy
The Lakeshore Ledger

Residents of the Birchmount Housing Co-operative packed a church basement Wednesday night to oppose a special assessment that would charge each of the co-op's 290 households between $8,000 and $11,000 to replace the complex's leaking roofs.

The co-op's board voted 5-2 last month to levy the assessment, payable over three years, after an engineering report by the firm Dunlop Wexford Engineering, commissioned by the board, found that the roofs on all four buildings had reached the end of their life.

"Nobody is saying the roofs don't need fixing," said Marisol Echeverria, a retired bus driver who has lived in the co-op since 1994 and helped organize Wednesday's meeting. "We're saying the board decided this behind closed doors, and now it's sending us the bill."

The co-op was built in 1984 with federal financing and is home to about 700 people, many of them seniors and single parents.

Echeverria and about 60 other members have collected 84 signatures on a petition for a general meeting of the co-op. Under the co-op's bylaws, the board must call such a meeting if 20 percent of members ask for one.

Board president Gerald Osei-Tutu said the board had followed the bylaws, which allow it to levy assessments for urgent repairs without a vote of the members.

"Water is coming through ceilings in Building C right now," Osei-Tutu said. "If we wait six months for a vote, we'll be paying for ceilings and mold on top of roofs."

He said the board would hold an information session on Feb. 18, but did not say whether it would call a general meeting.

Some members say the assessment will force them out. Dorothy Ambrose-Kline, 74, lives on a pension of about $1,900 a month.

"I don't have $8,000," she said. "I've paid my housing charge on time for 31 years."

According to the board, members who cannot pay can apply for a hardship deferral, with the amount added to their share when they leave the co-op.

The Lakeshore Co-operative Housing Federation, which advises about 140 co-ops in the region, said disputes over special assessments had become common as buildings put up in the 1980s need major repairs. Its executive director, Tamsin Boateng, said boards should "bring members along early" rather than present them with a bill.

Boateng said about a dozen co-ops in the federation had faced similar fights in the past five years, and that most had ended with members voting for a smaller, phased project.

Was the board required to hold a vote? A lawyer for the members, Raymond Liu-Sorensen, argued in a letter to the board last week that the bylaws define "urgent repairs" narrowly and that a project this size needs members' approval.

Osei-Tutu called that reading "creative" and said the board had its own legal advice.

The meeting ended with a show of hands: all but three of the roughly 120 members present voted to press ahead with the petition.

The co-op's next board meeting is March 3.
''',
    s('Dunlop Wexford Engineering', 'an engineering report by the firm Dunlop Wexford Engineering', 'the roofs on all four buildings had reached the end of their life', 'found'),
    s(ECH, 'Marisol Echeverria', '"Nobody is saying the roofs don\'t need fixing,"', 'said', 'direct'),
    s(ECH, '', '"We\'re saying the board decided this behind closed doors, and now it\'s sending us the bill."', '', 'direct'),
    s(OSEI, 'Board president Gerald Osei-Tutu', 'the board had followed the bylaws, which allow it to levy assessments for urgent repairs without a vote of the members', 'said', role='Board president'),
    s(OSEI, 'Osei-Tutu', '"Water is coming through ceilings in Building C right now,"', 'said', 'direct', role='Board president'),
    s(OSEI, '', '"If we wait six months for a vote, we\'ll be paying for ceilings and mold on top of roofs."', '', 'direct', role='Board president'),
    s(OSEI, 'He', 'the board would hold an information session on Feb. 18', 'said', role='Board president'),
    s('Some members', 'Some members', 'the assessment will force them out', 'say'),
    s(AMB, 'she', '"I don\'t have $8,000,"', 'said', 'direct'),
    s(AMB, '', '"I\'ve paid my housing charge on time for 31 years."', '', 'direct'),
    s("The co-op's board", 'the board', 'members who cannot pay can apply for a hardship deferral, with the amount added to their share when they leave the co-op', 'according to'),
    s(LCHF, 'The Lakeshore Co-operative Housing Federation', 'disputes over special assessments had become common as buildings put up in the 1980s need major repairs', 'said'),
    s('Tamsin Boateng', 'Its executive director, Tamsin Boateng', 'boards should "bring members along early" rather than present them with a bill', 'said', 'mixed', role='executive director'),
    s('Tamsin Boateng', 'Boateng', 'about a dozen co-ops in the federation had faced similar fights in the past five years, and that most had ended with members voting for a smaller, phased project', 'said', role='executive director'),
    s('Raymond Liu-Sorensen', 'A lawyer for the members, Raymond Liu-Sorensen', 'the bylaws define "urgent repairs" narrowly and that a project this size needs members\' approval', 'argued', 'mixed', role='A lawyer for the members'),
    s(OSEI, 'Osei-Tutu', 'that reading "creative"', 'called', 'mixed', role='Board president'),
    s(OSEI, '', 'the board had its own legal advice', 'said', role='Board president'),
)

HUNT = 'Carla Huntington'
BIEL = 'Tomasz Bielinski-Mora'
OYEL = 'Jasmine Oyelowo'
QUIN = 'Dolores Quintanilla-Hart'

doc('bc15-paper-riverton-marathon-heat', 'The Riverton Sentinel', '2037-09-21', '''
Heat cuts Riverton Marathon short for slower runners; winner sets course record

By Joel Atwater
The Riverton Sentinel

RIVERTON — Organizers of the Riverton Marathon stopped the race for thousands of slower runners Sunday as temperatures climbed past 88 degrees, hours after Tomasz Bielinski-Mora of Gresham won the men's race in a course record of 2 hours, 8 minutes, 41 seconds.

Race director Carla Huntington said the decision to close the course at the 20-mile mark at 11:15 a.m. was made on the advice of the race's medical director after the number of runners treated for heat illness doubled in half an hour.

"It was the hardest call I've made in 16 years of doing this," Huntington said. "But I would make it again."

About 4,100 of the 11,300 starters were stopped and taken by bus to the finish area, according to race officials. Twenty-three runners were taken to hospitals, the Riverton Fire Department said, none with life-threatening conditions.

Dr. Anil Raghavan, the race's medical director, said most of the runners treated had cramps, dizziness or nausea, and that four were treated for heat stroke.

Not every runner agreed with the decision.

"I trained for 18 weeks for this, and they pulled me off at mile 20 when I felt fine," said Kerri-Ann Mulvaney, 38, of Eastfield, who was running her first marathon. "Let the people who feel fine keep going."

Runners who were stopped will receive a finisher's medal and a discount on next year's entry fee, organizers announced Sunday evening.

Others said organizers should have started the race earlier. The start time of 7:30 a.m. was set in 2031 after complaints from churches along the course about road closures on Sunday mornings.

Huntington said the race would "look hard" at an earlier start next year and would talk with the churches.

Bielinski-Mora, 27, broke the course record by 51 seconds, running alone for the final 8 miles.

"The heat? I didn't feel it until the last 10K," he said through an interpreter. "Then I felt everything."

Bielinski-Mora, who finished second here in 2035, said he planned to run the Valmont Marathon in December "if my legs forgive me."

In the women's race, Riverton native Jasmine Oyelowo won in 2:27:16, the first local winner since 1998. She said she had run the course "maybe a hundred times" in training and knew every pothole.

"My mom was at mile 22 with a sign," she said. "I could hear her before I could see her."

The Riverton office of the Regional Weather Service had issued a heat advisory for the area on Saturday. Meteorologist Craig Vantreese said Sunday's high of 91 degrees at the airport broke the record for the date, set in 1959.

The race, now in its 44th year, raised about $1.2 million for Riverton Children's Hospital last year, according to its website.

Mayor Dolores Quintanilla-Hart praised the organizers for "putting safety first" and said the city would review its own heat plans for outdoor events.
''',
    s(HUNT, 'Race director Carla Huntington', "the decision to close the course at the 20-mile mark at 11:15 a.m. was made on the advice of the race's medical director after the number of runners treated for heat illness doubled in half an hour", 'said', role='Race director'),
    s(HUNT, 'Huntington', '"It was the hardest call I\'ve made in 16 years of doing this,"', 'said', 'direct', role='Race director'),
    s(HUNT, '', '"But I would make it again."', '', 'direct', role='Race director'),
    s('race officials', 'race officials', 'About 4,100 of the 11,300 starters were stopped and taken by bus to the finish area', 'according to'),
    s('Riverton Fire Department', 'the Riverton Fire Department', 'Twenty-three runners were taken to hospitals', 'said'),
    s('Anil Raghavan', "Dr. Anil Raghavan, the race's medical director", 'most of the runners treated had cramps, dizziness or nausea, and that four were treated for heat stroke', 'said', role="the race's medical director"),
    s('Kerri-Ann Mulvaney', 'Kerri-Ann Mulvaney', '"I trained for 18 weeks for this, and they pulled me off at mile 20 when I felt fine,"', 'said', 'direct'),
    s('Kerri-Ann Mulvaney', '', '"Let the people who feel fine keep going."', '', 'direct'),
    s('organizers', 'organizers', "Runners who were stopped will receive a finisher's medal and a discount on next year's entry fee", 'announced', anchor='organizers announced'),
    s('Others', 'Others', 'organizers should have started the race earlier', 'said'),
    s(HUNT, 'Huntington', 'the race would "look hard" at an earlier start next year and would talk with the churches', 'said', 'mixed', role='Race director'),
    s(BIEL, 'he', '"The heat? I didn\'t feel it until the last 10K,"', 'said', 'direct'),
    s(BIEL, '', '"Then I felt everything."', '', 'direct'),
    s(BIEL, 'Bielinski-Mora', 'he planned to run the Valmont Marathon in December "if my legs forgive me."', 'said', 'mixed'),
    s(OYEL, 'She', 'she had run the course "maybe a hundred times" in training and knew every pothole', 'said', 'mixed'),
    s(OYEL, 'she', '"My mom was at mile 22 with a sign,"', 'said', 'direct'),
    s(OYEL, '', '"I could hear her before I could see her."', '', 'direct'),
    s('Craig Vantreese', 'Meteorologist Craig Vantreese', "Sunday's high of 91 degrees at the airport broke the record for the date, set in 1959", 'said', role='Meteorologist'),
    s('Riverton Marathon', 'its website', "The race, now in its 44th year, raised about $1.2 million for Riverton Children's Hospital last year", 'according to'),
    s(QUIN, 'Mayor Dolores Quintanilla-Hart', 'the organizers for "putting safety first"', 'praised', 'mixed', role='Mayor'),
    s(QUIN, '', 'the city would review its own heat plans for outdoor events', 'said', role='Mayor'),
)

PRATT = 'Naomi Pratt-Esposito'
HFPL = 'Hollins Ferry Public Library'
FENS = 'Harold Fenske'
ELENA = 'Elena Carranza'

doc('bc16-paper-hollins-ferry-library-fine-amnesty', 'The Hollins Ferry Gazette', '2037-04-06', '''
Library forgives $212,000 in late fines — and gets back a book due in 1979

Fine-free policy brings back lapsed borrowers, director says

By Melanie Fortier
The Hollins Ferry Gazette

HOLLINS FERRY — When the Hollins Ferry Public Library stopped charging late fines in January and wiped out $212,000 in old debts, director Naomi Pratt-Esposito expected a few overdue books to come back.

She did not expect "The Complete Guide to Home Canning," due on Sept. 14, 1979.

"It came in the book drop with a note that said, 'Sorry, Mom meant to return this,'" Pratt-Esposito said. "We've put it in a glass case by the front desk."

The library board voted in November to end fines for overdue materials, joining a growing number of public libraries in the region. Borrowers still pay for books they lose or damage.

Since the amnesty began, 2,380 lapsed cardholders have come back to the library, and the number of items checked out has risen 14 percent compared with the same months last year, according to the library's figures.

"Fines were keeping away exactly the people we most want to reach: kids and families who can't spare $20," Pratt-Esposito said. "A fine doesn't teach responsibility. It teaches a 9-year-old that the library isn't for her."

Not everyone is convinced. Board member Harold Fenske, who voted against the change, said he worried that without fines, books would come back more slowly and popular titles would be harder to get.

"People respond to incentives," Fenske said. "I hope I'm wrong."

The average time to return a book has not changed, according to Pratt-Esposito.

The fines brought in about $31,000 a year, less than 1 percent of the library's $4.6 million budget, city finance director Owen Brisco said. The city council approved the change without debate in December.

The Northland Library Association says more than 60 libraries in the state have dropped fines since 2030. Its president, Gwendolyn Akande, said libraries that went fine-free had not seen "any meaningful increase" in lost books.

The library has three branches and about 21,000 active cardholders.

At the circulation desk on a recent afternoon, Luis Carranza, 11, was checking out a stack of graphic novels with his mother, Elena.

"We stopped coming because we owed like $40 and I was embarrassed," Elena Carranza said. "Now he's here every week."

Asked what he was reading, Luis held up a book about sharks. "This one's really good," he said.

Some borrowers have tested the new rules. Pratt-Esposito said the library had "a handful" of cardholders with more than 50 items checked out, and that staff were reminding them gently.

The library's book drop is open 24 hours. Anyone still holding something from 1978 or earlier, Pratt-Esposito said, is welcome to try to beat the canning guide.
''',
    s(PRATT, 'director', 'Fine-free policy brings back lapsed borrowers', 'says', role='director'),
    s(PRATT, 'director Naomi Pratt-Esposito', 'a few overdue books to come back', 'expected', role='director'),
    s(PRATT, 'Pratt-Esposito', '"It came in the book drop with a note that said, \'Sorry, Mom meant to return this,\'"', 'said', 'direct', role='director'),
    s(PRATT, '', '"We\'ve put it in a glass case by the front desk."', '', 'direct', role='director'),
    s(HFPL, "the library's figures", 'Since the amnesty began, 2,380 lapsed cardholders have come back to the library, and the number of items checked out has risen 14 percent compared with the same months last year', 'according to'),
    s(PRATT, 'Pratt-Esposito', '"Fines were keeping away exactly the people we most want to reach: kids and families who can\'t spare $20,"', 'said', 'direct', role='director'),
    s(PRATT, '', '"A fine doesn\'t teach responsibility. It teaches a 9-year-old that the library isn\'t for her."', '', 'direct', role='director'),
    s(FENS, 'Board member Harold Fenske', 'he worried that without fines, books would come back more slowly and popular titles would be harder to get', 'said', role='Board member'),
    s(FENS, 'Fenske', '"People respond to incentives,"', 'said', 'direct', role='Board member'),
    s(FENS, '', '"I hope I\'m wrong."', '', 'direct', role='Board member'),
    s(PRATT, 'Pratt-Esposito', 'The average time to return a book has not changed', 'according to', role='director'),
    s('Owen Brisco', 'city finance director Owen Brisco', "The fines brought in about $31,000 a year, less than 1 percent of the library's $4.6 million budget", 'said', role='city finance director'),
    s('Northland Library Association', 'The Northland Library Association', 'more than 60 libraries in the state have dropped fines since 2030', 'says'),
    s('Gwendolyn Akande', 'Its president, Gwendolyn Akande', 'libraries that went fine-free had not seen "any meaningful increase" in lost books', 'said', 'mixed', role='president'),
    s(ELENA, 'Elena Carranza', '"We stopped coming because we owed like $40 and I was embarrassed,"', 'said', 'direct'),
    s(ELENA, '', '"Now he\'s here every week."', '', 'direct'),
    s('Luis Carranza', 'he', '"This one\'s really good,"', 'said', 'direct'),
    s(PRATT, 'Pratt-Esposito', 'the library had "a handful" of cardholders with more than 50 items checked out, and that staff were reminding them gently', 'said', 'mixed', role='director'),
    s(PRATT, 'Pratt-Esposito', ['Anyone still holding something from 1978 or earlier', 'is welcome to try to beat the canning guide'], 'said', role='director'),
)
