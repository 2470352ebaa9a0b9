"""Set AQ's five North American newspaper articles (see build_aq.py)."""
from invented_common import doc_spans as doc, s

ABER = 'Ruth Abernathy'
R_ABER = 'general manager'
CAST = 'Lou Castellano'
WARD = 'Eli Ward'
KILB = 'Pat Kilbride'
BELA = 'Antoine Belair'
HILL = 'Gord Hillier'

doc('aq12-paper-kinross-blizzards-trade-captain', 'The Kinross Daily Standard', '2034-02-08', '''
Blizzards trade captain Eli Ward to Saltmarsh for prospects, first-round pick

GM says 'hardest call I've made'; Ward's agent says player asked for move

By Corinne Bastien
Standard Sports

KINROSS - The Kinross Blizzards traded captain Eli Ward to the Saltmarsh Pilots on Wednesday for defenceman Tomas Reyes, forward prospect Callum Dee and a first-round pick in the 2035 draft, ending a nine-season run in which Ward became the franchise's all-time leader in assists.

"This is the hardest call I've made in this job," general manager Ruth Abernathy said at a news conference at the team's practice rink. "Eli has been the face of this team for nine years. But we had to look at where we'll be in three years, and be honest about it."

Abernathy said talks with Saltmarsh had begun before the holiday break and that four other teams had made offers. She would not name them.

Ward's agent, Lou Castellano, said his client had asked for a trade in November after it became clear the Blizzards would not offer him an extension beyond next season.

"Eli didn't want to be a distraction in a rebuilding year. He asked, and the team respected that," Castellano said in a phone interview. "There's no bitterness. He cried on the phone with me this morning, and so did I."

Ward, 31, did not speak to reporters on Wednesday. In a post on his social media accounts, he thanked "every single fan who ever stood in the cold for an autograph" and said Kinross would "always be home."

The Pilots' general manager, Dmitri Salo, told reporters in Saltmarsh that Ward would play on the team's top line and would join the team in time for Friday's home game.

Reyes, 24, a second-pair defenceman, has four goals and 19 points this season. Dee, 19, was the Pilots' second-round pick in 2033 and plays for the Harlan Hawks of the junior league, where he leads the team in scoring.

Blizzards coach Pat Kilbride said Reyes would step into the lineup immediately. "He skates, he moves the puck, he doesn't panic. We need more of that back there," Kilbride said.

Not every player was happy to see the captain go. Defenceman Antoine Belair, Ward's roommate on the road for six seasons, called it "a business day, and a bad one."

"You know it can happen. You never think it happens to him," Belair said.

The Blizzards are 16-24-5 and sit last in the Western Division. Season-ticket sales for next year are down 11 per cent, according to a team document seen by the Standard.

Fans reacted quickly. Outside the rink, Gord Hillier, a season-ticket holder since 1998, said he understood the trade but would not renew. "I'm not paying $4,000 to watch a five-year plan," he said.

Ward's No. 17 will not be retired for now, Abernathy said. "That's a conversation for when he's done playing," she said.
''',
    s(ABER, 'GM', "'hardest call I've made'", 'says', 'direct', role='GM'),
    s(CAST, "Ward's agent", 'player asked for move', 'says', role="Ward's agent"),
    s(ABER, 'general manager Ruth Abernathy', '"This is the hardest call I\'ve made in this job,"', 'said', 'direct', role=R_ABER),
    s(ABER, '', '"Eli has been the face of this team for nine years.|and be honest about it."', '', 'direct', role=R_ABER),
    s(ABER, 'Abernathy', 'talks with Saltmarsh had begun before the holiday break and that four other teams had made offers', 'said', role=R_ABER),
    s(CAST, "Ward's agent, Lou Castellano", 'his client had asked for a trade in November|an extension beyond next season', 'said', role="Ward's agent"),
    s(CAST, 'Castellano', '"Eli didn\'t want to be a distraction in a rebuilding year. He asked, and the team respected that,"', 'said', 'direct', role="Ward's agent"),
    s(CAST, '', '"There\'s no bitterness. He cried on the phone with me this morning, and so did I."', '', 'direct', role="Ward's agent"),
    s(WARD, 'he', 'Kinross would "always be home."', 'said', 'mixed'),
    s('Dmitri Salo', "The Pilots' general manager, Dmitri Salo", "Ward would play on the team's top line and would join the team in time for Friday's home game", 'told', role="The Pilots' general manager"),
    s(KILB, 'Blizzards coach Pat Kilbride', 'Reyes would step into the lineup immediately', 'said', role='coach'),
    s(KILB, 'Kilbride', '"He skates, he moves the puck, he doesn\'t panic. We need more of that back there,"', 'said', 'direct', role='coach'),
    s(BELA, 'Defenceman Antoine Belair', 'it "a business day, and a bad one."', 'called', 'mixed', role='Defenceman'),
    s(BELA, 'Belair', '"You know it can happen. You never think it happens to him,"', 'said', 'direct', role='Defenceman'),
    s('Kinross Blizzards', 'a team document seen by the Standard', 'Season-ticket sales for next year are down 11 per cent', 'according to'),
    s(HILL, 'Gord Hillier, a season-ticket holder since 1998', 'he understood the trade but would not renew', 'said'),
    s(HILL, 'he', '"I\'m not paying $4,000 to watch a five-year plan,"', 'said', 'direct'),
    s(ABER, 'Abernathy', "Ward's No. 17 will not be retired for now", 'said', role=R_ABER),
    s(ABER, 'she', '"That\'s a conversation for when he\'s done playing,"', 'said', 'direct', role=R_ABER),
)

