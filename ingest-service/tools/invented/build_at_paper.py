"""Set AT's five North American newspaper articles (see build_at.py)."""
from invented_common import doc_spans as doc, s

LIND = 'Hanna Lindqvist'
OBUY = 'Ken Obuya'
AHKI = 'Samuel Ahkivgak'
CAST = 'Miriam Castellanos'
PENN = 'Walt Pennock'

doc('at12-paper-caribou-run-500-sled-dog-race-record', 'The Silver Creek Nugget', '2034-03-10', '''
Lindqvist wins Caribou Run 500 in record time

'My leaders never quit,' champion says of her dogs

By Dana Rusk
Staff Writer

SILVER CREEK — Hanna Lindqvist drove her 12-dog team under the burled arch on Front Street at 4:17 a.m. Thursday to win the Caribou Run 500, finishing the 500-mile race from Harlan Lake in 3 days, 19 hours and 6 minutes, the fastest time in the race's 41-year history, according to race officials.

About 300 people, many of them in parkas pulled over their pajamas, lined the street in minus-31 cold to watch her come in.

"My leaders never quit. Not on the lake, not in the wind, not once," Lindqvist, 38, said as she knelt in the snow to take the booties off her lead dog, Juniper. "I just held on and fed them."

Lindqvist, a former veterinary nurse from Tamarack Bay, had finished second twice. She said she had decided at the last checkpoint, in Elk Fork, to rest her team for only two hours instead of the usual four, because the trail ahead was hard-packed and fast.

"It was a gamble. If the wind had come up, I'd have been walking beside them," she said.

Race marshal Ken Obuya said the weather had been "about as good as this race ever gets," with temperatures between minus 25 and minus 35 and almost no fresh snow. He said 38 of the 46 teams that started were still on the trail Thursday night.

Defending champion Samuel Ahkivgak finished second, 2 hours and 40 minutes behind. He said Lindqvist had "run the smartest race I've seen out here" and that he had no regrets.

"She earned every mile of it," he said.

The race, run every March since 1993, follows an old mail route through four villages and crosses two frozen lakes. Mushers must carry an axe, snowshoes and a sleeping bag, and every team must rest for at least 24 hours in total along the way.

Not everyone was thrilled with the pace. Some veteran mushers have argued that the race's shorter mandatory rests push dogs too hard, and the race board is reviewing its rules after two dogs died during the 2033 race.

Dr. Miriam Castellanos, the race's head veterinarian, said every dog on Lindqvist's team had passed its checks at all nine checkpoints.

"These dogs were in better shape at the finish than some of the teams we saw at the halfway point," she said.

The board's chair, Walt Pennock, said the review would be finished before next year's race but would not say whether the rest rules would change.

Lindqvist wins $50,000 and a new pickup truck. Asked what she would do first, she laughed.

"Sleep. And then the dogs get steak," she said.

Spectator June Albright, 74, said she had watched every finish of the race since the first one in 1993.

"I've never seen a team come in looking that fresh. Those dogs wanted to keep going," she said.

Her husband, Per, who drove the dog truck between checkpoints, said she had been talking about the record since the summer.

"She'd never say it out loud to anyone else," he said.
''',
    s(LIND, 'champion', "'My leaders never quit,'", 'says', 'direct'),
    s('race officials', 'race officials', 'Hanna Lindqvist drove her 12-dog team under the burled arch|in the race\'s 41-year history', 'according to'),
    s(LIND, 'Lindqvist', '"My leaders never quit. Not on the lake, not in the wind, not once,"', 'said', 'direct'),
    s(LIND, '', '"I just held on and fed them."', '', 'direct'),
    s(LIND, 'She', 'she had decided at the last checkpoint, in Elk Fork|hard-packed and fast', 'said'),
    s(LIND, 'she', '"It was a gamble. If the wind had come up, I\'d have been walking beside them,"', 'said', 'direct'),
    s(OBUY, 'Race marshal Ken Obuya', 'the weather had been "about as good as this race ever gets,"|almost no fresh snow', 'said', 'mixed', role='Race marshal'),
    s(OBUY, 'He', '38 of the 46 teams that started were still on the trail Thursday night', 'said', role='Race marshal'),
    s(AHKI, 'He', 'Lindqvist had "run the smartest race I\'ve seen out here" and that he had no regrets', 'said', 'mixed', role='Defending champion'),
    s(AHKI, 'he', '"She earned every mile of it,"', 'said', 'direct', role='Defending champion'),
    s('Some veteran mushers', 'Some veteran mushers', "the race's shorter mandatory rests push dogs too hard", 'have argued'),
    s(CAST, "Dr. Miriam Castellanos, the race's head veterinarian", "every dog on Lindqvist's team had passed its checks at all nine checkpoints", 'said', role='head veterinarian'),
    s(CAST, 'she', '"These dogs were in better shape at the finish|at the halfway point,"', 'said', 'direct', role='head veterinarian'),
    s(PENN, "The board's chair, Walt Pennock", "the review would be finished before next year's race", 'said', role='chair'),
    s(LIND, 'she', '"Sleep. And then the dogs get steak,"', 'said', 'direct'),
    s('June Albright', 'Spectator June Albright', 'she had watched every finish of the race since the first one in 1993', 'said', role='Spectator'),
    s('June Albright', 'she', '"I\'ve never seen a team come in looking that fresh. Those dogs wanted to keep going,"', 'said', 'direct', role='Spectator'),
    s('Per', 'Her husband, Per', 'she had been talking about the record since the summer', 'said', role='husband'),
    s('Per', 'he', '"She\'d never say it out loud to anyone else,"', 'said', 'direct', role='husband'),
)

