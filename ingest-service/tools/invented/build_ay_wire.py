"""Set AY's five wire stories (see build_ay.py)."""
from invented_common import doc_spans as doc, s

FSA = 'Financial Supervisory Authority'
ARVO = 'Mette Arvola'
EKW = 'Jonas Ekwall'
SJO = 'Linnea Sjoholm'
KATT = 'Kattegrund Bank'

doc('ay01-wire-norrvik-kattegrund-bank-laundering-fine', 'Reuters', '2035-03-14', '''
Kattegrund Bank let suspicious payments flow for six years, fined record sum - regulator

STAVERN, March 14 (Reuters) - Norrvik's Financial Supervisory Authority fined Kattegrund Bank a record 410 million crowns ($39 million) on Thursday, saying the lender had failed for six years to stop suspicious payments worth at least 2.3 billion crowns from moving through accounts held by shell companies.

The authority said in its decision that the bank's checks on new business customers had been "superficial at best" and that staff who raised concerns were told to keep opening accounts.

Kattegrund, the country's third-largest lender by assets, said it accepted the fine and would not appeal. Chief Executive Mette Arvola told reporters in Stavern that the bank had hired 140 compliance staff since 2033 and replaced its entire monitoring system.

"We did not take this seriously enough, for too long. That is on us, and it has changed," Arvola said.

The payments, most of them routed through accounts of companies registered in Aldera and the Temmen Islands, were flagged in 2033 by a correspondent bank in Marlow, which then closed its links with Kattegrund, according to the decision.

Director General Jonas Ekwall said the size of the fine reflected how long the failures had lasted, not only how much money was involved.

"A bank that looks away for six years cannot be surprised when we look very closely," Ekwall said at a news conference.

Prosecutors in Stavern have opened a separate criminal investigation into two former managers of the bank's business banking unit, a spokesman for the Economic Crimes Prosecution Office said. He declined to name them.

Shares in Kattegrund rose 2.1 percent by midday, as investors had braced for a larger penalty. Analysts at Osterby Securities had estimated a fine of up to 600 million crowns in a note last month.

"The number is big for Norrvik but it is manageable. The real cost is the reputational damage with correspondent banks," said Linnea Sjoholm, a banking analyst at Osterby.

Sjoholm said she expected Kattegrund's profit this year to fall by about 8 percent because of the fine and higher compliance costs.

The case is the latest in a string of laundering scandals to hit northern European lenders since the late 2010s. Norrvik's parliament tightened its anti-money laundering law in 2031, doubling the maximum fines the authority can impose.

Kattegrund's chairman, Per Aaberg, said in a letter to shareholders that the board had "failed in its oversight" and that two directors who sat on its risk committee at the time would not seek re-election in April.

Finance Minister Kaspar Lund welcomed the decision and said the government would propose giving the authority powers to remove bank executives directly.

Transparency Norrvik, an anti-corruption group, said the fine was "a rounding error" for a bank that made a profit of 6.4 billion crowns last year, and called for the former managers to be named.

Arvola, who joined Kattegrund from a rival in 2033 after the payments came to light, has not been accused of wrongdoing. Asked whether any current executives would leave, she said: "Everyone who was responsible for this has already left the bank."

(Reporting by Ingrid Falk; Editing by Tom Bexley)
''',
    s(FSA, 'regulator', 'Kattegrund Bank let suspicious payments flow for six years, fined record sum', ''),
    s(FSA, "Norrvik's Financial Supervisory Authority", 'the lender had failed for six years to stop suspicious payments|accounts held by shell companies', 'saying'),
    s(FSA, 'The authority', 'the bank\'s checks on new business customers had been "superficial at best" and that staff who raised concerns were told to keep opening accounts', 'said', 'mixed'),
    s(KATT, 'Kattegrund', 'it accepted the fine and would not appeal', 'said'),
    s(ARVO, 'Chief Executive Mette Arvola', 'the bank had hired 140 compliance staff since 2033 and replaced its entire monitoring system', 'told', role='Chief Executive'),
    s(ARVO, 'Arvola', '"We did not take this seriously enough, for too long. That is on us, and it has changed,"', 'said', 'direct', role='Chief Executive'),
    s(FSA, 'the decision', 'The payments, most of them routed through accounts|which then closed its links with Kattegrund', 'according to'),
    s(EKW, 'Director General Jonas Ekwall', 'the size of the fine reflected how long the failures had lasted, not only how much money was involved', 'said', role='Director General'),
    s(EKW, 'Ekwall', '"A bank that looks away for six years cannot be surprised when we look very closely,"', 'said', 'direct', role='Director General'),
    s('a spokesman for the Economic Crimes Prosecution Office', 'a spokesman for the Economic Crimes Prosecution Office', "Prosecutors in Stavern have opened a separate criminal investigation into two former managers of the bank's business banking unit", 'said', role='spokesman'),
    s('Analysts at Osterby Securities', 'Analysts at Osterby Securities', 'a fine of up to 600 million crowns', 'had estimated'),
    s(SJO, 'Linnea Sjoholm', '"The number is big for Norrvik but it is manageable. The real cost is the reputational damage with correspondent banks,"', 'said', 'direct', role='banking analyst'),
    s(SJO, 'Sjoholm', "she expected Kattegrund's profit this year to fall by about 8 percent because of the fine and higher compliance costs", 'said', role='banking analyst'),
    s('Per Aaberg', "Kattegrund's chairman, Per Aaberg", 'the board had "failed in its oversight" and that two directors who sat on its risk committee at the time would not seek re-election in April', 'said', 'mixed', role='chairman'),
    s('Kaspar Lund', 'Finance Minister Kaspar Lund', 'the decision', 'welcomed', role='Finance Minister'),
    s('Kaspar Lund', '', 'the government would propose giving the authority powers to remove bank executives directly', 'said', role='Finance Minister'),
    s('Transparency Norrvik', 'Transparency Norrvik, an anti-corruption group', 'the fine was "a rounding error" for a bank that made a profit of 6.4 billion crowns last year', 'said', 'mixed'),
    s('Transparency Norrvik', '', 'the former managers to be named', 'called for'),
    s(ARVO, 'she', '"Everyone who was responsible for this has already left the bank."', 'said', 'direct', role='Chief Executive'),
)

