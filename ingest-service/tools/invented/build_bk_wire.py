"""Set BK's five wire stories (see build_bk.py)."""
from invented_common import doc_spans as doc, s

MINE = 'Ostrava Ridge Copper'
KELL = 'Joran Kelleway-Mbeki'
FEDN = 'Federation of Mineworkers of Tessaly'
ROSK = 'Amira Roskilde-Fane'
MINM = 'Bertil Oyelaran-Strand'

doc('bk01-wire-tessaly-copper-mine-collapse', 'Reuters', '2041-04-09', '''
Tessaly copper mine collapse traps 14, union says warnings were ignored

By Lidia Sorvino-Akande

KARVELO, April 9 (Reuters) - Rescuers in Tessaly were trying on Wednesday to reach 14 miners trapped 600 metres underground after a section of the Ostrava Ridge copper mine collapsed overnight, and the country's largest mining union said managers had ignored repeated warnings about the shaft.

Ostrava Ridge Copper, which operates the mine, said in a statement that the collapse happened at about 2 a.m. in a ventilation drift of the mine's northern section and that air was being pumped to the area where the men were believed to be.

"We have contact with at least some of them. They are knocking on the pipes," the company's head of operations, Joran Kelleway-Mbeki, told reporters at the pithead. "That is what keeps us going."

The rescue, he said, could take "three days if we are lucky, a week if we are not."

The Federation of Mineworkers of Tessaly said its safety representatives had reported cracks in the drift's roof supports twice in March. Its president, Amira Roskilde-Fane, accused the company of cutting maintenance crews to meet production targets.

"They were told. In writing. Twice," she said.

Kelleway-Mbeki denied that any warning had been ignored and said the March reports had concerned a different section of the mine.

Mining Minister Bertil Oyelaran-Strand, who flew to Karvelo on Wednesday morning, ordered an inspection of all underground copper mines in the country. He told reporters the government would "not look away from anyone's responsibility, including our own inspectors'."

Asked whether the mine would be closed, the minister said it was too early to say.

The mine produced about 140,000 tonnes of copper last year, according to the company, roughly a fifth of Tessaly's output. Copper futures in London rose 1.8 percent on the news before easing.

"The market is pricing a few weeks of lost output, not a closure," said Nadim Ferreira-Holm, a metals analyst at Castellan Securities in Lusande. He added that the company's two other mines were running normally.

Relatives of the trapped men gathered outside the mine gates through the night. One woman, whose husband and brother are among the 14, said the company had told families nothing for six hours.

(Reporting by Lidia Sorvino-Akande; Additional reporting by Oskar Lindqvist-Bah; Editing by Maren Achebe-Pryce)
''',
    s(FEDN, 'union', 'warnings were ignored', 'says'),
    s(FEDN, "the country's largest mining union", 'managers had ignored repeated warnings about the shaft', 'said'),
    s(MINE, 'Ostrava Ridge Copper', "the collapse happened at about 2 a.m. in a ventilation drift of the mine's northern section and that air was being pumped to the area where the men were believed to be", 'said'),
    s(KELL, "the company's head of operations, Joran Kelleway-Mbeki", '"We have contact with at least some of them. They are knocking on the pipes,"', 'told', 'direct', role='head of operations'),
    s(KELL, '', '"That is what keeps us going."', '', 'direct', role='head of operations'),
    s(KELL, 'he', ['The rescue,', 'could take "three days if we are lucky, a week if we are not."'], 'said', 'mixed', role='head of operations'),
    s(FEDN, 'The Federation of Mineworkers of Tessaly', "its safety representatives had reported cracks in the drift's roof supports twice in March", 'said'),
    s(ROSK, 'Its president, Amira Roskilde-Fane', 'the company of cutting maintenance crews to meet production targets', 'accused', role='president'),
    s(ROSK, 'she', '"They were told. In writing. Twice,"', 'said', 'direct', role='president'),
    s(KELL, 'Kelleway-Mbeki', 'any warning had been ignored', 'denied', role='head of operations'),
    s(KELL, '', 'the March reports had concerned a different section of the mine', 'said', role='head of operations'),
    s(MINM, 'He', 'the government would "not look away from anyone\'s responsibility, including our own inspectors\'."', 'told', 'mixed', role='Mining Minister'),
    s(MINM, 'the minister', 'it was too early to say', 'said', role='Mining Minister'),
    s(MINE, 'the company', 'The mine produced about 140,000 tonnes of copper last year', 'according to'),
    s('Nadim Ferreira-Holm', 'Nadim Ferreira-Holm, a metals analyst at Castellan Securities in Lusande', '"The market is pricing a few weeks of lost output, not a closure,"', 'said', 'direct', role='metals analyst'),
    s('Nadim Ferreira-Holm', 'He', "the company's two other mines were running normally", 'added', role='metals analyst'),
    s('One woman, whose husband and brother are among the 14', 'One woman, whose husband and brother are among the 14', 'the company had told families nothing for six hours', 'said'),
)