ACHE = 'Rosalind Achebe'
GRAD = 'Lionel Grady'

doc('at13-paper-maple-falls-library-book-overdue-63-years', 'The Maple Falls Sentinel', '2034-04-24', '''
Overdue since 1971, a book finds its way back to the Maple Falls library

Library says fines amnesty brought back 2,300 items

By Erin Vasko

MAPLE FALLS — The book arrived in a padded envelope with no return address, a library date stamp reading "MAR 12 1971" on its inside cover, and a handwritten apology signed only "A reader."

The book, a 1969 edition of "The Long Meadow" by Clara Whitlock, had been due back for 63 years. Library director Rosalind Achebe said it was the oldest overdue item to come back during the library's fines amnesty, which ended Saturday.

"We had a staff member who started here in 1979 look at the stamp, and she said, 'That's before my time,'" Achebe said, laughing.

Achebe said 2,300 books, DVDs and other items were returned during the six-week amnesty, about a third of all the items the library had listed as lost. Under the amnesty, borrowers could return anything without paying fines or replacement fees.

Among those who came back was Derek Pham, who returned a stack of 14 children's books his family had borrowed before moving across town in 2019.

"My kids are in high school now. The books were under a bed the whole time," Pham said, adding that the amnesty had saved him about $400 in fees.

Last year the library board voted to end overdue fines altogether from July 1, joining dozens of libraries across the province.

Board chair Lionel Grady said fines brought in about $9,000 a year, less than it cost staff to collect them.

"Fines don't bring books back. They keep people away," he said.

According to the Provincial Library Association, 61 of the province's 112 public library systems have now dropped fines for at least some of their collections.

Not everyone at the library is convinced. Marjorie Tan, who has volunteered at the circulation desk for 22 years, worries that without fines some borrowers will simply keep the books.

"I've seen what happens to the new mysteries," she said.

The returned copy of "The Long Meadow" will not go back on the shelves. Achebe said it would be displayed in a glass case in the lobby next to the apology, "as a thank-you to whoever sent it."

The Maple Falls library opened in 1908 in two rooms above the post office and moved to its current building on Elm Street in 1966, five years before "The Long Meadow" went missing. It lends about 210,000 items a year to a town of 16,000 people.

Whitlock's novel, about a family farm in the 1930s, was out of print for decades before a small press reissued it in 2030. Its publisher, Harrow & Lane, says the reissue has sold about 40,000 copies.

Asked whether the library would try to find the anonymous reader, Achebe shook her head.

"Whoever it is did the right thing. That's all we need to know," she said.
''',
    s(ACHE, 'Library', 'fines amnesty brought back 2,300 items', 'says', role='Library director'),
    s(ACHE, 'Library director Rosalind Achebe', "it was the oldest overdue item to come back during the library's fines amnesty|ended Saturday", 'said', role='Library director'),
    s(ACHE, 'Achebe', '"We had a staff member who started here in 1979 look at the stamp|\'That\'s before my time,\'"', 'said', 'direct', role='Library director'),
    s(ACHE, 'Achebe', '2,300 books, DVDs and other items were returned during the six-week amnesty|listed as lost', 'said', role='Library director'),
    s('Derek Pham', 'Pham', '"My kids are in high school now. The books were under a bed the whole time,"', 'said', 'direct'),
    s('Derek Pham', '', 'the amnesty had saved him about $400 in fees', 'adding'),
    s(GRAD, 'Board chair Lionel Grady', 'fines brought in about $9,000 a year, less than it cost staff to collect them', 'said', role='Board chair'),
    s(GRAD, 'he', '"Fines don\'t bring books back. They keep people away,"', 'said', 'direct', role='Board chair'),
    s('Provincial Library Association', 'the Provincial Library Association', "61 of the province's 112 public library systems|some of their collections", 'According to'),
    s('Marjorie Tan', 'Marjorie Tan, who has volunteered at the circulation desk for 22 years', 'without fines some borrowers will simply keep the books', 'worries'),
    s('Marjorie Tan', 'she', '"I\'ve seen what happens to the new mysteries,"', 'said', 'direct'),
    s(ACHE, 'Achebe', 'it would be displayed in a glass case in the lobby next to the apology, "as a thank-you to whoever sent it."', 'said', 'mixed', role='Library director'),
    s('Harrow & Lane', 'Its publisher, Harrow & Lane', 'the reissue has sold about 40,000 copies', 'says'),
    s(ACHE, 'she', '"Whoever it is did the right thing. That\'s all we need to know,"', 'said', 'direct', role='Library director'),
)

