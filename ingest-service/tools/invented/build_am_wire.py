"""Set AM's five wire stories (see build_am.py)."""
from invented_common import doc_spans as doc, s

ANS = 'Teodor Anselm'
R_ANS = 'Finance Minister'
VALD = 'Pieter Valdes'
R_VALD = "International Monetary Fund's mission chief for Veldoria"
PREL = 'Johanna Prell'
COMM = 'Ad Hoc Committee of Veldorian Bondholders'

doc('am01-wire-veldoria-debt-restructuring', 'Reuters', '2034-03-14', '''
Veldoria reaches deal with bondholders on $14 bln debt overhaul, finance minister says

MARSK, March 14 (Reuters) - Veldoria has reached an agreement in principle with a group of its largest private creditors to restructure about $14 billion of international bonds, Finance Minister Teodor Anselm said on Tuesday, a step that could bring the country out of a default that began two years ago.

Under the deal, holders of the country's 11 eurobonds would accept a 38% cut in the face value of their claims and receive new bonds maturing between 2041 and 2050, Anselm told reporters at the ministry. Coupons would start at 3% and step up to 6.5% after 2030.

"This is not a victory lap. It is the end of a very long road for ordinary Veldorians, who paid for this default with their savings and their pensions," Anselm said.

The agreement still needs the backing of holders of at least two-thirds of the outstanding principal under the bonds' collective action clauses. Anselm said he expected the formal exchange offer to be launched in May and settled before the end of June.

The Ad Hoc Committee of Veldorian Bondholders, whose members hold about 52% of the bonds, said in a statement that the terms were "painful but fair" and that it would recommend them to other investors.

"We pushed hard on the haircut and the government pushed hard back. Nobody got everything they wanted, which in my experience is the sign of a workable deal," the committee's chair, Johanna Prell, said in a telephone interview. Prell, a managing director at Corvane Asset Management, would not say how many funds sat on the committee.

The International Monetary Fund's mission chief for Veldoria, Pieter Valdes, said the terms were consistent with the debt targets in the fund's $3.2 billion program, which its board approved in November.

"The parameters announced today would put public debt on a path to below 70% of output by the end of the decade," Valdes said in a statement issued in Washington. Fund staff would assess the final terms before the program's next review, scheduled for July, he added.

Veldoria stopped paying its foreign bonds in February 2032, after a collapse in the price of its main export, copper concentrate, and a run on its currency drained central bank reserves. Inflation peaked at 94% that summer.

Trade unions have called a general strike for Thursday against the spending cuts attached to the IMF program, including a freeze on public sector wages until 2036.

Sanna Ekdahl, head of sovereign research at Brightwater Capital in London, said the haircut was smaller than many investors had feared and that the step-up in coupons was the real concession from Marsk.

"The market was pricing something closer to 45%. Today's number is a relief, but the devil will be in how the past-due interest is treated," she said.

Veldoria's dollar bond due 2029 rose 3.1 cents to 61.5 cents on the dollar after the announcement.

Anselm declined to say whether the government would offer a so-called value recovery instrument that pays out more if copper prices rise, a feature several creditors have sought. Such details would be published with the exchange offer, he said.

Asked about the strike, the minister said the government respected the right to protest but that there was no money to spend that the country had not already borrowed. "Every month we stay in default costs us more than the wage freeze saves," he said.
''',
    s(ANS, 'finance minister', 'Veldoria reaches deal with bondholders on $14 bln debt overhaul', 'says', role=R_ANS),
    s(ANS, 'Finance Minister Teodor Anselm', 'Veldoria has reached an agreement in principle|to restructure about $14 billion of international bonds', 'said', role=R_ANS),
    s(ANS, 'Anselm', 'Under the deal, holders of the country\'s 11 eurobonds|maturing between 2041 and 2050', 'told', role=R_ANS),
    s(ANS, 'Anselm', '"This is not a victory lap.|their savings and their pensions,"', 'said', 'direct', role=R_ANS),
    s(ANS, 'Anselm', 'he expected the formal exchange offer to be launched in May and settled before the end of June', 'said', role=R_ANS),
    s(COMM, 'The Ad Hoc Committee of Veldorian Bondholders', 'the terms were "painful but fair" and that it would recommend them to other investors', 'said', 'mixed'),
    s(PREL, "the committee's chair, Johanna Prell", '"We pushed hard on the haircut|the sign of a workable deal,"', 'said', 'direct', role="committee's chair"),
    s(VALD, "The International Monetary Fund's mission chief for Veldoria, Pieter Valdes", "the terms were consistent with the debt targets in the fund's $3.2 billion program", 'said', role=R_VALD),
    s(VALD, 'Valdes', '"The parameters announced today would put public debt|by the end of the decade,"', 'said', 'direct', role=R_VALD),
    s(VALD, 'he', "Fund staff would assess the final terms before the program's next review, scheduled for July", 'added', role=R_VALD),
    s('Sanna Ekdahl', 'Sanna Ekdahl, head of sovereign research at Brightwater Capital in London', 'the haircut was smaller than many investors had feared and that the step-up in coupons was the real concession from Marsk', 'said', role='head of sovereign research at Brightwater Capital'),
    s('Sanna Ekdahl', 'she', '"The market was pricing something closer to 45%.|how the past-due interest is treated,"', 'said', 'direct', role='head of sovereign research at Brightwater Capital'),
    s(ANS, 'he', 'Such details would be published with the exchange offer', 'said', role=R_ANS),
    s(ANS, 'the minister', 'the government respected the right to protest but that there was no money to spend that the country had not already borrowed', 'said', role=R_ANS),
    s(ANS, 'he', '"Every month we stay in default costs us more than the wage freeze saves,"', 'said', 'direct', role=R_ANS),
)