BAPT = 'Celeste Baptiste'
BRIG = 'Brightwater Cruises'
REYE = 'Alana Reyes'
DELG = 'Marisa Delgado'
VSO = 'Calusa Vessel Sanitation Office'

doc('ay02-wire-tidal-aria-cruise-norovirus-ports-refuse', 'AP', '2035-01-14', '''
Cruise ship with 600 sick aboard docks after 2 ports turn it away

PORT SELWYN, Antilla (AP) - A cruise ship with more than 600 passengers and crew sick with a stomach virus was allowed to dock here Sunday after two other island ports refused to let it in, health officials said.

The Tidal Aria, operated by Brightwater Cruises, left Port Redgate on Jan. 6 with 2,840 passengers and 1,100 crew members on a 10-night cruise. By Saturday, 512 passengers and 94 crew members had reported vomiting or diarrhea, the company said in a statement.

Samples sent to a laboratory in Port Selwyn confirmed norovirus, Antilla's chief medical officer, Dr. Celeste Baptiste, told reporters at the pier.

"This is a very contagious virus, but it is not a dangerous one for most healthy people. Nobody on that ship is in intensive care," Baptiste said.

She said 14 passengers, most of them over 75, had been taken to Queen Adelaide Hospital for fluids and were expected to go home within two days.

The ship had been due in St. Corvin on Thursday and in Las Palmitas on Friday. Both islands refused to let passengers ashore. The government of St. Corvin said in a statement that it "cannot risk an outbreak during our busiest week of the year."

Las Palmitas did not explain its decision.

By midweek the ship's dining rooms were nearly empty, and crew members in masks wiped down railings around the clock.

"You'd go to breakfast and there'd be eight people in a room built for four hundred," said Harold Pettigrew, 68, a retired mail carrier from Dunmore Springs. His wife, Joan, was sick for three days, he said.

Brightwater said passengers would receive a full refund and a credit for a future cruise. Company spokeswoman Alana Reyes said the ship would be disinfected in Port Selwyn for two days before returning to Port Redgate, and that its next cruise, due to leave on Jan. 18, had been canceled.

Some passengers said the company had been too slow to act. Marisa Delgado, 41, who was traveling with her two children, said sick passengers were still eating at the buffet on the third day of the cruise.

"They put up hand sanitizer and a sign. That was it," Delgado said. "By the time they closed the buffet, half our deck was sick."

Reyes said crews had followed the ship's outbreak plan from the first day.

The Calusa Vessel Sanitation Office, which inspects cruise ships that call at Calusa ports, said it was reviewing the ship's logs. The Tidal Aria scored 96 out of 100 in its last inspection in October, according to the office's records.

Norovirus outbreaks are common on cruise ships, where thousands of people share dining rooms, elevators and railings. There were 14 outbreaks on ships calling at Calusa ports last year, up from nine the year before.

Will the outbreak keep people off ships? Travel agent Luis Ferrante, who books about 300 cruises a year in Port Redgate, said bookings for February had not slowed.

"People remember the sunsets, not the week somebody got sick," he said.
''',
    s('health officials', 'health officials', 'A cruise ship with more than 600 passengers and crew sick with a stomach virus|after two other island ports refused to let it in', 'said'),
    s(BRIG, 'the company', 'By Saturday, 512 passengers and 94 crew members had reported vomiting or diarrhea', 'said'),
    s(BAPT, "Antilla's chief medical officer, Dr. Celeste Baptiste", 'Samples sent to a laboratory in Port Selwyn confirmed norovirus', 'told', role='chief medical officer'),
    s(BAPT, 'Baptiste', '"This is a very contagious virus, but it is not a dangerous one for most healthy people. Nobody on that ship is in intensive care,"', 'said', 'direct', role='chief medical officer'),
    s(BAPT, 'She', '14 passengers, most of them over 75, had been taken to Queen Adelaide Hospital|expected to go home within two days', 'said', role='chief medical officer'),
    s('The government of St. Corvin', 'The government of St. Corvin', 'it "cannot risk an outbreak during our busiest week of the year."', 'said', 'mixed'),
    s('Harold Pettigrew', 'Harold Pettigrew, 68, a retired mail carrier from Dunmore Springs', '"You\'d go to breakfast and there\'d be eight people in a room built for four hundred,"', 'said', 'direct', role='retired mail carrier'),
    s('Harold Pettigrew', 'he', 'His wife, Joan, was sick for three days', 'said', role='retired mail carrier'),
    s(BRIG, 'Brightwater', 'passengers would receive a full refund and a credit for a future cruise', 'said'),
    s(REYE, 'Company spokeswoman Alana Reyes', 'the ship would be disinfected in Port Selwyn for two days before returning to Port Redgate, and that its next cruise, due to leave on Jan. 18, had been canceled', 'said', role='spokeswoman'),
    s('Some passengers', 'Some passengers', 'the company had been too slow to act', 'said'),
    s(DELG, 'Marisa Delgado, 41, who was traveling with her two children', 'sick passengers were still eating at the buffet on the third day of the cruise', 'said'),
    s(DELG, 'Delgado', '"They put up hand sanitizer and a sign. That was it,"', 'said', 'direct'),
    s(DELG, '', '"By the time they closed the buffet, half our deck was sick."', '', 'direct'),
    s(REYE, 'Reyes', "crews had followed the ship's outbreak plan from the first day", 'said', role='spokeswoman'),
    s(VSO, 'The Calusa Vessel Sanitation Office, which inspects cruise ships that call at Calusa ports', "it was reviewing the ship's logs", 'said'),
    s(VSO, "the office's records", 'The Tidal Aria scored 96 out of 100 in its last inspection in October', 'according to'),
    s('Luis Ferrante', 'Travel agent Luis Ferrante, who books about 300 cruises a year in Port Redgate', 'bookings for February had not slowed', 'said', role='Travel agent'),
    s('Luis Ferrante', 'he', '"People remember the sunsets, not the week somebody got sick,"', 'said', 'direct', role='Travel agent'),
)