LINDG = 'Amara Lindgren'
R_LINDG = 'Sgt.'
BANE = 'Priya Banerjee'
KIMU = 'Walt Kimura'
MARC = 'Sofia Marchand'

doc('aq13-paper-alder-heights-cougar-sightings', 'Ridgeback Valley Courier', '2034-09-03', '''
Cougar sightings in Alder Heights prompt warnings, trail closures

Conservation officers say the animal is likely a young male looking for territory

By Dana Whitlock
Courier Staff

ALDER HEIGHTS - A cougar has been seen at least seven times in the Alder Heights neighbourhood since Sunday, prompting the city to close two park trails. Conservation officers have warned residents to keep pets and small children inside after dark.

Sgt. Amara Lindgren of the provincial Conservation Officer Service said the sightings, most of them on home security cameras, appear to involve a single animal, probably a male of two or three years pushed out of the mountains by older cats.

"This is a young cat figuring out where he belongs, and right now he's figured wrong," Lindgren said. "Our goal is to move him along, not to put him down."

She said officers had set a live trap near the Ridgeback Creek trail on Tuesday and would relocate the cougar to the Sawtooth backcountry if they caught it. Officers would only consider killing the animal if it attacked a person or showed no fear of people, she said.

The city's parks manager, Greg Tolliver, said the Ridgeback Creek and Fern Gully trails would stay closed "until we get the all-clear."

Residents have posted dozens of videos to a neighbourhood group on social media. In one, the cougar walks along a backyard fence at 3 a.m., pauses at a hot tub and leaps down out of the frame.

"My husband thought it was the neighbour's cat until he saw the tail," said Priya Banerjee, whose camera recorded the animal twice. "It was as long as our fence is tall."

Banerjee said she now drives her two children to the school bus stop, a block away, rather than let them walk.

Not everyone is alarmed. Walt Kimura, who has lived at the edge of the park for 40 years, said cougars pass through "every few years" and usually move on within a week. "They've got more reason to be scared of us than we have of them," he said.

A wildlife biologist at Ridgeback College, Dr. Sofia Marchand, said sightings in suburbs had risen across the province as deer moved closer to houses, and cougars followed the deer.

"If you feed the deer, you are feeding the cougar, just one step removed," she said. Marchand urged residents not to leave pet food outside and to trim shrubs where an animal could hide.

Anyone who sees the cougar is asked to report it to the Conservation Officer Service's hotline at 1-877-555-0133 and not to approach it. According to the service, there has been no cougar attack on a person in the valley since 2019.
''',
    s('Conservation officers', 'Conservation officers', 'the animal is likely a young male looking for territory', 'say'),
    s('Conservation officers', 'Conservation officers', 'residents to keep pets and small children inside after dark', 'have warned'),
    s(LINDG, 'Sgt. Amara Lindgren of the provincial Conservation Officer Service', 'the sightings, most of them on home security cameras, appear to involve a single animal|pushed out of the mountains by older cats', 'said', role=R_LINDG),
    s(LINDG, 'Lindgren', '"This is a young cat figuring out where he belongs, and right now he\'s figured wrong,"', 'said', 'direct', role=R_LINDG),
    s(LINDG, '', '"Our goal is to move him along, not to put him down."', '', 'direct', role=R_LINDG),
    s(LINDG, 'She', 'officers had set a live trap near the Ridgeback Creek trail on Tuesday|if they caught it', 'said', role=R_LINDG),
    s(LINDG, 'she', 'Officers would only consider killing the animal if it attacked a person or showed no fear of people', 'said', role=R_LINDG),
    s('Greg Tolliver', "The city's parks manager, Greg Tolliver", 'the Ridgeback Creek and Fern Gully trails would stay closed "until we get the all-clear."', 'said', 'mixed', role='parks manager'),
    s(BANE, 'Priya Banerjee', '"My husband thought it was the neighbour\'s cat until he saw the tail,"', 'said', 'direct'),
    s(BANE, '', '"It was as long as our fence is tall."', '', 'direct'),
    s(BANE, 'Banerjee', 'she now drives her two children to the school bus stop, a block away, rather than let them walk', 'said'),
    s(KIMU, 'Walt Kimura', 'cougars pass through "every few years" and usually move on within a week', 'said', 'mixed'),
    s(KIMU, 'he', '"They\'ve got more reason to be scared of us than we have of them,"', 'said', 'direct'),
    s(MARC, 'A wildlife biologist at Ridgeback College, Dr. Sofia Marchand', 'sightings in suburbs had risen across the province as deer moved closer to houses, and cougars followed the deer', 'said', role='wildlife biologist'),
    s(MARC, 'she', '"If you feed the deer, you are feeding the cougar, just one step removed,"', 'said', 'direct', role='wildlife biologist'),
    s(MARC, 'Marchand', 'residents not to leave pet food outside and to trim shrubs where an animal could hide', 'urged', role='wildlife biologist'),
    s('Conservation Officer Service', 'the service', 'there has been no cougar attack on a person in the valley since 2019', 'According to'),
)