ORC = 'Dale Orcutt'
R_ORC = 'fire chief'
TEN = 'Marisol Tennant'

doc('am02-wire-calder-wildfire-evacuation', 'Associated Press', '2034-08-22', '''
Wind-driven wildfire forces 30,000 from homes in Calder foothills

CEDAR HOLLOW, Calder (AP) - A wildfire pushed by gusts of up to 60 mph raced through dry brush in the Calder foothills on Monday, forcing about 30,000 people to flee and destroying at least 140 homes, fire officials said.

The Juniper Ridge Fire had burned more than 18,000 acres (7,300 hectares) by evening and was 5% contained, according to the Calder Department of Forestry and Fire Protection. More than 1,400 firefighters were on the lines, with 22 helicopters and eight air tankers dropping water and retardant when the wind allowed.

"It's moving faster than we can put people in front of it. When the wind is like this, we don't fight the head of the fire, we get out of its way and we get people out of its way," said Dale Orcutt, the department's chief for the Sierra Alta unit.

Orcutt said the fire jumped Route 49 twice in the afternoon and that embers were starting spot fires as much as a mile ahead of the main front. The cause was under investigation, he said.

Gov. Marisol Tennant declared a state of emergency for Pinecrest and Alder counties, freeing state money for the response, and said she had asked for federal help to pay for the firefighting.

"If you are told to go, go. Don't wait to see the flames. Houses can be rebuilt. People cannot," Tennant said at an evening briefing in the county fairgrounds, where a shelter had been set up in an exhibition hall.

No deaths had been reported, but two firefighters were treated for heat exhaustion, the Pinecrest County Sheriff's Office said. Deputies went door to door in several neighborhoods and would keep roadblocks in place overnight to deter looting, the office said.

At the fairgrounds, cots lined the floor and volunteers handed out water and sandwiches. Evacuees said they had had little time to pack.

Renata Foss, 52, left her home in the Manzanita Heights subdivision with her two dogs, her mother's photo albums and a bag of medicine. By the time she reached the bottom of the hill, she said, she could see flames on the ridge behind her street.

"The sky turned orange at two in the afternoon. My neighbor was still hosing down his roof when the deputies told him to leave," Foss said. "I don't know if I have a house tonight."

Luis Abernathy, 71, who has lived in Cedar Hollow for four decades, said he had been through three evacuations but had never seen a fire come down the canyon so quickly.

Forecasters offered little relief. Meteorologist Ines Caldwell of the Calder Weather Bureau said a dry air mass would keep humidity in the single digits through Wednesday, and that gusts could reach 50 mph again on Tuesday afternoon.

"There's no rain anywhere in the forecast. The best we can hope for is that the wind lays down at night, which gives crews a few hours," Caldwell said. A red flag warning covers most of the state's interior until Thursday.

The foothills have had less than a quarter of their normal rainfall since October, and the brush is as dry as it has been in any August on record, according to the weather bureau.

Utility company Sierra Gas & Electric said it had shut off power to about 12,000 customers to reduce the risk of lines sparking new fires. The company said it would restore service once crews had inspected the lines.
''',
    s('fire officials', 'fire officials', 'A wildfire pushed by gusts of up to 60 mph raced through dry brush|destroying at least 140 homes', 'said'),
    s('Calder Department of Forestry and Fire Protection', 'the Calder Department of Forestry and Fire Protection', 'The Juniper Ridge Fire had burned more than 18,000 acres (7,300 hectares) by evening and was 5% contained', 'according to'),
    s(ORC, "Dale Orcutt, the department's chief for the Sierra Alta unit", '"It\'s moving faster than we can put people in front of it.|we get people out of its way,"', 'said', 'direct', role="department's chief for the Sierra Alta unit"),
    s(ORC, 'Orcutt', 'the fire jumped Route 49 twice in the afternoon and that embers were starting spot fires|ahead of the main front', 'said', role="department's chief for the Sierra Alta unit"),
    s(ORC, 'he', 'The cause was under investigation', 'said', role="department's chief for the Sierra Alta unit"),
    s(TEN, 'Gov. Marisol Tennant', 'she had asked for federal help to pay for the firefighting', 'said', role='Gov.'),
    s(TEN, 'Tennant', '"If you are told to go, go.|People cannot,"', 'said', 'direct', role='Gov.'),
    s("Pinecrest County Sheriff's Office", "the Pinecrest County Sheriff's Office", 'No deaths had been reported, but two firefighters were treated for heat exhaustion', 'said'),
    s("Pinecrest County Sheriff's Office", 'the office', 'Deputies went door to door in several neighborhoods|to deter looting', 'said'),
    s('Evacuees', 'Evacuees', 'they had had little time to pack', 'said'),
    s('Renata Foss', 'she', ['By the time she reached the bottom of the hill,', 'she could see flames on the ridge behind her street'], 'said'),
    s('Renata Foss', 'Foss', '"The sky turned orange at two in the afternoon.|told him to leave,"', 'said', 'direct'),
    s('Renata Foss', '', '"I don\'t know if I have a house tonight."', '', 'direct'),
    s('Luis Abernathy', 'Luis Abernathy, 71, who has lived in Cedar Hollow for four decades', 'he had been through three evacuations but had never seen a fire come down the canyon so quickly', 'said'),
    s('Ines Caldwell', 'Meteorologist Ines Caldwell of the Calder Weather Bureau', 'a dry air mass would keep humidity in the single digits through Wednesday, and that gusts could reach 50 mph again on Tuesday afternoon', 'said', role='Meteorologist'),
    s('Ines Caldwell', 'Caldwell', '"There\'s no rain anywhere in the forecast.|gives crews a few hours,"', 'said', 'direct', role='Meteorologist'),
    s('Calder Weather Bureau', 'the weather bureau', 'The foothills have had less than a quarter of their normal rainfall since October|in any August on record', 'according to'),
    s('Sierra Gas & Electric', 'Utility company Sierra Gas & Electric', 'it had shut off power to about 12,000 customers to reduce the risk of lines sparking new fires', 'said'),
    s('Sierra Gas & Electric', 'The company', 'it would restore service once crews had inspected the lines', 'said'),
)