FIDE = 'World Chess Union'
VANT = 'Ilario Vantongeren'
DESH = 'Kasimir Deshpande-Lowe'
HALV = 'Renske Halvard-Okoro'

doc('bk02-wire-chess-cheating-scandal', 'AP', '2041-10-22', '''
Chess body bars grandmaster for two years over hidden device

Player says he will appeal; union calls case 'a warning to everyone'

By TOMAS REINHOLT-ADEBAYO Associated Press

MARVIELLE, Quessany (AP) - The World Chess Union on Tuesday banned grandmaster Ilario Vantongeren from all rated competition for two years, finding that he had used a concealed electronic device during the final round of last month's Marvielle Open.

The union's ethics panel said in a 31-page decision that a vibrating receiver had been found sewn into the lining of the 27-year-old's jacket after the game, and that its analysis of his moves showed a match rate with a leading engine "far beyond anything seen in his career."

Vantongeren, who had won the tournament and its 40,000-euro first prize, denies cheating. His lawyer, Kasimir Deshpande-Lowe, said the jacket had been left unattended in a players' lounge for more than an hour and that "anyone could have put anything in it."

"My client has never needed help to play chess," Deshpande-Lowe said. "He will appeal, and he will be cleared."

The tournament's organizers stripped Vantongeren of the title and announced that the prize would go to the runner-up, Renske Halvard-Okoro of the Netherlands Antilles Federation.

Halvard-Okoro, 22, said she had not asked for the title. "I would rather have won it at the board," she said. "But I am glad the rules mean something."

The chief arbiter at Marvielle, who spoke on condition of anonymity because he was not authorized to discuss the case, said arbiters had become suspicious when the player left the hall five times in the last hour of play.

The union's president, Odile Franchetti-Musa, called the ruling "a warning to everyone who thinks a screen can sit at the table with them." She said the union would install signal scanners at all of its title events from January.

Not all players were convinced. Grandmaster Tobiah Ndlovu-Sarre wrote on social media that the evidence of the match rate was "statistics, not proof" and questioned why the union had taken five weeks to decide.

Asked on Tuesday whether the ban would be extended to online events, Franchetti-Musa said the union would discuss that with the largest platforms.

Vantongeren's appeal would go to the Court of Arbitration for Chess in Lucerna, his lawyer said.
''',
    s('Odile Franchetti-Musa', 'union', "case 'a warning to everyone'", 'calls', 'mixed', role='president'),
    s(VANT, 'Player', 'he will appeal', 'says'),
    s(FIDE, 'The World Chess Union', "he had used a concealed electronic device during the final round of last month's Marvielle Open", 'finding'),
    s(FIDE, "The union's ethics panel", 'a vibrating receiver had been found sewn into the lining of the 27-year-old\'s jacket after the game, and that its analysis of his moves showed a match rate with a leading engine "far beyond anything seen in his career."', 'said', 'mixed'),
    s(VANT, 'Vantongeren, who had won the tournament and its 40,000-euro first prize', 'cheating', 'denies'),
    s(DESH, 'His lawyer, Kasimir Deshpande-Lowe', 'the jacket had been left unattended in a players\' lounge for more than an hour and that "anyone could have put anything in it."', 'said', 'mixed', role='lawyer'),
    s(DESH, 'Deshpande-Lowe', '"My client has never needed help to play chess,"', 'said', 'direct', role='lawyer'),
    s(DESH, '', '"He will appeal, and he will be cleared."', '', 'direct', role='lawyer'),
    s("The tournament's organizers", "The tournament's organizers", 'the prize would go to the runner-up, Renske Halvard-Okoro of the Netherlands Antilles Federation', 'announced'),
    s(HALV, 'Halvard-Okoro', 'she had not asked for the title', 'said'),
    s(HALV, 'she', '"I would rather have won it at the board,"', 'said', 'direct'),
    s(HALV, '', '"But I am glad the rules mean something."', '', 'direct'),
    s('The chief arbiter at Marvielle', 'The chief arbiter at Marvielle, who spoke on condition of anonymity because he was not authorized to discuss the case', 'arbiters had become suspicious when the player left the hall five times in the last hour of play', 'said', role='chief arbiter'),
    s('Odile Franchetti-Musa', "The union's president, Odile Franchetti-Musa", 'the ruling "a warning to everyone who thinks a screen can sit at the table with them."', 'called', 'mixed', role='president'),
    s('Odile Franchetti-Musa', 'She', 'the union would install signal scanners at all of its title events from January', 'said', role='president'),
    s('Tobiah Ndlovu-Sarre', 'Grandmaster Tobiah Ndlovu-Sarre', 'the evidence of the match rate was "statistics, not proof"', 'wrote', 'mixed', role='Grandmaster'),
    s('Tobiah Ndlovu-Sarre', '', 'why the union had taken five weeks to decide', 'questioned', role='Grandmaster'),
    s('Odile Franchetti-Musa', 'Franchetti-Musa', 'the union would discuss that with the largest platforms', 'said', role='president'),
    s(DESH, 'his lawyer', "Vantongeren's appeal would go to the Court of Arbitration for Chess in Lucerna", 'said', role='lawyer'),
)