BEAS = 'Howard Beasley'
R_BEAS = 'Town clerk'
FORS = 'Nadine Forsyth'
TULL = 'Raymond Tulloch'
DUBO = 'Claire Dubois'

doc('aq14-paper-pelham-creek-tied-council-race', 'The Pelham Creek Record', '2034-11-07', '''
Tied council race in Pelham Creek to be settled by drawing a name from a hat

Recount leaves Ward 3 candidates at 1,214 votes each; 'I never thought my political career would come down to a hat,' challenger says

By Owen McTaggart
Record Staff

PELHAM CREEK - The race for Ward 3 on Pelham Creek town council will be decided by drawing a name from a hat on Friday after a judicial recount left the two candidates tied at 1,214 votes each, the town clerk said Tuesday.

Town clerk Howard Beasley said the provincial Municipal Elections Act requires a tie after a recount to be broken by lot, and that the draw would take place in the council chamber at 10 a.m. in front of both candidates and any member of the public who wants to attend.

"It sounds old-fashioned because it is old-fashioned," Beasley said. "But the law is clear, and it's fair. Each name has exactly the same chance."

Election night results had given incumbent councillor Raymond Tulloch a lead of two votes over challenger Nadine Forsyth. Forsyth applied for a recount, and Justice Evelyn Marsh of the Superior Court ordered one last week.

During the recount, conducted by hand over two days, officials found three ballots that the counting machines had rejected because voters had circled a name rather than filling in the oval. Justice Marsh ruled that two of them clearly showed a vote for Forsyth and one a vote for Tulloch.

"I never thought my political career would come down to a hat," Forsyth, a 34-year-old pharmacist, said in an interview at her campaign office, which she has kept open. "Honestly, I'd rather lose by one vote than win by a hat. But I'll be there Friday."

Forsyth said she had spent $6,800 on her campaign, most of it on lawn signs.

Tulloch, who has represented the ward since 2022, said he respected the process and would accept the result "whichever way it falls." He declined to say whether he would challenge the recount in court.

Some residents have complained that a hat is no way to choose a councillor. "It's 2034. We can run a runoff," said Melanie Osei, who lives on Birch Street in the ward and voted for neither candidate.

Under the Municipal Elections Act, a runoff is not an option. A spokeswoman for the province's Ministry of Municipal Affairs, Claire Dubois, said the government had "no plans" to change the rule, which she noted has been used 14 times in the province since 1990.

According to the clerk's office, the last tie in Pelham Creek, a school board race in 2014, was settled by a coin toss because the rules then allowed it.

The winner will be sworn in with the rest of council on Dec. 1.
''',
    s(FORS, 'challenger', "'I never thought my political career would come down to a hat,'", 'says', 'direct', role='challenger'),
    s(BEAS, 'the town clerk', 'The race for Ward 3 on Pelham Creek town council|tied at 1,214 votes each', 'said', role=R_BEAS),
    s(BEAS, 'Town clerk Howard Beasley', 'the provincial Municipal Elections Act requires a tie after a recount to be broken by lot|who wants to attend', 'said', role=R_BEAS),
    s(BEAS, 'Beasley', '"It sounds old-fashioned because it is old-fashioned,"', 'said', 'direct', role=R_BEAS),
    s(BEAS, '', '"But the law is clear, and it\'s fair. Each name has exactly the same chance."', '', 'direct', role=R_BEAS),
    s('Evelyn Marsh', 'Justice Marsh', 'two of them clearly showed a vote for Forsyth and one a vote for Tulloch', 'ruled', role='Justice'),
    s(FORS, 'Forsyth, a 34-year-old pharmacist', '"I never thought my political career would come down to a hat,"', 'said', 'direct', role='challenger'),
    s(FORS, '', '"Honestly, I\'d rather lose by one vote than win by a hat. But I\'ll be there Friday."', '', 'direct', role='challenger'),
    s(FORS, 'Forsyth', 'she had spent $6,800 on her campaign, most of it on lawn signs', 'said', role='challenger'),
    s(TULL, 'Tulloch, who has represented the ward since 2022', 'he respected the process and would accept the result "whichever way it falls."', 'said', 'mixed', role='incumbent councillor'),
    s('Some residents', 'Some residents', 'a hat is no way to choose a councillor', 'have complained'),
    s('Melanie Osei', 'Melanie Osei', '"It\'s 2034. We can run a runoff,"', 'said', 'direct'),
    s(DUBO, "A spokeswoman for the province's Ministry of Municipal Affairs, Claire Dubois", 'the government had "no plans" to change the rule, which she noted has been used 14 times in the province since 1990', 'said', 'mixed', role='spokeswoman'),
    s(DUBO, 'she', 'has been used 14 times in the province since 1990', 'noted', nested=True, via=DUBO, role='spokeswoman'),
    s("clerk's office", "the clerk's office", 'the last tie in Pelham Creek, a school board race in 2014, was settled by a coin toss because the rules then allowed it', 'According to'),
)