ARMY = 'Seydou Kamanda'
R_ARMY = 'army spokesman'
TARMY = "Tambara's army"
PRES_OFF = 'presidency'

doc('am03-wire-tambara-coup-attempt-foiled', 'Agence France-Presse', '2034-05-09', '''
Tambara army says it foiled coup attempt, arrests officers

SAMOURA, May 9, 2034 (AFP) - Tambara's army said Thursday it had foiled an attempted coup overnight in the capital Samoura, arresting about twenty soldiers and officers who it said had tried to seize the state broadcaster and the presidential palace.

Heavy gunfire was heard near the palace from around 2:00 am (0200 GMT) until shortly before dawn, residents told AFP. By mid-morning the streets of the city centre were calm but largely empty, with armoured vehicles parked at the main crossroads.

"A group of soldiers, led by officers who had lost the trust of their comrades, attempted to overturn the constitutional order. They failed," army spokesman Colonel Seydou Kamanda said in a statement read on national television.

The situation was "entirely under control", Kamanda said, adding that two attackers had been killed and four members of the presidential guard wounded. He said a captain of the armoured brigade, whom he did not name, was believed to have led the attempt.

President Adama Kourouma was safe and had spent the night in the palace, his office said in a post on its official page, publishing a photograph of the head of state meeting senior commanders in the morning.

"The Republic stands. Those who wanted to take by force what the people did not give them will answer before the courts," the presidency said in the post.

Tambara, a landlocked country of 19 million people, has seen two successful coups since independence, the last in 2011. Kourouma, a former finance minister, was elected in 2029 and re-elected last year in a vote the opposition boycotted.

Opposition leader Mariam Sissoko-Dembele, whose party holds eleven seats in the national assembly, condemned the attempt but warned that the government must not use it as an excuse to silence its critics.

"We reject any seizure of power by the gun. But we also reject arrests of journalists and opponents in the name of security, which is what we have seen after every incident in this country," she told AFP by telephone.

In the hours after the attempt, internet access was cut across much of the country, according to the monitoring group NetWatch Africa. The government did not comment on the outage.

The African Union Commission condemned "in the strongest terms" the attempt to overthrow a constitutional government and called on all Tambaran soldiers to remain loyal to the institutions of the republic.

A diplomat in Samoura, who asked not to be named, said embassies had been advised to keep staff at home for a second day. "Nobody knows yet how far up this went," the diplomat said.

A resident of the Koulikoro district near the palace, a teacher who gave only his first name, Oumar, said soldiers had ordered people to stay indoors. "We lay on the floor from two o'clock until the shooting stopped. My children are still shaking," he said.

The army said an investigation had been opened and that the detained soldiers would be tried by a military court. A curfew from 9:00 pm to 6:00 am will remain in force in the capital until further notice, the interior ministry announced.
''',
    s(TARMY, 'Tambara army', 'it foiled coup attempt, arrests officers', 'says'),
    s(TARMY, "Tambara's army", 'it had foiled an attempted coup overnight in the capital Samoura|the state broadcaster and the presidential palace', 'said'),
    s(TARMY, 'it', 'had tried to seize the state broadcaster and the presidential palace', 'said', nested=True, anchor='officers who it said'),
    s('residents', 'residents', 'Heavy gunfire was heard near the palace from around 2:00 am (0200 GMT) until shortly before dawn', 'told'),
    s(ARMY, 'army spokesman Colonel Seydou Kamanda', '"A group of soldiers, led by officers|They failed,"', 'said', 'direct', role=R_ARMY),
    s(ARMY, 'Kamanda', 'The situation was "entirely under control"', 'said', 'mixed', role=R_ARMY),
    s(ARMY, 'Kamanda', 'two attackers had been killed and four members of the presidential guard wounded', 'adding', role=R_ARMY),
    s(ARMY, 'He', 'a captain of the armoured brigade, whom he did not name, was believed to have led the attempt', 'said', role=R_ARMY),
    s(PRES_OFF, 'his office', 'President Adama Kourouma was safe and had spent the night in the palace', 'said'),
    s(PRES_OFF, 'the presidency', '"The Republic stands.|will answer before the courts,"', 'said', 'direct'),
    s('Mariam Sissoko-Dembele', 'Opposition leader Mariam Sissoko-Dembele, whose party holds eleven seats in the national assembly', 'the attempt', 'condemned', role='Opposition leader'),
    s('Mariam Sissoko-Dembele', 'Opposition leader Mariam Sissoko-Dembele, whose party holds eleven seats in the national assembly', 'the government must not use it as an excuse to silence its critics', 'warned', role='Opposition leader'),
    s('Mariam Sissoko-Dembele', 'she', '"We reject any seizure of power by the gun.|after every incident in this country,"', 'told', 'direct', role='Opposition leader'),
    s('NetWatch Africa', 'the monitoring group NetWatch Africa', 'internet access was cut across much of the country', 'according to'),
    s('African Union Commission', 'The African Union Commission', '"in the strongest terms" the attempt to overthrow a constitutional government', 'condemned', 'mixed'),
    s('African Union Commission', 'The African Union Commission', 'all Tambaran soldiers to remain loyal to the institutions of the republic', 'called on'),
    s('A diplomat in Samoura', 'A diplomat in Samoura, who asked not to be named', 'embassies had been advised to keep staff at home for a second day', 'said'),
    s('A diplomat in Samoura', 'the diplomat', '"Nobody knows yet how far up this went,"', 'said', 'direct'),
    s('Oumar', 'A resident of the Koulikoro district near the palace, a teacher who gave only his first name, Oumar', 'soldiers had ordered people to stay indoors', 'said'),
    s('Oumar', 'he', '"We lay on the floor from two o\'clock until the shooting stopped. My children are still shaking,"', 'said', 'direct'),
    s(TARMY, 'The army', 'an investigation had been opened and that the detained soldiers would be tried by a military court', 'said'),
    s('interior ministry', 'the interior ministry', 'A curfew from 9:00 pm to 6:00 am will remain in force in the capital until further notice', 'announced'),
)