BRIG = 'Yolanda Briggs'
CITY = 'City of Belden'
OYEL = 'Marcus Oyelaran'
OKON = 'Richard Okonedo'
AUD = "city's auditor general"
VILL = 'Teresa Villeneuve'

doc('at14-paper-belden-king-street-water-main-break', 'The Belden Record', '2034-08-22', '''
Century-old water main bursts under King Street, flooding downtown businesses

Boil-water advisory for core; repairs to take days

By Amanda Kurtz

A 100-year-old water main burst under King Street early Monday, sending water gushing up through the pavement and flooding the basements of at least 14 businesses, city officials said.

The 24-inch cast iron pipe, installed in 1921, broke at about 5:30 a.m. near the corner of King and Mercer streets, said Yolanda Briggs, the city's director of water services. Crews shut the valves by 7:15, but by then the water had reached the steps of the Belden Public Library two blocks away, she said.

"This pipe was on our list. It was scheduled for replacement in 2036," Briggs said at a news conference at city hall. "Clearly, it didn't read the schedule."

Hundreds of homes and businesses in the downtown core had low water pressure or none at all for most of the day. The city advised residents in the area to boil their water until tests came back clean, which Briggs said could take 48 hours.

Marcus Oyelaran, who owns Mercer Street Books, said he found about 30 centimetres of water in his basement storage room when he arrived at 7 a.m.

"Every box of stock I had down there is pulp," he said. "I don't know yet if insurance covers any of it."

Some business owners said the city had been slow to tell them what was happening. Signs warning of the boil-water advisory went up on King Street only after 11 a.m.

Mayor Richard Okonedo said the city would set up a help desk for affected businesses and would waive permit fees for repairs. He said council would consider speeding up the replacement of the downtown's oldest pipes when it sets next year's budget.

According to a 2033 report by the city's auditor general, about 18 per cent of Belden's 1,140 kilometres of water mains are more than 80 years old, and the city replaces about half of one per cent of its network each year.

"At that rate, the last of those pipes will be replaced in about 200 years," the report said.

Belden's last major break, in 2029, flooded a parking garage on Albert Street and cost about $1.6 million to repair. At the Grind, a coffee shop across from the break, staff handed out bottled water to people walking to work as crews pumped water out of the intersection.

Coun. Teresa Villeneuve, who chairs the infrastructure committee, said she had warned for years that the city was "living on borrowed pipes."

"Today we paid some of the interest," she said.

King Street between Mercer and Albert streets will stay closed until at least Wednesday while crews replace a section of the main and repair the road, the city said.

The Belden Public Library, whose basement also flooded, will be closed Tuesday, the library said on its website.
''',
    s('city officials', 'city officials', 'A 100-year-old water main burst under King Street early Monday|at least 14 businesses', 'said'),
    s(BRIG, "Yolanda Briggs, the city's director of water services", 'The 24-inch cast iron pipe, installed in 1921|King and Mercer streets', 'said', role='director of water services'),
    s(BRIG, 'she', 'Crews shut the valves by 7:15|two blocks away', 'said', role='director of water services'),
    s(BRIG, 'Briggs', '"This pipe was on our list. It was scheduled for replacement in 2036,"', 'said', 'direct', role='director of water services'),
    s(BRIG, '', '"Clearly, it didn\'t read the schedule."', '', 'direct', role='director of water services'),
    s(CITY, 'The city', 'residents in the area to boil their water until tests came back clean', 'advised'),
    s(BRIG, 'Briggs', 'could take 48 hours', 'said', role='director of water services'),
    s(OYEL, 'Marcus Oyelaran, who owns Mercer Street Books', 'he found about 30 centimetres of water in his basement storage room when he arrived at 7 a.m.', 'said'),
    s(OYEL, 'he', '"Every box of stock I had down there is pulp,"', 'said', 'direct'),
    s(OYEL, '', '"I don\'t know yet if insurance covers any of it."', '', 'direct'),
    s('Some business owners', 'Some business owners', 'the city had been slow to tell them what was happening', 'said'),
    s(OKON, 'Mayor Richard Okonedo', 'the city would set up a help desk for affected businesses and would waive permit fees for repairs', 'said', role='Mayor'),
    s(OKON, 'He', "council would consider speeding up the replacement of the downtown's oldest pipes|next year's budget", 'said', role='Mayor'),
    s(AUD, "a 2033 report by the city's auditor general", "about 18 per cent of Belden's 1,140 kilometres of water mains|of its network each year", 'According to'),
    s(AUD, 'the report', '"At that rate, the last of those pipes will be replaced in about 200 years,"', 'said', 'direct'),
    s(VILL, 'Coun. Teresa Villeneuve, who chairs the infrastructure committee', 'she had warned for years that the city was "living on borrowed pipes."', 'said', 'mixed', role='Coun.'),
    s(VILL, 'she', '"Today we paid some of the interest,"', 'said', 'direct', role='Coun.'),
    s(CITY, 'the city', 'King Street between Mercer and Albert streets will stay closed|repair the road', 'said'),
    s('Belden Public Library', 'the library', 'The Belden Public Library, whose basement also flooded, will be closed Tuesday', 'said'),
)

