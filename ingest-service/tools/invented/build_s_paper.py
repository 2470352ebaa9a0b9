"""Set S's five North American newspaper articles (see build_s.py)."""
from invented_common import doc_spans as doc, s

doc('s12-garrowind-chairlift-verdict', 'The Garrowind Sentinel', '2027-01-29', '''
Jury awards $4.2 million to family of skier killed in chairlift fall

Resort ‘disappointed,’ weighing appeal; widow says verdict ‘is about the next family’

By Honorine Dubrovsky-Haas

A Wendmoor County jury on Thursday ordered the owners of Brisca Peak resort to pay $4.2 million to the family of a Garrowind dentist who fell 11 meters from a chairlift in 2024, finding that the resort had ignored repeated warnings about a faulty safety bar.

The jury of six deliberated for about five hours after a nine-day trial. It found Brisca Peak Holdings 80 percent responsible for the death of Dr. Anwar Hazeltine-Saavedra, 52, and the lift’s maintenance contractor, Alpine Lift Services, 20 percent responsible.

“This verdict is not about money. It is about the next family,” his widow, Odile Hazeltine-Saavedra, said outside the Wendmoor County Courthouse, holding the hand of her teenage son. “Nobody should get a phone call like the one I got.”

Their son, Tobin, 16, said his father had taught him to ski on Chair 3 when he was five. “I want to ride it again someday. Not this year,” he said.

The family’s lawyer, Lysander Ogunleye-Trevithick, told jurors in his closing argument that the resort had received at least four complaints about the bar on Chair 3 in the month before the fall and had done “nothing but write them down.”

“They had a logbook. They did not have a wrench,” he said.

Lawyers for Brisca Peak argued that Hazeltine-Saavedra had lifted the bar himself before the chair reached the unloading ramp, and that surveillance video was too grainy to show otherwise.

A former lift operator, Declan Gwynfor-Leitch, testified that he had reported the bar twice and that a supervisor told him to “keep the line moving.” Under cross-examination, he acknowledged that he had been fired by the resort for unrelated reasons in 2025.

Brisca Peak spokeswoman Philippa Quimby-Asare said in an email that the company was “disappointed” and was “reviewing all options, including an appeal.” She said safety bars on all 14 of the resort’s lifts had been replaced in 2025.

Alpine Lift Services did not respond to messages Thursday.

Judge Wilhelmina Olumide-Strake thanked the jurors and told them their service had been “difficult and important.” She scheduled a hearing on legal costs for March 12.

The verdict is one of the largest in a ski accident case in the state, according to Priscilla Montague-Adesanmi, a law professor at Garrowind University who studies recreation liability. She said most such cases settle before trial because resorts fear juries.

“When a case like this goes to a verdict, it usually means the resort believed its own story,” she said. “This time the jury didn’t.”
''',
    s('Odile Hazeltine-Saavedra', 'widow', 'verdict ‘is about the next family’', 'says', 'mixed', role='widow'),
    s('Philippa Quimby-Asare', 'Resort', '‘disappointed,’ weighing appeal', '', 'mixed', role='Brisca Peak spokeswoman'),
    s('Odile Hazeltine-Saavedra', 'his widow, Odile Hazeltine-Saavedra', '“This verdict is not about money. It is about the next family,”', 'said', 'direct', role='widow'),
    s('Odile Hazeltine-Saavedra', '', '“Nobody should get a phone call like the one I got.”', '', 'direct', role='widow'),
    s('Tobin', 'Their son, Tobin, 16', 'his father had taught him to ski on Chair 3 when he was five', 'said'),
    s('Tobin', 'he', '“I want to ride it again someday. Not this year,”', 'said', 'direct'),
    s('Lysander Ogunleye-Trevithick', 'The family’s lawyer, Lysander Ogunleye-Trevithick', 'the resort had received at least four complaints about the bar on Chair 3 in the month before the fall and had done “nothing but write them down.”', 'told', 'mixed', role='lawyer'),
    s('Lysander Ogunleye-Trevithick', 'he', '“They had a logbook. They did not have a wrench,”', 'said', 'direct', role='lawyer'),
    s('Lawyers for Brisca Peak', 'Lawyers for Brisca Peak', 'Hazeltine-Saavedra had lifted the bar himself before the chair reached the unloading ramp, and that surveillance video was too grainy to show otherwise', 'argued'),
    s('Declan Gwynfor-Leitch', 'A former lift operator, Declan Gwynfor-Leitch', 'he had reported the bar twice and that a supervisor told him to “keep the line moving.”', 'testified', 'mixed', role='former lift operator'),
    s('a supervisor', 'a supervisor', 'him to “keep the line moving.”', 'told', 'mixed', nested=True, via='Declan Gwynfor-Leitch'),
    s('Declan Gwynfor-Leitch', 'he', 'he had been fired by the resort for unrelated reasons in 2025', 'acknowledged', role='former lift operator'),
    s('Philippa Quimby-Asare', 'Brisca Peak spokeswoman Philippa Quimby-Asare', 'the company was “disappointed” and was “reviewing all options, including an appeal.”', 'said', 'mixed', role='Brisca Peak spokeswoman'),
    s('Philippa Quimby-Asare', 'She', 'safety bars on all 14 of the resort’s lifts had been replaced in 2025', 'said', role='Brisca Peak spokeswoman'),
    s('Wilhelmina Olumide-Strake', 'Judge Wilhelmina Olumide-Strake', 'their service had been “difficult and important.”', 'told', 'mixed', role='Judge'),
    s('Priscilla Montague-Adesanmi', 'Priscilla Montague-Adesanmi, a law professor at Garrowind University who studies recreation liability', 'The verdict is one of the largest in a ski accident case in the state', 'according to', role='law professor'),
    s('Priscilla Montague-Adesanmi', 'She', 'most such cases settle before trial because resorts fear juries', 'said', role='law professor'),
    s('Priscilla Montague-Adesanmi', 'she', '“When a case like this goes to a verdict, it usually means the resort believed its own story,”', 'said', 'direct', role='law professor'),
    s('Priscilla Montague-Adesanmi', '', '“This time the jury didn’t.”', '', 'direct', role='law professor'),
)