OKA = 'Lena Okafor-Brandt'
R_OKA = 'Chief Executive Officer'
RYD = 'Tomasz Rydell'
R_RYD = 'Chief Financial Officer'

doc('am04-wire-solvance-chipmaker-earnings-call', 'Bloomberg', '2034-10-29', '''
Solvance Slumps as Chipmaker Warns Data-Center Orders Are Cooling

(Bloomberg) -- Solvance Semiconductor Corp. gave a fourth-quarter sales forecast that fell short of analysts' estimates, saying some data-center customers were digesting the chips they bought earlier in the year. The shares fell as much as 9.4% in extended trading.

Revenue in the period ending in December will be $6.1 billion to $6.4 billion, the Portsmouth, Delmar-based company said in a statement Tuesday. Analysts had projected $6.8 billion on average, according to estimates compiled by Bloomberg. Third-quarter revenue rose 31% to $6.6 billion, slightly ahead of projections.

Chief Executive Officer Lena Okafor-Brandt said on a conference call with analysts that demand for the company's accelerator chips remained strong over the long term, but that two large cloud customers had pushed deliveries into next year.

"We're not seeing cancellations. We're seeing customers who bought aggressively in the first half take a breath and install what they have," Okafor-Brandt said. "I'd rather tell you that now than surprise you in January."

Solvance has been one of the biggest winners from the spending boom on artificial intelligence hardware, with its stock more than doubling over the past 12 months before Tuesday's report. The company makes processors that speed up the training of large software models and sells them mainly to operators of cloud data centers.

Chief Financial Officer Tomasz Rydell told analysts that gross margin would narrow to about 58% in the fourth quarter from 61.2% in the third, in part because of higher costs at a new packaging plant in Kessing that began production in August.

"The plant is running below capacity, and that's expensive. We expect yields to reach our target by the end of the first quarter," Rydell said.

On the call, Harrow & Lyle analyst Priya Santhanam asked whether the delayed orders could slip further if customers switched to in-house chips. Okafor-Brandt said the company had not lost a design to an in-house chip this year and that its next-generation product, due in the second half of 2035, was already being tested by five customers.

"Every one of those customers is building their own silicon, and every one of them is still buying ours. Both things can be true," she said.

Another analyst, Marcus Velde of Tenbridge Securities, pressed executives on pricing. Rydell said Solvance had not cut prices to defend its share and did not plan to.

Velde said in a note to clients after the call that the guidance looked like "a pause rather than a peak," and kept his buy rating on the stock.

Not everyone was as patient. "Two customers pushing out orders is exactly how downturns start in this industry. Management is describing a digestion period, but the market has seen that word before," said Hanne Lutz, a portfolio manager at Greyfield Investors, which holds the stock.

Solvance also announced a $5 billion share buyback program and raised its quarterly dividend by 2 cents to 18 cents a share. Okafor-Brandt said the buyback reflected the board's confidence in the company's cash generation.
''',
    s(OKA, 'Chipmaker', 'Data-Center Orders Are Cooling', 'Warns', role=R_OKA),
    s('Solvance Semiconductor Corp.', 'Solvance Semiconductor Corp.', 'some data-center customers were digesting the chips they bought earlier in the year', 'saying'),
    s('Solvance Semiconductor Corp.', 'the Portsmouth, Delmar-based company', 'Revenue in the period ending in December will be $6.1 billion to $6.4 billion', 'said'),
    s('Bloomberg', 'Bloomberg', 'Analysts had projected $6.8 billion on average', 'according to'),
    s(OKA, 'Chief Executive Officer Lena Okafor-Brandt', "demand for the company's accelerator chips remained strong over the long term, but that two large cloud customers had pushed deliveries into next year", 'said', role=R_OKA),
    s(OKA, 'Okafor-Brandt', '"We\'re not seeing cancellations.|install what they have,"', 'said', 'direct', role=R_OKA),
    s(OKA, '', '"I\'d rather tell you that now than surprise you in January."', '', 'direct', role=R_OKA),
    s(RYD, 'Chief Financial Officer Tomasz Rydell', 'gross margin would narrow to about 58% in the fourth quarter|that began production in August', 'told', role=R_RYD),
    s(RYD, 'Rydell', '"The plant is running below capacity, and that\'s expensive.|by the end of the first quarter,"', 'said', 'direct', role=R_RYD),
    s(OKA, 'Okafor-Brandt', 'the company had not lost a design to an in-house chip this year and that its next-generation product|was already being tested by five customers', 'said', role=R_OKA),
    s(OKA, 'she', '"Every one of those customers is building their own silicon|Both things can be true,"', 'said', 'direct', role=R_OKA),
    s(RYD, 'Rydell', 'Solvance had not cut prices to defend its share and did not plan to', 'said', role=R_RYD),
    s('Marcus Velde', 'Velde', 'the guidance looked like "a pause rather than a peak,"', 'said', 'mixed', role='analyst'),
    s('Hanne Lutz', 'Hanne Lutz, a portfolio manager at Greyfield Investors, which holds the stock', '"Two customers pushing out orders|the market has seen that word before,"', 'said', 'direct', role='portfolio manager at Greyfield Investors'),
    s(OKA, 'Okafor-Brandt', "the buyback reflected the board's confidence in the company's cash generation", 'said', role=R_OKA),
)