VIDA = 'Helene Vidalou'
FERR = 'Paul Ferrand'
CAUS = 'Bernard Caussade'
DELM = 'Anne-Sophie Delmas'
ROQU = 'Olivier Roque'
FED = "regional winegrowers' federation"

doc('ay03-wire-lanquedor-hailstorm-vineyards-before-harvest', 'AFP', '2035-08-22', '''
Hailstorm shreds vineyards weeks before harvest in Lanquedor

SAINT-MAURAN, Lanquedor, Aug 22, 2035 (AFP) - A violent hailstorm tore through the vineyards of Lanquedor's Val de Sorre on Tuesday evening, destroying up to 70 percent of the grapes in some villages just three weeks before the harvest, the regional winegrowers' federation said on Wednesday.

Hailstones the size of walnuts fell for about 15 minutes across a strip of land some 20 kilometres long, stripping vines of their leaves and splitting the bunches, the national weather service Meteo Lanquedor said.

"In fifteen minutes we lost a year of work. There is nothing left to pick on the hillside," said Bernard Caussade, 58, whose family has made wine at Domaine des Ormeaux since 1891.

Standing among vines with bare, broken canes, he said he had not seen such a storm since 1999, when his father was still running the estate.

The federation's president, Helene Vidalou, estimated the losses at 38 million euros and called on the government to declare a state of agricultural disaster, which would release emergency funds.

"Many of these estates had already lost half a harvest to frost in 2033. A second blow in three years will finish some of them," Vidalou told AFP.

Agriculture Minister Paul Ferrand, who visited Saint-Mauran on Wednesday afternoon, promised that the request would be examined "within days".

Asked by reporters whether the state would also help growers without hail insurance, Ferrand said: "No one will be left alone. But I will not promise money today that I do not yet have."

Only about a third of the region's growers are insured against hail because premiums have nearly doubled in ten years, according to the federation.

The Lanquedor Insurers' Association said claims from Tuesday's storm were still being counted but would be "among the largest ever" for the wine sector. Its director, Marc Estève, told AFP that insurers were ready to talk to the government about a public-private scheme to bring premiums down.

Some growers have installed anti-hail nets, and a few villages run ground generators that release silver iodide into passing clouds, although there is little evidence that they work.

Climatologist Anne-Sophie Delmas of the University of Montclar said hailstorms in the region had become less frequent but more violent, as warmer air carried more moisture into summer storms.

"We are seeing fewer storms, but the ones we get are bigger, and the hailstones are larger," she said.

The storm also damaged roofs and cars in the town of Vernac, where firefighters carried out more than 200 interventions overnight, the prefecture said. No one was injured.

At the cooperative cellar in Saint-Mauran, which presses grapes for 140 families, director Olivier Roque said the cellar would try to save what it could by picking the damaged grapes early, before rot set in.

"It will be a small vintage. Maybe a good one, but a very small one," he said.

Val de Sorre produces about 40 million bottles a year, most of them red wines sold in Lanquedor and neighbouring countries.
''',
    s(FED, "the regional winegrowers' federation", "A violent hailstorm tore through the vineyards of Lanquedor's Val de Sorre|just three weeks before the harvest", 'said'),
    s('Meteo Lanquedor', 'the national weather service Meteo Lanquedor', 'Hailstones the size of walnuts fell for about 15 minutes|splitting the bunches', 'said'),
    s(CAUS, 'Bernard Caussade, 58, whose family has made wine at Domaine des Ormeaux since 1891', '"In fifteen minutes we lost a year of work. There is nothing left to pick on the hillside,"', 'said', 'direct'),
    s(CAUS, 'he', 'he had not seen such a storm since 1999, when his father was still running the estate', 'said'),
    s(VIDA, "The federation's president, Helene Vidalou", 'the losses at 38 million euros', 'estimated', role='president'),
    s(VIDA, '', 'the government to declare a state of agricultural disaster, which would release emergency funds', 'called on', role='president'),
    s(VIDA, 'Vidalou', '"Many of these estates had already lost half a harvest to frost in 2033. A second blow in three years will finish some of them,"', 'told', 'direct', role='president'),
    s(FERR, 'Agriculture Minister Paul Ferrand', 'the request would be examined "within days"', 'promised', 'mixed', role='Agriculture Minister'),
    s(FERR, 'Ferrand', '"No one will be left alone. But I will not promise money today that I do not yet have."', 'said', 'direct', role='Agriculture Minister'),
    s(FED, 'the federation', "Only about a third of the region's growers are insured against hail because premiums have nearly doubled in ten years", 'according to'),
    s("Lanquedor Insurers' Association", "The Lanquedor Insurers' Association", 'claims from Tuesday\'s storm were still being counted but would be "among the largest ever" for the wine sector', 'said', 'mixed'),
    s('Marc Estève', 'Its director, Marc Estève', 'insurers were ready to talk to the government about a public-private scheme to bring premiums down', 'told', role='director'),
    s(DELM, 'Climatologist Anne-Sophie Delmas of the University of Montclar', 'hailstorms in the region had become less frequent but more violent|into summer storms', 'said', role='Climatologist'),
    s(DELM, 'she', '"We are seeing fewer storms, but the ones we get are bigger, and the hailstones are larger,"', 'said', 'direct', role='Climatologist'),
    s('the prefecture', 'the prefecture', 'The storm also damaged roofs and cars in the town of Vernac, where firefighters carried out more than 200 interventions overnight', 'said'),
    s(ROQU, 'director Olivier Roque', 'the cellar would try to save what it could by picking the damaged grapes early, before rot set in', 'said', role='director'),
    s(ROQU, 'he', '"It will be a small vintage. Maybe a good one, but a very small one,"', 'said', 'direct', role='director'),
)