doc('s13-tessendorf-short-term-rentals', 'Tessendorf Daily Courier', '2027-06-09', '''
Council caps short-term rentals downtown after five-hour debate

Hosts warn of ‘empty beds and empty shops’; mayor calls vote ‘a start, not a finish’

By Quentin Szalai-Louw

Tessendorf city council voted 7-4 late Tuesday to limit short-term rentals in the downtown core to homes where the owner lives, a rule supporters say will return hundreds of apartments to the long-term market and opponents say will gut the tourist trade.

The bylaw, which takes effect Jan. 1, bans whole-unit rentals of fewer than 30 nights in the four downtown wards. A city staff report estimated that about 640 such listings are active in the area, roughly one in nine apartments.

Mayor Honora Lemieux-Tanizaki, who made housing the centerpiece of her 2026 campaign, called the vote “a start, not a finish.”

“We have families sleeping in their cars and apartments sitting empty 300 nights a year,” the mayor said. “I am not willing to explain that to anyone anymore.”

Coun. Ansgar Sanderling-Oyebanji, who represents Ward 2 and voted against the bylaw, said the city had no evidence that the listings would ever be rented to local families. He predicted that many owners would simply sell to investors or leave the units empty.

“We are about to punish a retired teacher who rents her basement on weekends for a housing crisis she did not create,” Sanderling-Oyebanji said.

Dozens of residents spoke during the public hearing, which ran past midnight. Naledi Forsythe, a nurse who said she had moved four times in three years, told council that her last landlord had evicted her to list the unit online. “I am not against tourists. I am against losing my home to them,” she said.

The Tessendorf Hosts Association, which represents about 200 short-term rental operators, warned in a letter to council of “empty beds and empty shops” and said it was considering a court challenge. Its president, Gunnar Volkering, said hotels in the city could not absorb the summer crowds.

Coun. Saskia Vroomans moved an amendment to exempt properties listed before 2025. It failed 5-6.

City staff said enforcement would cost about $380,000 a year, to be covered by a new licensing fee. The city’s director of planning, Ambrose Blevins-Achor, told councillors that staff would use software to scan listing sites and that fines for violators would start at $1,000 a day.

Vroomans said she would bring the issue back in a year. “If the numbers don’t move, we should have the courage to admit it,” she said.
''',
    s('Tessendorf Hosts Association', 'Hosts', '‘empty beds and empty shops’', 'warn', 'direct'),
    s('Honora Lemieux-Tanizaki', 'mayor', '‘a start, not a finish’', 'calls', 'direct', role='Mayor'),
    s('supporters', 'supporters', 'will return hundreds of apartments to the long-term market', 'say'),
    s('opponents', 'opponents', 'will gut the tourist trade', 'say'),
    s('A city staff report', 'A city staff report', 'about 640 such listings are active in the area, roughly one in nine apartments', 'estimated'),
    s('Honora Lemieux-Tanizaki', 'Mayor Honora Lemieux-Tanizaki, who made housing the centerpiece of her 2026 campaign', '“a start, not a finish.”', 'called', 'direct', role='Mayor'),
    s('Honora Lemieux-Tanizaki', 'the mayor', '“We have families sleeping in their cars and apartments sitting empty 300 nights a year,”', 'said', 'direct', role='Mayor'),
    s('Honora Lemieux-Tanizaki', '', '“I am not willing to explain that to anyone anymore.”', '', 'direct', role='Mayor'),
    s('Ansgar Sanderling-Oyebanji', 'Coun. Ansgar Sanderling-Oyebanji, who represents Ward 2 and voted against the bylaw', 'the city had no evidence that the listings would ever be rented to local families', 'said', role='Coun.'),
    s('Ansgar Sanderling-Oyebanji', 'He', 'many owners would simply sell to investors or leave the units empty', 'predicted', role='Coun.'),
    s('Ansgar Sanderling-Oyebanji', 'Sanderling-Oyebanji', '“We are about to punish a retired teacher who rents her basement on weekends for a housing crisis she did not create,”', 'said', 'direct', role='Coun.'),
    s('Naledi Forsythe', 'Naledi Forsythe, a nurse who said she had moved four times in three years', 'her last landlord had evicted her to list the unit online', 'told', role='nurse'),
    s('Naledi Forsythe', 'Naledi Forsythe', 'she had moved four times in three years', 'said', role='nurse'),
    s('Naledi Forsythe', 'she', '“I am not against tourists. I am against losing my home to them,”', 'said', 'direct', role='nurse'),
    s('Tessendorf Hosts Association', 'The Tessendorf Hosts Association, which represents about 200 short-term rental operators', '“empty beds and empty shops”', 'warned', 'direct'),
    s('Tessendorf Hosts Association', 'The Tessendorf Hosts Association, which represents about 200 short-term rental operators', 'it was considering a court challenge', 'said'),
    s('Gunnar Volkering', 'Its president, Gunnar Volkering', 'hotels in the city could not absorb the summer crowds', 'said', role='president'),
    s('City staff', 'City staff', 'enforcement would cost about $380,000 a year, to be covered by a new licensing fee', 'said'),
    s('Ambrose Blevins-Achor', 'The city’s director of planning, Ambrose Blevins-Achor', 'staff would use software to scan listing sites and that fines for violators would start at $1,000 a day', 'told', role='director of planning'),
    s('Saskia Vroomans', 'Vroomans', 'she would bring the issue back in a year', 'said', role='Coun.'),
    s('Saskia Vroomans', 'she', '“If the numbers don’t move, we should have the courage to admit it,”', 'said', 'direct', role='Coun.'),
)