OKOR = 'Hannah Okoro'
TIX = 'TixPoint'
MILLS = 'Derek Mills'
FTC = 'Fair Tickets Coalition'
AGUI = 'Samuel Aguilar'
LAWY = 'lawyers for the buyers'

doc('aq15-paper-tixpoint-hidden-fees-settlement', 'The Corbin Harbour Times', '2034-12-05', '''
Ticket seller TixPoint to pay $18 million to settle suit over hidden fees

Buyers could get up to $45 each; lawyer calls deal 'a fair result'

By Grace Feldman
Times Staff

CORBIN HARBOUR - TixPoint, the country's largest online ticket seller, has agreed to pay $18 million to settle a class-action lawsuit over "service" and "facility" fees that appeared only on the last screen of checkout, according to court documents filed Monday by lawyers for the buyers.

The settlement, which still needs a judge's approval, would cover anyone who bought tickets through TixPoint's website or app between January 2029 and June 2034, about 3.2 million people, the documents say. Each buyer could receive up to $45, depending on how many tickets they bought and how many people file claims.

"This is a fair result for people who were told one price and charged another," said Hannah Okoro, a lawyer with Okoro Lindsay LLP, which brought the suit on behalf of a Corbin Harbour concertgoer, Derek Mills, in 2031. "It's not a windfall for anyone. It's the fees back, more or less."

Okoro said the firm would ask the court for $4.5 million in legal fees, to be paid out of the settlement.

TixPoint denied any wrongdoing. In a statement, the company said it had "always displayed the full price before purchase" and had agreed to settle "to avoid the cost and distraction of a long trial." It said it had changed its checkout in 2033 to show fees on the first screen.

Mills, 29, said he filed the complaint after paying $212 for two tickets advertised at $74 each. "I wasn't trying to start a movement. I was annoyed," he said.

Consumer advocates said the settlement was small next to the fees TixPoint collected. The Fair Tickets Coalition, an advocacy group, estimated that the company took in more than $600 million in fees over the period covered by the suit.

"Forty-five dollars is a parking ticket to them," said the coalition's director, Samuel Aguilar. He urged the province to pass a law requiring all-in pricing, as three other provinces have done.

A hearing on whether to approve the settlement is scheduled for Feb. 9 before Justice Colleen Hartigan. Buyers will be notified by email, the documents say.
''',
    s(OKOR, 'lawyer', "deal 'a fair result'", 'calls', 'mixed', role='lawyer'),
    s(LAWY, 'court documents filed Monday by lawyers for the buyers', 'TixPoint, the country\'s largest online ticket seller, has agreed to pay $18 million|on the last screen of checkout', 'according to'),
    s(LAWY, 'the documents', "The settlement, which still needs a judge's approval, would cover anyone|about 3.2 million people", 'say'),
    s(OKOR, 'Hannah Okoro', '"This is a fair result for people who were told one price and charged another,"', 'said', 'direct', role='lawyer'),
    s(OKOR, '', '"It\'s not a windfall for anyone. It\'s the fees back, more or less."', '', 'direct', role='lawyer'),
    s(OKOR, 'Okoro', 'the firm would ask the court for $4.5 million in legal fees, to be paid out of the settlement', 'said', role='lawyer'),
    s(TIX, 'TixPoint', 'any wrongdoing', 'denied'),
    s(TIX, 'the company', 'it had "always displayed the full price before purchase" and had agreed to settle "to avoid the cost and distraction of a long trial."', 'said', 'mixed'),
    s(TIX, 'It', 'it had changed its checkout in 2033 to show fees on the first screen', 'said'),
    s(MILLS, 'Mills, 29', 'he filed the complaint after paying $212 for two tickets advertised at $74 each', 'said'),
    s(MILLS, 'he', '"I wasn\'t trying to start a movement. I was annoyed,"', 'said', 'direct'),
    s('Consumer advocates', 'Consumer advocates', 'the settlement was small next to the fees TixPoint collected', 'said'),
    s(FTC, 'The Fair Tickets Coalition, an advocacy group', 'the company took in more than $600 million in fees over the period covered by the suit', 'estimated'),
    s(AGUI, "the coalition's director, Samuel Aguilar", '"Forty-five dollars is a parking ticket to them,"', 'said', 'direct', role='director'),
    s(AGUI, 'He', 'the province to pass a law requiring all-in pricing, as three other provinces have done', 'urged', role='director'),
    s(LAWY, 'the documents', 'Buyers will be notified by email', 'say'),
)