MPR = 'Ministry of Parks and Recreation'
MORE = 'Krista Moreau'
COLE = 'Adrienne Cole'
MBAT = 'Gerald Mbatha'

doc('at15-paper-provincial-park-campsite-booking-site-crash', 'The Halden Daily Star', '2034-01-17', '''
Provincial park booking site crashes as summer reservations open

Ministry blames surge of traffic; campers say they waited hours for nothing

By Priya Natarajan
Queen's Park Bureau

The province's online reservation system for campsites crashed within minutes of opening at 7 a.m. Tuesday, leaving tens of thousands of would-be campers staring at error messages on the first day they could book sites for July and August.

The Ministry of Parks and Recreation said in a statement that the site had received more than 400,000 visits in its first 10 minutes, "nearly four times what it was built to handle," and that no completed bookings were lost.

By mid-afternoon the site was working again. Many of the most popular campgrounds, including Sable Point and Loon Narrows, were fully booked for the summer by 2 p.m., according to the ministry's own availability map.

Krista Moreau of Halden spent five hours refreshing the page on her laptop and her phone. By the time she got through, every site at Loon Narrows, where her family has camped every July for 11 years, was gone.

"I took the morning off work for this. I had three devices going," Moreau said. "My kids are going to be crushed."

Others said they had reached the payment page only to be sent back to the start. Several people posted screenshots online of a virtual waiting room with more than 90,000 people in line ahead of them.

Parks Minister Adrienne Cole told reporters at the legislature that the crash was "unacceptable" and that she had asked the ministry's deputy minister for a full account by Friday.

"People plan their whole summer around this day. They deserve a system that works," Cole said.

The reservation system is run under contract by Trailhead Digital, a Westbridge software company that has held the contract since 2029. Its website says its booking platform serves "more than 40 park agencies across North America." The company did not respond to requests for comment Tuesday.

Opposition critic Gerald Mbatha said the province had been warned. He noted that a 2032 review by the provincial auditor had found the system "could not reliably handle peak demand."

The ministry said it would add server capacity before bookings open for the fall season on Aug. 1 and would consider a lottery for the most popular campgrounds, as some other provinces use.

Campers can reserve a site up to five months ahead, and the July and August weekends at the largest parks have sold out on the first day for at least three years. The system sends a confirmation email within an hour of each booking.

Campsites at provincial parks cost $38 to $52 a night, and the province has about 19,000 of them.

Moreau said she would try for a site at a smaller park farther north.

"Or we'll camp in the backyard and call it a staycation," she said.
''',
    s(MPR, 'Ministry', 'surge of traffic', 'blames'),
    s('campers', 'campers', 'they waited hours for nothing', 'say'),
    s(MPR, 'The Ministry of Parks and Recreation', 'the site had received more than 400,000 visits in its first 10 minutes|no completed bookings were lost', 'said', 'mixed'),
    s(MPR, "the ministry's own availability map", 'Many of the most popular campgrounds, including Sable Point and Loon Narrows, were fully booked for the summer by 2 p.m.', 'according to'),
    s(MORE, 'Moreau', '"I took the morning off work for this. I had three devices going,"', 'said', 'direct'),
    s(MORE, '', '"My kids are going to be crushed."', '', 'direct'),
    s('Others', 'Others', 'they had reached the payment page only to be sent back to the start', 'said'),
    s(COLE, 'Parks Minister Adrienne Cole', 'the crash was "unacceptable" and that she had asked the ministry\'s deputy minister for a full account by Friday', 'told', 'mixed', role='Parks Minister'),
    s(COLE, 'Cole', '"People plan their whole summer around this day. They deserve a system that works,"', 'said', 'direct', role='Parks Minister'),
    s('Trailhead Digital', 'Its website', 'its booking platform serves "more than 40 park agencies across North America."', 'says', 'mixed'),
    s(MBAT, 'Opposition critic Gerald Mbatha', 'the province had been warned', 'said', role='Opposition critic'),
    s(MBAT, 'He', 'a 2032 review by the provincial auditor had found the system "could not reliably handle peak demand."', 'noted', 'mixed', role='Opposition critic'),
    s('provincial auditor', 'a 2032 review by the provincial auditor', 'the system "could not reliably handle peak demand."', 'had found', 'mixed', nested=True, via=MBAT),
    s(MPR, 'The ministry', 'it would add server capacity before bookings open for the fall season|as some other provinces use', 'said'),
    s(MORE, 'Moreau', 'she would try for a site at a smaller park farther north', 'said'),
    s(MORE, 'she', '"Or we\'ll camp in the backyard and call it a staycation,"', 'said', 'direct'),
)