doc('s14-skelmorlie-air-creditor-protection', 'The Pellingham Chronicle', '2027-11-16', '''
Skelmorlie Air seeks creditor protection, keeps flying for now

Regional carrier blames fuel costs, pilot shortage; northern towns fear losing only link south

By Genevieve Paquette

Skelmorlie Air, the regional carrier that links 14 northern communities to Pellingham, filed for creditor protection on Monday, saying a pilot shortage and a jump in fuel costs had left it unable to pay about $61 million it owes to lenders and suppliers.

The airline said flights would operate as scheduled while it restructures and that tickets already sold would be honoured. Its 740 employees will continue to be paid, chief executive Everett Cavanagh-Loy said in a statement.

“This is a painful step, but it is a step to save the airline, not to close it,” Cavanagh-Loy said. “Every one of our routes matters to somebody’s grandmother.”

In an affidavit filed with the court, the company’s chief financial officer, Hildur Ostergaard-Brack, said Skelmorlie had cancelled 1,100 flights since June because it did not have enough captains, and that each cancellation cost it on average $9,000 in refunds and hotel vouchers. She wrote that the airline’s cash would run out by mid-December without protection from creditors.

The filing lists Ostlund Leasing, which owns nine of the airline’s 16 turboprops, as its largest creditor, with claims of $23.4 million. Ostlund declined to comment.

The pilots’ union blamed management. In a message to members seen by The Chronicle, Captain Oriana Feldkamp-Obikwelu, who chairs the union’s local council, said pilots had warned for three years that Skelmorlie’s pay was the lowest in the region and that “the captains left exactly as we said they would.”

For towns such as Pollard’s Landing, where the nearest highway ends 200 kilometres away, the airline is the only year-round connection to hospitals and courts in the south.

“If Skelmorlie stops, our dialysis patients stop,” said Mayor Obadiah Mapplethorpe-Tuari of Pollard’s Landing. He said he had written to the provincial transport minister asking for a guarantee that medical flights would continue.

A spokeswoman for the minister, Fenella Obiora, said the province was “monitoring the situation closely” and was in contact with the company. She did not say whether the province would offer financial support.

Aviation analyst Caspar Hallstrom-Mora said regional carriers across the country faced the same squeeze. “The big airlines hire the captains that the small ones train. It is a conveyor belt that runs in one direction,” he said.

He added that creditor protection often ended with a sale. Two larger carriers had looked at Skelmorlie in 2026, he said, but walked away over the age of its fleet.
''',
    s('Skelmorlie Air', 'Regional carrier', 'fuel costs, pilot shortage', 'blames'),
    s('northern towns', 'northern towns', 'losing only link south', 'fear'),
    s('Skelmorlie Air', 'Skelmorlie Air, the regional carrier that links 14 northern communities to Pellingham', 'a pilot shortage and a jump in fuel costs had left it unable to pay about $61 million it owes to lenders and suppliers', 'saying'),
    s('Skelmorlie Air', 'The airline', 'flights would operate as scheduled while it restructures and that tickets already sold would be honoured', 'said'),
    s('Everett Cavanagh-Loy', 'chief executive Everett Cavanagh-Loy', 'Its 740 employees will continue to be paid', 'said', role='chief executive'),
    s('Everett Cavanagh-Loy', 'Cavanagh-Loy', '“This is a painful step, but it is a step to save the airline, not to close it,”', 'said', 'direct', role='chief executive'),
    s('Everett Cavanagh-Loy', '', '“Every one of our routes matters to somebody’s grandmother.”', '', 'direct', role='chief executive'),
    s('Hildur Ostergaard-Brack', 'the company’s chief financial officer, Hildur Ostergaard-Brack', 'Skelmorlie had cancelled 1,100 flights since June because it did not have enough captains, and that each cancellation cost it on average $9,000 in refunds and hotel vouchers', 'said', role='chief financial officer'),
    s('Hildur Ostergaard-Brack', 'She', 'the airline’s cash would run out by mid-December without protection from creditors', 'wrote', role='chief financial officer'),
    s('The pilots’ union', 'The pilots’ union', 'management', 'blamed'),
    s('Oriana Feldkamp-Obikwelu', 'Captain Oriana Feldkamp-Obikwelu, who chairs the union’s local council', 'pilots had warned for three years that Skelmorlie’s pay was the lowest in the region and that “the captains left exactly as we said they would.”', 'said', 'mixed', role='Captain'),
    s('Obadiah Mapplethorpe-Tuari', 'Mayor Obadiah Mapplethorpe-Tuari of Pollard’s Landing', '“If Skelmorlie stops, our dialysis patients stop,”', 'said', 'direct', role='Mayor'),
    s('Obadiah Mapplethorpe-Tuari', 'He', 'he had written to the provincial transport minister asking for a guarantee that medical flights would continue', 'said', role='Mayor'),
    s('Fenella Obiora', 'A spokeswoman for the minister, Fenella Obiora', 'the province was “monitoring the situation closely” and was in contact with the company', 'said', 'mixed', role='spokeswoman'),
    s('Caspar Hallstrom-Mora', 'Aviation analyst Caspar Hallstrom-Mora', 'regional carriers across the country faced the same squeeze', 'said', role='Aviation analyst'),
    s('Caspar Hallstrom-Mora', 'he', '“The big airlines hire the captains that the small ones train. It is a conveyor belt that runs in one direction,”', 'said', 'direct', role='Aviation analyst'),
    s('Caspar Hallstrom-Mora', 'He', 'creditor protection often ended with a sale', 'added', role='Aviation analyst'),
    s('Caspar Hallstrom-Mora', 'he', ['Two larger carriers had looked at Skelmorlie in 2026', 'but walked away over the age of its fleet.'], 'said', role='Aviation analyst'),
)