LADA = 'Lussanian Anti-Doping Agency'
KEND = 'Sophie Kendrick-Amar'
VAR = 'Matteo Varenne'

doc('am05-wire-varenne-doping-ban', 'Reuters', '2034-02-27', '''
Cyclist Varenne banned for four years after positive EPO test, to appeal

ORVIETTA, Feb 27 (Reuters) - Lussanian cyclist Matteo Varenne, the runner-up in last year's Tour of the Three Valleys, has been banned for four years after testing positive for the blood booster EPO, the Lussanian Anti-Doping Agency (LADA) said on Tuesday.

The ban, backdated to the date of his provisional suspension in July, rules the 29-year-old out until the summer of 2037 and strips him of all his results since June 2033, including his second place in the Tour and a stage win at the national championships.

In its decision, the agency's disciplinary panel found that the concentration of recombinant EPO in Varenne's out-of-competition sample, taken at his training base in the mountains on June 18, could not be explained by the contamination he had alleged.

The panel said it had "no doubt" the substance had been taken deliberately, and rejected the rider's argument that the sample had been stored at the wrong temperature during its transport to the laboratory.

A second analysis of the sample, carried out in September at the rider's request, confirmed the first result, the agency said. Varenne had asked for the second analysis to be done at a laboratory in another country, a request the agency refused.

Varenne's lawyer, Sophie Kendrick-Amar, said her client was innocent and would appeal to the Court of Arbitration for Sport within the 21 days allowed.

"Matteo has never taken a banned substance in his life. The panel accepted every point of the agency's case and none of ours, and it did so without hearing the two experts we proposed," Kendrick-Amar told Reuters by telephone. "We will present them in Lausanne."

The rider himself posted a short message on social media calling the decision "a nightmare" and thanking fans for their support.

The Lussanian Cycling Federation said it respected the decision and had removed Varenne from its list of athletes eligible for the national team. Its president, Bruno Castellane, said the federation had spent 1.2 million euros on its own testing program last season and would increase that sum.

"A case like this hurts every clean rider in this country, and there are many of them," Castellane said. "We will not let one result define our sport."

LADA director general Ingrid Solveig said the case showed the value of testing athletes at home and at altitude, where riders often believed they would not be visited. Out-of-competition tests made up 74% of the agency's program in 2033, up from 52% five years earlier, she said.

Varenne's rival Jens Holloway, who finished third behind him in the Tour and will now be moved up to second, said he took no pleasure in the news.

"I don't want a podium in an email. I wanted to beat him on the road," Holloway told reporters at a team presentation in Brenna, adding that the sport had to "stop pretending these are isolated cases".

Varenne's team, Castor-Rhodia, suspended him when the positive test was announced in July and terminated his contract in September. The team said on Tuesday that it had no further comment.
''',
    s(LADA, 'the Lussanian Anti-Doping Agency (LADA)', "Lussanian cyclist Matteo Varenne, the runner-up in last year's Tour of the Three Valleys, has been banned|for the blood booster EPO", 'said'),
    s(LADA, "the agency's disciplinary panel", "the concentration of recombinant EPO in Varenne's out-of-competition sample|the contamination he had alleged", 'found'),
    s(LADA, 'The panel', 'it had "no doubt" the substance had been taken deliberately', 'said', 'mixed'),
    s(LADA, 'The panel', "the rider's argument that the sample had been stored at the wrong temperature during its transport to the laboratory", 'rejected'),
    s(LADA, 'the agency', "A second analysis of the sample, carried out in September at the rider's request, confirmed the first result", 'said'),
    s(VAR, "the rider's", 'the sample had been stored at the wrong temperature during its transport to the laboratory', 'argument', nested=True),
    s(KEND, "Varenne's lawyer, Sophie Kendrick-Amar", 'her client was innocent and would appeal to the Court of Arbitration for Sport within the 21 days allowed', 'said', role='lawyer'),
    s(KEND, 'Kendrick-Amar', '"Matteo has never taken a banned substance in his life.|the two experts we proposed,"', 'told', 'direct', role='lawyer'),
    s(KEND, '', '"We will present them in Lausanne."', '', 'direct', role='lawyer'),
    s(VAR, 'The rider himself', 'the decision "a nightmare"', 'calling', 'mixed'),
    s('Lussanian Cycling Federation', 'The Lussanian Cycling Federation', 'it respected the decision and had removed Varenne from its list of athletes eligible for the national team', 'said'),
    s('Bruno Castellane', 'Its president, Bruno Castellane', 'the federation had spent 1.2 million euros on its own testing program last season and would increase that sum', 'said', role='president'),
    s('Bruno Castellane', 'Castellane', '"A case like this hurts every clean rider in this country, and there are many of them,"', 'said', 'direct', role='president'),
    s('Bruno Castellane', '', '"We will not let one result define our sport."', '', 'direct', role='president'),
    s('Ingrid Solveig', 'LADA director general Ingrid Solveig', 'the case showed the value of testing athletes at home and at altitude|would not be visited', 'said', role='LADA director general'),
    s('Ingrid Solveig', 'she', "Out-of-competition tests made up 74% of the agency's program in 2033, up from 52% five years earlier", 'said', role='LADA director general'),
    s('Jens Holloway', "Varenne's rival Jens Holloway, who finished third behind him in the Tour and will now be moved up to second", 'he took no pleasure in the news', 'said'),
    s('Jens Holloway', 'Holloway', '"I don\'t want a podium in an email. I wanted to beat him on the road,"', 'told', 'direct'),
    s('Jens Holloway', 'Holloway', 'the sport had to "stop pretending these are isolated cases".', 'adding', 'mixed'),
    s('Castor-Rhodia', 'The team', 'it had no further comment', 'said'),
)