IMB = 'Daniel Imbert'
SKY = 'Skyforge Interactive Inc.'
VENK = 'Priya Venkataram'
HARA = 'Mitsuo Harada'
GUILD = 'Game Workers Guild'

doc('ay04-wire-skyforge-delays-ember-crown-sequel-shares-plunge', 'Bloomberg', '2035-06-19', '''
Skyforge Plunges as Studio Delays 'Ember Crown' Sequel to 2037

- Chief executive says team needs 'time to make it right'
- Analysts cut targets; company lowers annual sales forecast

(Bloomberg) -- Skyforge Interactive Inc. shares plunged the most since their 2029 listing after the video game developer delayed the sequel to its best-selling fantasy game by more than a year and cut its sales forecast.

The stock fell as much as 24% in Torvale trading on Tuesday, wiping about $3.1 billion off the company's market value. "Ember Crown II," originally due in October 2035, will now be released in the first quarter of 2037, Skyforge said in a statement late Monday.

The company now expects revenue of $1.9 billion to $2 billion for the fiscal year ending in March, down from a previous forecast of as much as $2.6 billion.

"We could ship this game in October. It would sell. But it would not be the game our players have waited six years for," Chief Executive Officer Daniel Imbert said on a call with analysts. "We need time to make it right."

Imbert said the delay had nothing to do with the company's new game engine, which players on online forums have blamed for a string of glitches in recent updates.

The delay is a blow to a company that has relied on a single franchise for most of its sales. The original "Ember Crown" has sold more than 48 million copies since 2029, according to data compiled by Bloomberg.

"Investors were paying for a 2035 launch, and now they get a 2037 launch with no guarantee it will be on time," said Priya Venkataram, an analyst at Halden & Rowe who has a sell rating on the stock. "Delays rarely come alone."

Venkataram cut her price target to $41 from $58. At least six other analysts also lowered their targets on Tuesday.

Not everyone was gloomy. Mitsuo Harada, an analyst at Kestrel Partners, wrote in a note that the delay "removes the biggest risk" in the stock, a rushed launch, and that he would buy the shares at the lower price.

Skyforge said it would not cut jobs because of the delay. The company employs about 4,200 people, most of them at its studios in Torvale and Lisk.

People familiar with the project said the studio had struggled for months to finish the game's open world, and that an internal test in May had found large parts of the map still unfinished. They asked not to be identified because the discussions were private.

A Skyforge representative declined to comment on the test.

The Game Workers Guild, which says it represents about 900 Skyforge employees, said staff had worked mandatory overtime for much of the past year and urged the company to rule out further crunch before the new release date.

As recently as February, Imbert told investors the game was "on track for autumn" and that the team had "never been in better shape."

Imbert, 52, co-founded Skyforge in 2016 with two university friends and has run it since its listing. On the call, he said he would not take a bonus this year.
''',
    s(IMB, 'Chief executive', "team needs 'time to make it right'", 'says', 'mixed', role='Chief executive'),
    s(SKY, 'Skyforge', '"Ember Crown II," originally due in October 2035, will now be released in the first quarter of 2037', 'said'),
    s(SKY, 'The company', 'revenue of $1.9 billion to $2 billion for the fiscal year ending in March', 'expects'),
    s(IMB, 'Chief Executive Officer Daniel Imbert', '"We could ship this game in October. It would sell. But it would not be the game our players have waited six years for,"', 'said', 'direct', role='Chief Executive Officer'),
    s(IMB, '', '"We need time to make it right."', '', 'direct', role='Chief Executive Officer'),
    s(IMB, 'Imbert', "the delay had nothing to do with the company's new game engine|a string of glitches in recent updates", 'said', role='Chief Executive Officer'),
    s('Bloomberg', 'Bloomberg', 'The original "Ember Crown" has sold more than 48 million copies since 2029', 'according to'),
    s(VENK, 'Priya Venkataram, an analyst at Halden & Rowe who has a sell rating on the stock', '"Investors were paying for a 2035 launch, and now they get a 2037 launch with no guarantee it will be on time,"', 'said', 'direct', role='analyst'),
    s(VENK, '', '"Delays rarely come alone."', '', 'direct', role='analyst'),
    s(HARA, 'Mitsuo Harada, an analyst at Kestrel Partners', 'the delay "removes the biggest risk" in the stock, a rushed launch, and that he would buy the shares at the lower price', 'wrote', 'mixed', role='analyst'),
    s(SKY, 'Skyforge', 'it would not cut jobs because of the delay', 'said'),
    s('People familiar with the project', 'People familiar with the project', "the studio had struggled for months to finish the game's open world, and that an internal test in May had found large parts of the map still unfinished", 'said'),
    s(GUILD, '', 'it represents about 900 Skyforge employees', 'says'),
    s(GUILD, 'The Game Workers Guild', 'staff had worked mandatory overtime for much of the past year', 'said'),
    s(GUILD, '', 'the company to rule out further crunch before the new release date', 'urged'),
    s(IMB, 'Imbert', 'the game was "on track for autumn" and that the team had "never been in better shape."', 'told', 'mixed', role='Chief Executive Officer'),
    s(IMB, 'he', 'he would not take a bonus this year', 'said', role='Chief Executive Officer'),
)