CENI = 'Independent National Electoral Commission'
MBAL = 'Florentin Mbala-Okonde'
ZINA = 'Zinabu Kalemba-Rousse'

doc('bk03-wire-ruvanda-election-dispute', 'AFP', '2041-08-16', '''
Ruvanda opposition rejects vote count as president declared winner

Challenger Kalemba-Rousse says 'we will not accept a stolen result'

BOMALI, Aug 16, 2041 (AFP) - Ruvanda's electoral commission on Saturday declared President Florentin Mbala-Okonde the winner of last week's presidential election with 54.2 percent of the vote, a result his main challenger immediately denounced as fraudulent.

The Independent National Electoral Commission said turnout had reached 61 percent and that the opposition candidate, former finance minister Zinabu Kalemba-Rousse, had won 39.8 percent.

"We will not accept a stolen result," Kalemba-Rousse told supporters at her party's headquarters in the capital, where several hundred people had gathered. "Our own tally, polling station by polling station, gives us the majority."

Her party, the Movement for Renewal, said its observers had recorded vote totals at 3,100 of the country's 4,800 polling stations and that the commission's figures differed from its own in more than 900 of them. It said it would file a challenge at the Constitutional Court on Monday.

The commission's chairman, Abbé Théodore Nkulu-Vance, rejected the accusation. Counting, he said, "was done in front of the parties' own witnesses, who signed every sheet."

Mbala-Okonde, 68, who has ruled the central African country since 2026, thanked voters in a short address on state television and called for calm. He said the election had been "free, peaceful and transparent" and that the country now needed to "turn to work."

A European Union observer mission said in a preliminary statement that voting had been largely orderly but that the transmission of results from the provinces had "lacked transparency." The mission's chief observer, Greta Solheim-Adu, told AFP that her teams had been refused access to two regional counting centres.

According to a diplomat in Bomali who asked not to be named, several Western embassies had privately urged the commission to publish results by polling station.

Police fired tear gas at opposition supporters in two districts of the capital on Saturday evening, witnesses said. A police spokesman said officers had responded to "acts of vandalism" and that 23 people had been arrested.

Kalemba-Rousse's spokesman, Patrice Ondimba-Lowe, said the party had asked its supporters to stay at home on Sunday "to deny the regime any pretext." The regional bloc's commission chairperson, Adaeze Mukendi-Sorel, urged all sides in a statement to settle their differences "in the courts and not in the streets."

The Constitutional Court has 10 days to rule on any challenge.
''',
    s(ZINA, 'opposition', 'vote count', 'rejects'),
    s(ZINA, 'Challenger Kalemba-Rousse', "'we will not accept a stolen result'", 'says', 'direct', role='Challenger'),
    s(ZINA, 'his main challenger', 'fraudulent', 'denounced'),
    s(CENI, 'The Independent National Electoral Commission', 'turnout had reached 61 percent and that the opposition candidate, former finance minister Zinabu Kalemba-Rousse, had won 39.8 percent', 'said'),
    s(ZINA, 'Kalemba-Rousse', '"We will not accept a stolen result,"', 'told', 'direct', role='former finance minister'),
    s(ZINA, '', '"Our own tally, polling station by polling station, gives us the majority."', '', 'direct', role='former finance minister'),
    s('Movement for Renewal', 'Her party, the Movement for Renewal', "its observers had recorded vote totals at 3,100 of the country's 4,800 polling stations and that the commission's figures differed from its own in more than 900 of them", 'said'),
    s('Movement for Renewal', 'It', 'it would file a challenge at the Constitutional Court on Monday', 'said'),
    s('Théodore Nkulu-Vance', "The commission's chairman, Abbé Théodore Nkulu-Vance", 'the accusation', 'rejected', role='chairman'),
    s('Théodore Nkulu-Vance', 'he', ['Counting,', '"was done in front of the parties\' own witnesses, who signed every sheet."'], 'said', 'mixed', role='chairman'),
    s(MBAL, 'Mbala-Okonde, 68, who has ruled the central African country since 2026', 'calm', 'called for', role='President'),
    s(MBAL, 'He', 'the election had been "free, peaceful and transparent" and that the country now needed to "turn to work."', 'said', 'mixed', role='President'),
    s('European Union observer mission', 'A European Union observer mission', 'voting had been largely orderly but that the transmission of results from the provinces had "lacked transparency."', 'said', 'mixed'),
    s('Greta Solheim-Adu', "The mission's chief observer, Greta Solheim-Adu", 'her teams had been refused access to two regional counting centres', 'told', role='chief observer'),
    s('a diplomat in Bomali', 'a diplomat in Bomali who asked not to be named', 'several Western embassies had privately urged the commission to publish results by polling station', 'According to'),
    s('Patrice Ondimba-Lowe', "Kalemba-Rousse's spokesman, Patrice Ondimba-Lowe", 'the party had asked its supporters to stay at home on Sunday "to deny the regime any pretext."', 'said', 'mixed', role='spokesman'),
    s('Adaeze Mukendi-Sorel', "The regional bloc's commission chairperson, Adaeze Mukendi-Sorel", 'all sides in a statement to settle their differences "in the courts and not in the streets."', 'urged', 'mixed', role='commission chairperson'),
    s('several Western embassies', 'several Western embassies', 'the commission to publish results by polling station', 'had privately urged', nested=True, via='a diplomat in Bomali'),
    s('witnesses', 'witnesses', 'Police fired tear gas at opposition supporters in two districts of the capital on Saturday evening', 'said'),
    s('A police spokesman', 'A police spokesman', 'officers had responded to "acts of vandalism" and that 23 people had been arrested', 'said', 'mixed', role='police spokesman'),
)