AMBR = 'Ruth Ambrose'
R_AMBR = 'Captain'
NAKA = 'Jesse Nakamura'

doc('aq16-paper-gull-island-ferry-captain-last-crossing', 'The Gull Island Packet', '2034-10-02', '''
After 38 years and some 60,000 crossings, Captain Ruth Ambrose takes the Gull Island ferry across one last time

'The sea doesn't care that you're retiring,' she says

By Tomas Reilly
Packet Staff

GULL ISLAND - At 6:40 on a grey Tuesday morning, Ruth Ambrose climbs the steel stairs to the wheelhouse of the MV Islander for the last time, sets her thermos in the same cup holder she has used since 2011 and checks the weather on a screen she still does not entirely trust.

"Twelve knots from the southwest. That's nothing," she says, to nobody in particular.

Ambrose, 64, has captained the crossing between Gull Island and Port Wickham since 1996, first on the old Wickham Belle and since 2011 on the Islander. By her own count, she has made about 60,000 crossings, missed four days to illness and turned back because of weather "maybe 200 times, and never once regretted it."

She remembers ice closing the harbour for nine days in the winter of 2003, and islanders walking to the mainland across the frozen strait. She remembers carrying a woman in labour across in a storm in 2015; the baby, she says, is now a deckhand on another ferry line.

The Gull Island Transportation Authority, which runs the ferry, says her replacement, Capt. Jesse Nakamura, has worked under Ambrose for 11 years.

"She taught me that the boat is the easy part," Nakamura says. "The hard part is the 80 people on it who all think they know better than you."

On the car deck, regulars have come to ride along. Doris Pettigrew, 88, has taken the ferry to her doctor's appointments on the mainland for two decades. She brought a card signed by 140 islanders.

"Ruth is the island's clock. When she's on the bridge, we know what time it is," Pettigrew says.

Not everyone on the island is sentimental about the ferry. The Authority plans to replace the Islander with a larger, electric vessel in 2037, and some residents worry that it will bring more cars and day-trippers. "Every bigger boat brings more people who want our island to be somewhere else," says Alan Cormier, who runs the general store.

Ambrose says she has no opinion on the new boat, which she will not captain. Pressed, she allows that "electric is fine, as long as somebody remembers to charge it."

At 7:25 the Islander nudges into the slip at Port Wickham. Ambrose sounds the horn three times, the way she did on her first day. On the dock, the harbourmaster's staff have hung a banner that reads "Fair winds, Captain Ruth."

What will she do now? She says she plans to learn to sail.

"Thirty-eight years driving a bus on water," she says. "I'd like to find out what the wind is for."
''',
    s(AMBR, 'she', "'The sea doesn't care that you're retiring,'", 'says', 'direct', role=R_AMBR),
    s(AMBR, 'she', '"Twelve knots from the southwest. That\'s nothing,"', 'says', 'direct', role=R_AMBR),
    s(AMBR, 'her', 'she has made about 60,000 crossings, missed four days to illness and turned back because of weather "maybe 200 times, and never once regretted it."', 'By her own count', 'mixed', role=R_AMBR),
    s(AMBR, 'She', 'ice closing the harbour for nine days in the winter of 2003, and islanders walking to the mainland across the frozen strait', 'remembers', role=R_AMBR),
    s(AMBR, 'She', 'carrying a woman in labour across in a storm in 2015', 'remembers', role=R_AMBR),
    s(AMBR, 'she', ['the baby,', 'is now a deckhand on another ferry line'], 'says', role=R_AMBR, anchor='in a storm in 2015;'),
    s('Gull Island Transportation Authority', 'The Gull Island Transportation Authority, which runs the ferry', 'her replacement, Capt. Jesse Nakamura, has worked under Ambrose for 11 years', 'says'),
    s(NAKA, 'Nakamura', '"She taught me that the boat is the easy part,"', 'says', 'direct', role='Capt.'),
    s(NAKA, '', '"The hard part is the 80 people on it who all think they know better than you."', '', 'direct', role='Capt.'),
    s('Doris Pettigrew', 'Pettigrew', '"Ruth is the island\'s clock. When she\'s on the bridge, we know what time it is,"', 'says', 'direct'),
    s('some residents', 'some residents', 'it will bring more cars and day-trippers', 'worry'),
    s('Alan Cormier', 'Alan Cormier, who runs the general store', '"Every bigger boat brings more people who want our island to be somewhere else,"', 'says', 'direct'),
    s(AMBR, 'Ambrose', 'she has no opinion on the new boat, which she will not captain', 'says', role=R_AMBR),
    s(AMBR, 'she', '"electric is fine, as long as somebody remembers to charge it."', 'allows', 'direct', role=R_AMBR),
    s(AMBR, 'She', 'she plans to learn to sail', 'says', role=R_AMBR),
    s(AMBR, 'she', '"Thirty-eight years driving a bus on water,"', 'says', 'direct', role=R_AMBR),
    s(AMBR, '', '"I\'d like to find out what the wind is for."', '', 'direct', role=R_AMBR),
)