MARC = 'Glenn Tidmarsh'
CARV = 'Luis Carvajal'
LANG = 'Teresa Lang'
EHA = 'Eastern Hockey Association'

doc('ay05-wire-tidewick-lamplighters-minor-league-team-moving', 'AP', '2035-11-08', '''
Minor-league Lamplighters to leave Tidewick for Pinebrook after 41 seasons

TIDEWICK, Kestrel (AP) - The Tidewick Lamplighters, one of the oldest teams in minor-league hockey, will move to Pinebrook next season after failing to reach a deal for a new arena, the team's owner said Thursday.

Owner Glenn Tidmarsh said the Lamplighters had lost money in each of the past five seasons at 62-year-old Dockside Arena, where the roof leaks and the ice plant breaks down several times a winter.

"I love this town. My father brought me to my first Lamplighters game when I was six. But I can't keep losing $2 million a year," Tidmarsh said at a news conference at the arena, his voice breaking.

Pinebrook, about 180 miles north, is building a 6,500-seat arena that is due to open in September, and its city council voted last month to offer the team a 20-year lease at $1 a year.

Pinebrook Mayor Donna Hedlund said the team would bring about 150 jobs and "a reason for people to come downtown on a Tuesday night in February."

The team will play under a new name. Tidmarsh said the Lamplighters name, colors and championship banners would stay in Tidewick, in case the city ever gets another team.

"Keep the banners. Give us back the team," said Rick Dolan, 57, who has held season tickets since 1994.

Save Our Lamplighters, a fan group that gathered 22,000 signatures for a new arena, said in a post on its page that the city had "let a 41-year love story end over a parking garage."

Mayor Luis Carvajal said the city had offered $40 million toward a renovated Dockside Arena, but that Tidmarsh wanted a new building the city could not afford.

"We made a serious offer. He wanted a palace," Carvajal said in a statement.

Tidmarsh disputed that, saying the renovation plan left the team without the premium seating it needs to make money.

The Eastern Hockey Association, the league the Lamplighters have played in since 1994, said its board of governors had approved the move unanimously. Commissioner Teresa Lang called the Lamplighters' departure "a painful day for a great hockey town" but said Pinebrook was "ready to be a great one too."

The Lamplighters won four league titles, the last in 2019. Their most famous alumnus, goaltender Jean-Marc Ouellet, played 14 seasons in the top league after three years in Tidewick.

Ouellet, reached by phone, said he was "heartbroken" and remembered sleeping on the team bus between games in the 1990s, his pads for a pillow.

The team's final home game at Dockside Arena is scheduled for April 12. Tickets sold out in under an hour, the team said.

What happens to Dockside Arena is unclear. City Councilor Ana Pruett said she would ask the council to study turning it into a community rink, but the building needs at least $15 million in repairs, according to a 2034 engineering report commissioned by the city.

The 71-year-old owner, who made his money in trucking, bought the team in 2015. On Thursday he said he would sell it before he would move it a second time.
''',
    s(MARC, "the team's owner", 'The Tidewick Lamplighters, one of the oldest teams in minor-league hockey, will move to Pinebrook|failing to reach a deal for a new arena', 'said', role='owner'),
    s(MARC, 'Owner Glenn Tidmarsh', 'the Lamplighters had lost money in each of the past five seasons at 62-year-old Dockside Arena|breaks down several times a winter', 'said', role='Owner'),
    s(MARC, 'Tidmarsh', '"I love this town. My father brought me to my first Lamplighters game when I was six. But I can\'t keep losing $2 million a year,"', 'said', 'direct', role='Owner'),
    s('Donna Hedlund', 'Pinebrook Mayor Donna Hedlund', 'the team would bring about 150 jobs and "a reason for people to come downtown on a Tuesday night in February."', 'said', 'mixed', role='Mayor'),
    s(MARC, 'Tidmarsh', 'the Lamplighters name, colors and championship banners would stay in Tidewick, in case the city ever gets another team', 'said', role='Owner'),
    s('Rick Dolan', 'Rick Dolan, 57, who has held season tickets since 1994', '"Keep the banners. Give us back the team,"', 'said', 'direct'),
    s('Save Our Lamplighters', 'Save Our Lamplighters, a fan group that gathered 22,000 signatures for a new arena', 'the city had "let a 41-year love story end over a parking garage."', 'said', 'mixed'),
    s(CARV, 'Mayor Luis Carvajal', 'the city had offered $40 million toward a renovated Dockside Arena, but that Tidmarsh wanted a new building the city could not afford', 'said', role='Mayor'),
    s(CARV, 'Carvajal', '"We made a serious offer. He wanted a palace,"', 'said', 'direct', role='Mayor'),
    s(MARC, 'Tidmarsh', 'the renovation plan left the team without the premium seating it needs to make money', 'saying', role='Owner'),
    s(EHA, 'The Eastern Hockey Association, the league the Lamplighters have played in since 1994', 'its board of governors had approved the move unanimously', 'said'),
    s(LANG, 'Commissioner Teresa Lang', 'the Lamplighters\' departure "a painful day for a great hockey town"', 'called', 'mixed', role='Commissioner'),
    s(LANG, '', 'Pinebrook was "ready to be a great one too."', 'said', 'mixed', role='Commissioner'),
    s('Jean-Marc Ouellet', 'Ouellet', 'he was "heartbroken"', 'said', 'mixed', role='goaltender'),
    s('Jean-Marc Ouellet', '', 'sleeping on the team bus between games in the 1990s, his pads for a pillow', 'remembered', role='goaltender'),
    s('the team', 'the team', 'Tickets sold out in under an hour', 'said'),
    s('Ana Pruett', 'City Councilor Ana Pruett', 'she would ask the council to study turning it into a community rink', 'said', role='City Councilor'),
    s('a 2034 engineering report', 'a 2034 engineering report commissioned by the city', 'the building needs at least $15 million in repairs', 'according to'),
    s(MARC, 'he', 'he would sell it before he would move it a second time', 'said', role='Owner'),
)