CANAL = 'Sorrel Canal Authority'
ADEM = 'Hakan Ademola-Virtanen'

doc('bk04-wire-sorrel-canal-closure', 'Bloomberg', '2041-02-03', '''
Sorrel Canal Shut After Bulk Carrier Grounds; Queue Tops 90 Ships

- Authority sees reopening 'within 72 hours at best'
- Freight rates on Asia-Europe route jump as insurers weigh delays

By Priyanka Osei-Lindgren

(Bloomberg) -- The Sorrel Canal, which carries about a ninth of the world's seaborne trade, was closed to traffic on Monday after a loaded bulk carrier ran aground across the channel near its southern entrance.

The Sorrel Canal Authority said the 229-metre Meridian Grace, carrying iron ore, lost steering in a sandstorm and came to rest at an angle that blocked both lanes. Nine tugs were working to free the vessel, it said.

"We expect to refloat her within 72 hours at best," Authority chairman Hakan Ademola-Virtanen said at a briefing in Port Ismay. He declined to give a worst-case estimate.

Salvage experts were more cautious. "Seventy-two hours assumes the ore doesn't need to be offloaded," said Lotte Brandsma-Okoye, a salvage master who worked on the 2031 refloating of the tanker Aurelia in the same canal. If it does, she said, the job could take two weeks.

More than 90 vessels were waiting at both ends of the waterway by Monday evening, according to data compiled by ship-tracking firm Tidewatch Analytics.

Spot rates for a 40-foot container from Shanghai to Rotterdam rose 14% on Monday, data from freight platform Boxline showed. "Every day of closure takes roughly 5% of effective capacity out of the market for a fortnight," said Cornelis Abiola-Faber, head of research at shipbroker Farrow Maritime. "Carriers will not wait long before they turn south around the cape."

At least two of the largest container lines said they were considering rerouting ships. A spokeswoman for Hallberg-Sund Line said the company would decide on Tuesday morning and declined to comment further.

The Meridian Grace's manager, Coralis Shipmanagement, said none of its 21 crew had been injured and that there was no sign of pollution. The company did not respond to questions about the steering failure.

Insurers are watching the salvage closely. A claims executive at a London marine underwriter, who asked not to be identified because the discussions are private, said the industry expects losses from delays to run "well into nine figures" if the closure lasts a week.

The canal is the main source of foreign currency for the government of Ismaya. The country's finance ministry said on Monday that each day of closure cost it about $38 million in lost transit fees.

--With assistance from Daniel Akintola-Weiss.
''',
    s(ADEM, 'Authority', "reopening 'within 72 hours at best'", 'sees', 'mixed', role='Authority chairman'),
    s(CANAL, 'The Sorrel Canal Authority', 'the 229-metre Meridian Grace, carrying iron ore, lost steering in a sandstorm and came to rest at an angle that blocked both lanes', 'said'),
    s(CANAL, 'it', 'Nine tugs were working to free the vessel', 'said'),
    s(ADEM, 'Authority chairman Hakan Ademola-Virtanen', '"We expect to refloat her within 72 hours at best,"', 'said', 'direct', role='Authority chairman'),
    s('Lotte Brandsma-Okoye', 'Lotte Brandsma-Okoye, a salvage master who worked on the 2031 refloating of the tanker Aurelia in the same canal', '"Seventy-two hours assumes the ore doesn\'t need to be offloaded,"', 'said', 'direct', role='salvage master'),
    s('Lotte Brandsma-Okoye', 'she', ['If it does,', 'the job could take two weeks.'], 'said', role='salvage master'),
    s('Tidewatch Analytics', 'ship-tracking firm Tidewatch Analytics', 'More than 90 vessels were waiting at both ends of the waterway by Monday evening', 'according to'),
    s('Boxline', 'data from freight platform Boxline', 'Spot rates for a 40-foot container from Shanghai to Rotterdam rose 14% on Monday', 'showed'),
    s('Cornelis Abiola-Faber', 'Cornelis Abiola-Faber, head of research at shipbroker Farrow Maritime', '"Every day of closure takes roughly 5% of effective capacity out of the market for a fortnight,"', 'said', 'direct', role='head of research'),
    s('Cornelis Abiola-Faber', '', '"Carriers will not wait long before they turn south around the cape."', '', 'direct', role='head of research'),
    s('At least two of the largest container lines', 'At least two of the largest container lines', 'they were considering rerouting ships', 'said'),
    s('A spokeswoman for Hallberg-Sund Line', 'A spokeswoman for Hallberg-Sund Line', 'the company would decide on Tuesday morning', 'said', role='spokeswoman'),
    s('Coralis Shipmanagement', "The Meridian Grace's manager, Coralis Shipmanagement", 'none of its 21 crew had been injured and that there was no sign of pollution', 'said'),
    s('A claims executive at a London marine underwriter', 'A claims executive at a London marine underwriter, who asked not to be identified because the discussions are private', 'the industry expects losses from delays to run "well into nine figures" if the closure lasts a week', 'said', 'mixed', role='claims executive'),
    s("The country's finance ministry", "The country's finance ministry", 'each day of closure cost it about $38 million in lost transit fees', 'said'),
)