doc('s15-wickersham-hollow-beekeepers', 'Wickersham Hollow Weekly', '2027-07-21', '''
After a hard winter, a town’s beekeepers start over

Club lost two of every three hives; members say mites, not cold, were to blame

By Chiamaka Pemberthy

KILBRIDE HOLLOW — Cuthbert Oyenuga opened the lid of his last hive on a warm morning in March and knew before he lifted a frame.

“It was quiet. A live hive hums at you, even in winter,” said Oyenuga, 74, who has kept bees on the hill behind his house since 1989. “This one was just a box.”

He was not alone. Members of the Wickersham Hollow Beekeepers Club lost 211 of their 318 hives over the winter, according to a count the club did in April, the worst losses anyone in the club can remember.

At first many blamed the cold snap in January. But the club’s president, Rosaura Thorvaldsen-Kaur, said inspections showed most colonies had died with plenty of honey left, a sign, she said, that varroa mites and the viruses they carry had weakened the bees long before the frost.

“We got lazy about treating,” she said. “Two mild winters, and everybody thought the mites had gone somewhere else. They had not.”

The state apiary inspector, Leopold Tachibana-Wolcott, who visited the club in May, said he had seen similar losses across the northern half of the state. He urged beekeepers to test for mites every month from spring to fall, not just once a year.

The club has spent the summer rebuilding. Members pooled $14,000 to buy 120 packages of bees from a supplier in the south, and a local hardware store donated lumber for new boxes.

The club’s secretary, Wojciech Grzelak-Penrose, who organized the order, said the packages had cost almost twice what they did three years ago because so many beekeepers in the region were buying at once. He joked that he now knew “more about bee shipping than about bees.”

Junie Alcantara, 15, who joined the club last year, helped install the packages in April. She said she was more nervous about the older members watching than about the bees. “They all have opinions. Every single one of them,” she said, laughing.

Her grandmother, Pilar, keeps four hives by the church. She lost three. “I cried a little. Then I ordered more,” she said.

Not everyone is starting over. Ewald Pfeffer, a founding member, said he would sell his equipment after losing all nine of his colonies. “I am 81. I do not have another ten years to learn the new tricks,” he said.

Oyenuga bought two packages. On a recent morning he stood by the new hives and listened.

“That,” he said, “is the sound I was missing.”

The club will hold a honey tasting and mite-testing demonstration at the town green on Aug. 9.
''',
    s('Members of the Wickersham Hollow Beekeepers Club', 'members', 'mites, not cold, were to blame', 'say'),
    s('Cuthbert Oyenuga', 'Oyenuga, 74, who has kept bees on the hill behind his house since 1989', '“It was quiet. A live hive hums at you, even in winter,”', 'said', 'direct'),
    s('Cuthbert Oyenuga', '', '“This one was just a box.”', '', 'direct'),
    s('Wickersham Hollow Beekeepers Club', 'a count the club did in April', 'Members of the Wickersham Hollow Beekeepers Club lost 211 of their 318 hives over the winter', 'according to'),
    s('many', 'many', 'the cold snap in January', 'blamed'),
    s('Rosaura Thorvaldsen-Kaur', 'the club’s president, Rosaura Thorvaldsen-Kaur', 'inspections showed most colonies had died with plenty of honey left', 'said', role='president'),
    s('Rosaura Thorvaldsen-Kaur', 'she', 'varroa mites and the viruses they carry had weakened the bees long before the frost', 'said', role='president'),
    s('Rosaura Thorvaldsen-Kaur', 'she', '“We got lazy about treating,”', 'said', 'direct', role='president'),
    s('Rosaura Thorvaldsen-Kaur', '', '“Two mild winters, and everybody thought the mites had gone somewhere else. They had not.”', '', 'direct', role='president'),
    s('Leopold Tachibana-Wolcott', 'The state apiary inspector, Leopold Tachibana-Wolcott, who visited the club in May', 'he had seen similar losses across the northern half of the state', 'said', role='state apiary inspector'),
    s('Leopold Tachibana-Wolcott', 'He', 'beekeepers to test for mites every month from spring to fall, not just once a year', 'urged', role='state apiary inspector'),
    s('Wojciech Grzelak-Penrose', 'The club’s secretary, Wojciech Grzelak-Penrose, who organized the order', 'the packages had cost almost twice what they did three years ago because so many beekeepers in the region were buying at once', 'said', role='secretary'),
    s('Wojciech Grzelak-Penrose', 'He', 'he now knew “more about bee shipping than about bees.”', 'joked', 'mixed', role='secretary'),
    s('Junie Alcantara', 'She', 'she was more nervous about the older members watching than about the bees', 'said'),
    s('Junie Alcantara', 'she', '“They all have opinions. Every single one of them,”', 'said', 'direct'),
    s('Pilar', 'she', '“I cried a little. Then I ordered more,”', 'said', 'direct'),
    s('Ewald Pfeffer', 'Ewald Pfeffer, a founding member', 'he would sell his equipment after losing all nine of his colonies', 'said', role='founding member'),
    s('Ewald Pfeffer', 'he', '“I am 81. I do not have another ten years to learn the new tricks,”', 'said', 'direct', role='founding member'),
    s('Cuthbert Oyenuga', 'he', ['“That,”', '“is the sound I was missing.”'], 'said', 'direct'),
)