LAMA = 'Victor Lamarche'
FONT = 'Carla Fontaine'
STRA = 'Helen Strachan'
DMAR = 'David Marsh'

doc('at16-paper-harrow-park-bridge-collapse-inquiry-engineer', 'The Harrow Valley Times', '2034-11-15', '''
Engineer tells bridge inquiry he warned about cracked welds months before collapse

By Daniel Okoro
Courts and Justice Reporter

An engineer who inspected the Harrow Park pedestrian bridge in 2032 told a public inquiry Wednesday that he had warned the city in writing that several welds on the bridge's main girders were cracked, eight months before the span collapsed and killed two people.

Victor Lamarche, a structural engineer with the firm Brightline Consulting, testified that he found cracks in four welds during a routine inspection in August 2032 and recommended in his report that the bridge be closed until they were repaired.

"I wrote it in capital letters on the first page," Lamarche told the inquiry. "I don't know how to make a warning plainer than that."

The bridge, which carried a walking trail over the Harrow River, collapsed on April 9, 2033, as about 30 people crossed it during a charity walk. Ellen Marsh, 71, and her grandson, Owen Marsh, 9, were killed, and 11 others were injured.

The 60-metre steel truss, built in 1987, had been inspected every two years under a contract with Brightline. The inquiry heard earlier this month from a metallurgist, Dr. Ravi Menon, who testified that the welds had failed from fatigue cracks that grew over several years.

The city's former manager of bridges and structures, Carla Fontaine, is expected to testify next week. In a written statement filed with the inquiry last month, she said she had never received Lamarche's report.

Under cross-examination by the city's lawyer, Helen Strachan, Lamarche agreed that his report had been sent by email to a general inbox rather than to Fontaine directly. But he said he had also phoned the city's bridge office and left a message.

Strachan suggested that the firm's contract required it to confirm that reports had been received. Lamarche said it did not.

Commissioner Anne-Marie Desrosiers, a retired Superior Court judge, is leading the inquiry, which the province ordered three weeks after the collapse. She asked Lamarche whether, in his experience, cracked welds of that kind would lead to a sudden collapse.

"Not usually by themselves. Combined with the corrosion we saw at the bearings, I would have said it was a matter of time," he replied.

Outside the hearing room, Ellen Marsh's son, David Marsh, said the family had waited more than a year to learn that a warning had been given.

"Somebody read that email, or somebody should have," he said.

The city has said it will not comment on the evidence while the inquiry is under way. Its lawyers have told the commissioner that the city accepts the bridge should have been closed in 2032.

The charity walk, held every spring to raise money for the Harrow Valley hospital, had drawn about 400 people that morning. Most had already crossed the bridge when it fell.

The inquiry, which has heard from 14 witnesses so far, is scheduled to report by the end of the year. A new steel bridge is to open at the site in the spring, according to the city's parks department.
''',
    s(LAMA, 'Engineer', 'he warned about cracked welds months before collapse', 'tells', role='structural engineer'),
    s(LAMA, 'An engineer who inspected the Harrow Park pedestrian bridge in 2032', "he had warned the city in writing that several welds|killed two people", 'told', role='structural engineer'),
    s(LAMA, 'Victor Lamarche, a structural engineer with the firm Brightline Consulting', 'he found cracks in four welds during a routine inspection in August 2032|until they were repaired', 'testified', role='structural engineer'),
    s(LAMA, 'Lamarche', '"I wrote it in capital letters on the first page,"', 'told', 'direct', role='structural engineer'),
    s(LAMA, '', '"I don\'t know how to make a warning plainer than that."', '', 'direct', role='structural engineer'),
    s('Ravi Menon', 'a metallurgist, Dr. Ravi Menon', 'the welds had failed from fatigue cracks that grew over several years', 'testified', role='metallurgist'),
    s(FONT, 'she', "she had never received Lamarche's report", 'said', role='former manager of bridges and structures'),
    s(LAMA, 'Lamarche', 'his report had been sent by email to a general inbox rather than to Fontaine directly', 'agreed', role='structural engineer'),
    s(LAMA, 'he', "he had also phoned the city's bridge office and left a message", 'said', role='structural engineer'),
    s(STRA, 'Strachan', "the firm's contract required it to confirm that reports had been received", 'suggested', role='lawyer'),
    s(LAMA, 'Lamarche', 'it did not', 'said', role='structural engineer'),
    s(LAMA, 'he', '"Not usually by themselves.|a matter of time,"', 'replied', 'direct', role='structural engineer'),
    s(DMAR, "Ellen Marsh's son, David Marsh", 'the family had waited more than a year to learn that a warning had been given', 'said'),
    s(DMAR, 'he', '"Somebody read that email, or somebody should have,"', 'said', 'direct'),
    s('the city', 'The city', 'it will not comment on the evidence while the inquiry is under way', 'has said'),
    s("the city's lawyers", 'Its lawyers', 'the city accepts the bridge should have been closed in 2032', 'have told'),
    s('the city', 'the city', 'the bridge should have been closed in 2032', 'accepts', nested=True, via="the city's lawyers"),
    s("city's parks department", "the city's parks department", 'A new steel bridge is to open at the site in the spring', 'according to'),
)