VEKTOR = 'Vektor-Pharm'
GRIB = 'Arkady Gribanov-Sayle'
HEALTH = 'Ministry of Health of Zavolzhia'

doc('bk05-wire-zavolzhia-vaccine-recall', 'TASS', '2041-11-27', '''
Two batches of Rinovax vaccine withdrawn as a precaution - manufacturer

MOSKVELSK, November 27. /NOVA/. The Zavolzhian pharmaceutical company Vektor-Pharm has withdrawn two batches of its Rinovax influenza vaccine from clinics as a precaution after deviations were found during routine quality control, the company's press service told NOVA on Thursday.

"Two batches, numbered RX-4471 and RX-4472, with a total of 186,000 doses, have been withdrawn. No serious adverse reactions have been recorded," the press service said. According to the company, the deviation concerns the level of a stabilizing agent and "does not affect the safety of the vaccine."

The Federal Service for Medicines Supervision confirmed that it had received the company's notification. The service ordered an unscheduled inspection of the Moskvelsk plant, its press office said.

Deputy Health Minister Arkady Gribanov-Sayle stressed that the vaccination campaign would continue as planned. "Stocks of other batches and other manufacturers are sufficient. No one who has signed up for vaccination will be left without it," he said.

He noted that about 41,000 doses from the two batches had already been administered. The ministry has instructed regional health departments to contact those vaccinated and offer them an examination.

The head of the Zavolzhian Association of Pediatricians, Professor Yelena Matveyeva-Orlund, told NOVA that parents had no reason to panic. In her opinion, the company acted correctly by withdrawing the doses before the inspection was completed.

Earlier, the opposition deputy Stanislav Krutov-Ameh called on the Ministry of Health to publish the results of the inspection in full. The ministry has not yet commented on his request.

The general director of Vektor-Pharm, Oleg Sabitov-Kane, told the newspaper Zavolzhskiye Vedomosti that the company would cover the cost of all examinations. "We take full responsibility for our product, and we will not hide behind the regulator," he said.

In the Tambrovsk region, where about 12,000 doses from the two batches were delivered, Governor Vadim Ostapchuk-Leone wrote on his channel in the Vestnik messenger that all vaccinated residents would be contacted within three days.

Vektor-Pharm is the largest producer of vaccines in Zavolzhia. As NOVA reported earlier, the company plans to double its production capacity by 2043.
''',
    s(VEKTOR, 'manufacturer', 'Two batches of Rinovax vaccine withdrawn as a precaution', ''),
    s(VEKTOR, "the company's press service", 'The Zavolzhian pharmaceutical company Vektor-Pharm has withdrawn two batches of its Rinovax influenza vaccine from clinics as a precaution after deviations were found during routine quality control', 'told'),
    s(VEKTOR, 'the press service', '"Two batches, numbered RX-4471 and RX-4472, with a total of 186,000 doses, have been withdrawn. No serious adverse reactions have been recorded,"', 'said', 'direct'),
    s(VEKTOR, 'the company', 'the deviation concerns the level of a stabilizing agent and "does not affect the safety of the vaccine."', 'According to', 'mixed'),
    s('Federal Service for Medicines Supervision', 'The Federal Service for Medicines Supervision', "it had received the company's notification", 'confirmed'),
    s('Federal Service for Medicines Supervision', 'its press office', 'The service ordered an unscheduled inspection of the Moskvelsk plant', 'said'),
    s(GRIB, 'Deputy Health Minister Arkady Gribanov-Sayle', 'the vaccination campaign would continue as planned', 'stressed', role='Deputy Health Minister'),
    s(GRIB, 'he', '"Stocks of other batches and other manufacturers are sufficient. No one who has signed up for vaccination will be left without it,"', 'said', 'direct', role='Deputy Health Minister'),
    s('Ministry of Health', 'The ministry', 'regional health departments to contact those vaccinated and offer them an examination', 'instructed'),
    s(GRIB, 'He', 'about 41,000 doses from the two batches had already been administered', 'noted', role='Deputy Health Minister'),
    s('Yelena Matveyeva-Orlund', 'The head of the Zavolzhian Association of Pediatricians, Professor Yelena Matveyeva-Orlund', 'parents had no reason to panic', 'told', role='head of the Zavolzhian Association of Pediatricians'),
    s('Yelena Matveyeva-Orlund', 'her', 'the company acted correctly by withdrawing the doses before the inspection was completed', 'In her opinion', role='head of the Zavolzhian Association of Pediatricians'),
    s('Oleg Sabitov-Kane', 'The general director of Vektor-Pharm, Oleg Sabitov-Kane', 'the company would cover the cost of all examinations', 'told', role='general director'),
    s('Oleg Sabitov-Kane', 'he', '"We take full responsibility for our product, and we will not hide behind the regulator,"', 'said', 'direct', role='general director'),
    s('Vadim Ostapchuk-Leone', 'Governor Vadim Ostapchuk-Leone', 'all vaccinated residents would be contacted within three days', 'wrote', role='Governor'),
    s('Stanislav Krutov-Ameh', 'the opposition deputy Stanislav Krutov-Ameh', 'the Ministry of Health to publish the results of the inspection in full', 'called on', role='opposition deputy'),
)