CHIEF = 'fire chief'

doc('s16-pellingham-fire-chief-profile', 'The Pellingham Chronicle', '2027-04-04', '''
‘I was the one who got out’

Pellingham’s first woman fire chief carries a fire from 1998 into every budget meeting

By Lucinda Penhale

Temperance Ekundayo-Varnham was nine when the fire came up the stairs of her family’s rowhouse on Cordwainer Street. Her father carried her and her brother down the back fire escape. Her brother, Obinna, made it to the hospital but not home.

She has told the story to recruits, to city council and, once, to a room of insurance executives who had come to talk about something else. “I was the one who got out,” she says. “I have been trying to earn that for almost thirty years.”

On Monday, Ekundayo-Varnham, 38, became the first woman to lead the Pellingham Fire Department in its 142 years. She takes over from Chief Barnaby Quartermaine, who retired after 11 years in the job.

Quartermaine hired her as a probationary firefighter in 2009 and said he knew within a month that she would run the department one day. “She asked why about everything. Why this hose, why this route, why this many people on the truck,” he said. “Most people stop asking. She never did.”

He admits they did not always agree. In 2019, she wrote a memo arguing that the department should close two downtown stations and open one in the growing east end. He turned it down. Three years later, he said, he went back to the memo and did most of what it proposed.

Her father, Clement Ekundayo, now 71, still lives three blocks from Cordwainer Street. He said he had wanted her to become an accountant. “I told her, fire took one child from me already,” he said. “She told me that was exactly the reason.”

Not everyone in the department welcomed the appointment. The firefighters’ union, Local 418, had backed Deputy Chief Fintan Treharne-Abe, a 27-year veteran, for the job. Its president, Roderick Maccabee, said the union would work with the new chief but would “hold her to her promises” on staffing. He said members were worried that she would bring the east-end plan back “in a bad budget year.”

She does not deny it. She said the east end now has a third of the city’s population and gets the slowest response times, and that the department could not keep “defending buildings instead of people.”

Treharne-Abe, who stays on as deputy, said he had no hard feelings. “The best candidate won. I’d say it in the firehouse and I’ll say it here,” he said.

Mayor Maribel Skjelbred-Honeycutt, who chose her from three finalists, said Ekundayo-Varnham had “the rare mix of a firefighter’s nerve and an accountant’s patience.” She said the city would give the new chief a year to present a plan for the stations.

Perpetua Saltonstall-Agu, whose husband, Capt. Elias Saltonstall-Agu, died fighting a warehouse fire in 2021, said the new chief had visited her the week after the funeral and still calls every year on the anniversary. “She never made a speech. She just sat at my kitchen table,” she said.

The new chief says she still thinks about her brother on every call with children in the building.

“You do not get to save the one you lost,” she said. “You get to save the next one.”
''',
    s('Temperance Ekundayo-Varnham', '', '‘I was the one who got out’', '', 'direct', role=CHIEF),
    s('Temperance Ekundayo-Varnham', 'she', '“I was the one who got out,”', 'says', 'direct', role=CHIEF),
    s('Temperance Ekundayo-Varnham', '', '“I have been trying to earn that for almost thirty years.”', '', 'direct', role=CHIEF),
    s('Barnaby Quartermaine', 'Quartermaine', 'he knew within a month that she would run the department one day', 'said', role='Chief'),
    s('Barnaby Quartermaine', 'he', '“She asked why about everything. Why this hose, why this route, why this many people on the truck,”', 'said', 'direct', role='Chief'),
    s('Barnaby Quartermaine', '', '“Most people stop asking. She never did.”', '', 'direct', role='Chief'),
    s('Barnaby Quartermaine', 'He', 'they did not always agree', 'admits', role='Chief'),
    s('Temperance Ekundayo-Varnham', 'she', 'the department should close two downtown stations and open one in the growing east end', 'arguing', role=CHIEF),
    s('Barnaby Quartermaine', 'he', ['Three years later', 'he went back to the memo and did most of what it proposed.'], 'said', role='Chief'),
    s('Clement Ekundayo', 'He', 'he had wanted her to become an accountant', 'said'),
    s('Clement Ekundayo', 'he', '“I told her, fire took one child from me already,”', 'said', 'direct'),
    s('Clement Ekundayo', '', '“She told me that was exactly the reason.”', '', 'direct'),
    s('Roderick Maccabee', 'Its president, Roderick Maccabee', 'the union would work with the new chief but would “hold her to her promises” on staffing', 'said', 'mixed', role='president'),
    s('Roderick Maccabee', 'He', 'members were worried that she would bring the east-end plan back “in a bad budget year.”', 'said', 'mixed', role='president'),
    s('Temperance Ekundayo-Varnham', 'She', 'the east end now has a third of the city’s population and gets the slowest response times, and that the department could not keep “defending buildings instead of people.”', 'said', 'mixed', role=CHIEF),
    s('Fintan Treharne-Abe', 'Treharne-Abe, who stays on as deputy', 'he had no hard feelings', 'said', role='Deputy Chief'),
    s('Fintan Treharne-Abe', 'he', '“The best candidate won. I’d say it in the firehouse and I’ll say it here,”', 'said', 'direct', role='Deputy Chief'),
    s('Maribel Skjelbred-Honeycutt', 'Mayor Maribel Skjelbred-Honeycutt, who chose her from three finalists', 'Ekundayo-Varnham had “the rare mix of a firefighter’s nerve and an accountant’s patience.”', 'said', 'mixed', role='Mayor'),
    s('Maribel Skjelbred-Honeycutt', 'She', 'the city would give the new chief a year to present a plan for the stations', 'said', role='Mayor'),
    s('Perpetua Saltonstall-Agu', 'Perpetua Saltonstall-Agu, whose husband, Capt. Elias Saltonstall-Agu, died fighting a warehouse fire in 2021', 'the new chief had visited her the week after the funeral and still calls every year on the anniversary', 'said'),
    s('Perpetua Saltonstall-Agu', 'she', '“She never made a speech. She just sat at my kitchen table,”', 'said', 'direct'),
    s('Temperance Ekundayo-Varnham', 'The new chief', 'she still thinks about her brother on every call with children in the building', 'says', role=CHIEF),
    s('Temperance Ekundayo-Varnham', 'she', '“You do not get to save the one you lost,”', 'said', 'direct', role=CHIEF),
    s('Temperance Ekundayo-Varnham', '', '“You get to save the next one.”', '', 'direct', role=CHIEF),
)
