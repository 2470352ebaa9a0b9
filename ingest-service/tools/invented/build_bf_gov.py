"""Set BF's six government texts (see build_bf.py)."""
from invented_common import doc_spans as doc, s

PRES = 'Aleksander Vukotic-Hale'
PROLE = 'President of the Republic'

doc('bf06-gov-maresta-president-press-conference-foreign-media', 'Office of the President of the Republic of Maresta', '2038-01-14', '''
Office of the President of the Republic of Maresta

Transcript: President Aleksander Vukotic-Hale's press conference with foreign journalists
Palace of the Republic, Sennar, 14 January 2038

Participants: Aleksander Vukotic-Hale, President of the Republic. Moderator: Dana Kolar-Wiese, Press Secretary of the President.

MODERATOR: Good morning. The President will make a short statement and then take questions from the foreign media. Please give your name and your outlet before you ask.

THE PRESIDENT: Good morning, and welcome to Sennar. Many of you have come a long way, some of you for the first time, and I hope you will see more of the country than this room. Let me say three things. First, the economy grew by 4.1 percent last year, the fastest rate in the region. Second, the referendum on the new constitution will be held on 12 April, as planned, and observers from every organisation that wants to come are welcome. Third, we want the border with Ostmarra reopened, and we are ready to talk about it anywhere, at any level.

MODERATOR: Thank you, Mr President. The first question.

QUESTION (Helena Brask, Nordisk Rundfunk): Mr President, the opposition leader, Teodor Malinar, said last week that the referendum would be "a vote under police supervision." Will opposition parties be allowed to campaign freely?

THE PRESIDENT: Mr Malinar says many things. Every party registered for the referendum will have free airtime on state television, the same minutes for the Yes and for the No. Nobody has been arrested for campaigning, and nobody will be.

QUESTION (Paolo Ferrante, Corriere del Levante): The election observers of the Council of Northern States reported in 2035 that the count in three provinces could not be verified. Have you invited them back?

THE PRESIDENT: We have. The Chair of the Council wrote to me in December that a mission of 200 observers would come in March, and we have said yes to all of them. I read the 2035 report. Some of it was fair, and we changed the electoral law because of it.

QUESTION (Mirela Stoian, Radio Dunarea): Mr President, the border. Ostmarra's foreign minister told our station on Monday that Maresta had closed it first and must reopen it first. What is your answer?

THE PRESIDENT: My answer is that the border was closed by a landslide in 2036 and reopened on our side eleven months later. The barrier on the other side is not ours. I have proposed a meeting of our two foreign ministers in Lauria, a neutral place, and I am still waiting for a reply.

QUESTION (Mirela Stoian, Radio Dunarea): A follow-up, if I may. Would you meet President Ostrova yourself?

THE PRESIDENT: Yes. Tomorrow, if she wants.

QUESTION (James Whitcombe, The Harbour Times): There are reports that the governor of the central bank was asked to resign before Christmas. Did you ask him?

THE PRESIDENT: I will not discuss personnel. The governor has my full confidence.

QUESTION (Anouk Verhaegen, De Lage Post): The human rights group Civic Watch says 37 journalists have been detained in Maresta since 2035. Will you release them?

THE PRESIDENT: Civic Watch counts people who were held for a few hours at a demonstration. Four people who have worked as journalists are in prison today, and all four were convicted of crimes that have nothing to do with journalism. The Minister of Justice has told me that two of them may be released in the spring under the amnesty law.

MODERATOR: We have time for one more question.

QUESTION (Kenji Aldous, Pacific Wire): Mr President, will you run again in 2040?

THE PRESIDENT: (laughter) Ask me in 2039. Thank you all for coming, and enjoy Sennar.

MODERATOR: Thank you. The press conference is over.
''',
    s(PRES, '', 'Good morning, and welcome to Sennar.|we are ready to talk about it anywhere, at any level.', '', role=PROLE),
    s('Teodor Malinar', 'the opposition leader, Teodor Malinar', 'the referendum would be "a vote under police supervision."', 'said', 'mixed', role='the opposition leader'),
    s(PRES, '', 'Mr Malinar says many things.|and nobody will be.', '', role=PROLE),
    s('The election observers of the Council of Northern States', 'The election observers of the Council of Northern States', 'the count in three provinces could not be verified', 'reported', date='2035'),
    s(PRES, '', 'We have. The Chair of the Council wrote to me|we changed the electoral law because of it.', '', role=PROLE),
    s('The Chair of the Council', 'The Chair of the Council', 'a mission of 200 observers would come in March', 'wrote', nested=True, via=PRES, date='2037-12'),
    s("Ostmarra's foreign minister", "Ostmarra's foreign minister", 'Maresta had closed it first and must reopen it first', 'told'),
    s(PRES, '', 'My answer is that the border was closed by a landslide|I am still waiting for a reply.', '', role=PROLE),
    s(PRES, '', 'Yes. Tomorrow, if she wants.', '', role=PROLE),
    s(PRES, '', 'I will not discuss personnel. The governor has my full confidence.', '', role=PROLE),
    s('Civic Watch', 'The human rights group Civic Watch', '37 journalists have been detained in Maresta since 2035', 'says'),
    s(PRES, '', 'Civic Watch counts people who were held for a few hours|under the amnesty law.', '', role=PROLE),
    s('The Minister of Justice', 'The Minister of Justice', 'two of them may be released in the spring under the amnesty law', 'has told', nested=True, via=PRES),
)

LIND = 'Oskar Lindahl-Baro'
LROLE = 'Minister of Agriculture and Rural Development'
QUIST = 'Marta Quist-Odhiambo'
QROLE = "President of the National Farmers' Union"
AAKV = 'Rune Aakvik'

doc('bf07-gov-kestria-agriculture-minister-farmers-union-readout', 'Ministry of Agriculture and Rural Development of Kestria', '2038-04-09', '''
Ministry of Agriculture and Rural Development of Kestria

Readout: Minister Oskar Lindahl-Baro meets the leadership of the National Farmers' Union
Press Office | 9 April 2038

Minister of Agriculture and Rural Development Oskar Lindahl-Baro today received a delegation of the National Farmers' Union (NFU), led by its President, Marta Quist-Odhiambo, at the Ministry in Halvik. Also present were Deputy Minister Elin Sahlberg and the Director of the Agricultural Paying Agency, Rune Aakvik.

The Minister welcomed the delegation and thanked the Union for its cooperation during the winter's fodder shortage.

The Minister informed the delegation about the progress of the rural development programme for 2038-2044.

The Minister noted:

- the fodder support scheme has paid 41 million crowns to 6,300 livestock farms since January;
- the deadline for applications under the scheme will be extended to 31 May;
- the Ministry is preparing changes to the irrigation permit rules, which will be put to public consultation in June;
- young farmers will be given priority in the allocation of state land leases from 2039.

The Director of the Paying Agency told the meeting that 88 percent of the claims for the 2037 drought compensation had been paid and that the rest would be paid by 15 May.

The President of the Union raised the issue of milk purchase prices, noting that three dairies in the north had cut the price they pay farmers by 12 percent since February. She expressed concern over the delays in drought compensation payments to farms in the Upper Lenna valley, some of which are still waiting for their first instalment.

The President of the Union proposed:

- a single application form for all area-based payments;
- an advance payment of 50 percent of area-based payments in October;
- a permanent state fodder reserve, held in at least four regions.

The Minister said that the Ministry would study the proposals and respond to the Union in writing by the end of May.

On milk prices, the Minister said that he had asked the Competition Authority to examine whether the three dairies had coordinated their price cuts, and that he expected its answer within six weeks.

Deputy Minister Sahlberg briefed the delegation on the preparations for the autumn livestock census.

The sides agreed to set up a joint working group on drought preparedness, which will meet for the first time in May.

The Minister invited the Union to take part in the Rural Forum in Sorvik on 20 June.

The meeting was held in a constructive atmosphere.
''',
    s(LIND, 'The Minister', 'the fodder support scheme has paid 41 million crowns to 6,300 livestock farms since January;', 'noted', role=LROLE),
    s(LIND, 'The Minister', 'the deadline for applications under the scheme will be extended to 31 May;', 'noted', role=LROLE),
    s(LIND, 'The Minister', 'the Ministry is preparing changes to the irrigation permit rules, which will be put to public consultation in June;', 'noted', role=LROLE),
    s(LIND, 'The Minister', 'young farmers will be given priority in the allocation of state land leases from 2039.', 'noted', role=LROLE),
    s(AAKV, 'The Director of the Paying Agency', '88 percent of the claims for the 2037 drought compensation had been paid and that the rest would be paid by 15 May', 'told', role='Director of the Agricultural Paying Agency'),
    s(QUIST, 'The President of the Union', 'milk purchase prices, noting that three dairies in the north had cut the price they pay farmers by 12 percent since February', 'raised the issue of', role=QROLE),
    s(QUIST, 'She', 'the delays in drought compensation payments to farms in the Upper Lenna valley, some of which are still waiting for their first instalment', 'expressed concern over', role=QROLE),
    s(QUIST, 'The President of the Union', 'a single application form for all area-based payments;', 'proposed', role=QROLE),
    s(QUIST, 'The President of the Union', 'an advance payment of 50 percent of area-based payments in October;', 'proposed', role=QROLE),
    s(QUIST, 'The President of the Union', 'a permanent state fodder reserve, held in at least four regions.', 'proposed', role=QROLE),
    s(LIND, 'The Minister', 'the Ministry would study the proposals and respond to the Union in writing by the end of May', 'said', role=LROLE),
    s(LIND, 'the Minister', 'he had asked the Competition Authority to examine whether the three dairies had coordinated their price cuts, and that he expected its answer within six weeks', 'said', role=LROLE),
    s(f'{LIND} and {QUIST}', 'The sides', 'to set up a joint working group on drought preparedness, which will meet for the first time in May', 'agreed'),
)

DPC = 'Ruth Agnelli-Strand'
DROLE = 'Data Protection Commissioner'
MBEK = 'Jonas Mbeki-Lund'

doc('bf08-gov-aldoria-data-protection-commissioner-annual-report', 'Office of the Data Protection Commissioner of Aldoria', '2038-03-03', '''
Office of the Data Protection Commissioner of Aldoria
News release
For immediate release - 3 March 2038

Commissioner tables 2037 annual report: complaints up by a third, health sector breaches the largest share

HALDEN - Data Protection Commissioner Ruth Agnelli-Strand today tabled her annual report for 2037 in the National Assembly. The report covers 4,912 complaints received in 2037, up 34 percent from 2036, and 211 reported data breaches.

The report found that:

- breaches in the health sector accounted for 38 percent of all reported breaches, and most were caused by staff sending records to the wrong recipient;
- two of the five largest breaches involved contractors of public bodies that had not been checked before they were given access to personal data;
- the average time taken by public bodies to answer a request for access to a person's own data rose from 24 days to 41 days.

"Public bodies hold more of our personal data than ever, and too many of them still treat a request to see it as a nuisance," Commissioner Agnelli-Strand said. "A citizen who asks to see her own file should not have to wait six weeks for it.

"This year I will publish the name of every ministry and agency that misses the legal deadline more than ten times."

The report recommends that the Ministry of Health require every hospital to use a single, audited system for sending patient records by the end of 2039. In its response, which is printed in the report, the Ministry of Health said it accepted the recommendation in principle but that a single system could not be in place before 2041.

The Commissioner also found that the National Tax Agency had shared the home addresses of 12,000 taxpayers with a debt-collection company without a legal basis. The Agency has accepted the finding and ended the arrangement, according to the report.

The Commissioner also expressed concern over the growing use of facial recognition cameras by municipalities, noting that no law regulates their use. According to the report, 61 percent of complaints against public bodies were resolved within three months.

Of the 4,912 complaints, 1,730 concerned private companies, chiefly telecommunications providers and online retailers. The Commissioner imposed 14 fines in 2037, totalling 3.2 million crowns.

The Deputy Commissioner, Jonas Mbeki-Lund, who leads the Office's investigations, said the number of breach reports from schools had doubled in a year, mostly after schools moved their examinations to online platforms.

The Commissioner said that she had written to the Prime Minister in November to ask for a 20 percent increase in the Office's budget, and that she had not yet received an answer.

The Commissioner will present the report to the National Assembly's Committee on Justice on 17 March.

The full report is available on the Office's website.

Media contact: Press Office, Office of the Data Protection Commissioner, +47 555 0142
''',
    s(DPC, 'The report', 'breaches in the health sector accounted for 38 percent of all reported breaches, and most were caused by staff sending records to the wrong recipient;', 'found', role=DROLE),
    s(DPC, 'The report', 'two of the five largest breaches involved contractors of public bodies that had not been checked before they were given access to personal data;', 'found', role=DROLE),
    s(DPC, 'The report', "the average time taken by public bodies to answer a request for access to a person's own data rose from 24 days to 41 days.", 'found', role=DROLE),
    s(DPC, 'Commissioner Agnelli-Strand', '"Public bodies hold more of our personal data than ever, and too many of them still treat a request to see it as a nuisance,"', 'said', 'direct', role=DROLE),
    s(DPC, '', '"A citizen who asks to see her own file|more than ten times."', '', 'direct', role=DROLE),
    s(DPC, 'The report', 'the Ministry of Health require every hospital to use a single, audited system for sending patient records by the end of 2039', 'recommends', role=DROLE),
    s('the Ministry of Health', 'the Ministry of Health', 'it accepted the recommendation in principle but that a single system could not be in place before 2041', 'said'),
    s(DPC, 'The Commissioner', 'the National Tax Agency had shared the home addresses of 12,000 taxpayers with a debt-collection company without a legal basis', 'found', role=DROLE),
    s(DPC, 'the report', 'The Agency has accepted the finding and ended the arrangement', 'according to', role=DROLE),
    s(DPC, 'The Commissioner', 'the growing use of facial recognition cameras by municipalities, noting that no law regulates their use', 'expressed concern over', role=DROLE),
    s(DPC, 'the report', '61 percent of complaints against public bodies were resolved within three months', 'according to', role=DROLE),
    s(MBEK, 'The Deputy Commissioner, Jonas Mbeki-Lund', 'the number of breach reports from schools had doubled in a year, mostly after schools moved their examinations to online platforms', 'said', role='The Deputy Commissioner'),
    s(DPC, 'The Commissioner', 'she had written to the Prime Minister in November to ask for a 20 percent increase|she had not yet received an answer', 'said', role=DROLE),
)

NDA = 'The Heads of State and Government of the Northern Defence Alliance'
SG = 'Tobias Ellingsen-Mora'
SGROLE = 'Secretary General'

doc('bf09-gov-northern-defence-alliance-varnholm-summit', 'Northern Defence Alliance', '2038-07-08', '''
Northern Defence Alliance

Varnholm Summit Communiqué
Issued by the Heads of State and Government participating in the meeting of the Northern Defence Alliance in Varnholm on 8 July 2038

1. We, the Heads of State and Government of the 19 member states of the Northern Defence Alliance, have met in Varnholm at a time of growing threats to the security of our region.

2. We condemn in the strongest terms the seizure of the Tarnow gas field by Varkos and its continued military presence in the Tarnow Strait.

3. We reaffirm our commitment to spend at least 2.5 percent of gross domestic product on defence by 2040. We welcome the fact that 14 Allies already meet that goal.

4. We have decided to establish a Northern Air Defence Command in Kessmark, which will reach initial operational capability in 2039.

5. We call on Varkos to withdraw its forces from the Tarnow Strait and to respect the freedom of navigation in international waters.

6. We note with concern the growing number of cyber attacks against hospitals and energy networks in Allied countries.

7. We thank the Kingdom of Varnholm for its generous hospitality.

* * *

Press conference by Secretary General Tobias Ellingsen-Mora following the meeting of the Heads of State and Government

SECRETARY GENERAL: Good afternoon. We have just ended a summit that will be remembered for one decision. For the first time, the air defences of all our member states will answer to one command, and they will be able to see the same sky on the same screen. That is a big step, and it was agreed by all 19.

MODERATOR: We will take a few questions. Oona, please.

QUESTION (Oona Raftery, Baltic Courier): Secretary General, the Prime Minister of Ostmarra said this morning that his country would not pay for the new command until the spending targets were "fairly shared." Is the command in doubt?

SECRETARY GENERAL: No. The Prime Minister of Ostmarra told me an hour ago that Ostmarra supports the command and will pay its share, and I take him at his word. How the costs are divided is a matter for the defence ministers in October.

QUESTION (Dmitri Hallan, Nordic Wire): Why does the communiqué say nothing about new sanctions against Varkos?

SECRETARY GENERAL: Sanctions are for the Concord Union and for national governments, not for a defence alliance. We are not an economic body. What we can do is make sure that Varkos understands that an attack on one Ally would be met by all of us, and that message was sent today.

QUESTION (Laila Serrano, Radio Austral): Secretary General, your predecessor, Arvid Lunde, said in 2036 that the Alliance would admit Tessaro within two years. Is that still the plan?

SECRETARY GENERAL: Tessaro has made real progress, and I said so to President Reggiani-Osu this morning. The door is open. But I will not give you a date, because dates are set by 19 parliaments, not by me.

QUESTION (Laila Serrano, Radio Austral): A follow-up. Did any leader object to Tessaro's membership today?

SECRETARY GENERAL: I will not go into the leaders' discussion. Thank you very much.
''',
    s(NDA, 'We', 'in the strongest terms the seizure of the Tarnow gas field by Varkos and its continued military presence in the Tarnow Strait', 'condemn'),
    s(NDA, 'We', 'our commitment to spend at least 2.5 percent of gross domestic product on defence by 2040', 'reaffirm'),
    s(NDA, 'We', 'the fact that 14 Allies already meet that goal', 'welcome'),
    s(NDA, 'We', 'Varkos to withdraw its forces from the Tarnow Strait and to respect the freedom of navigation in international waters', 'call on'),
    s(NDA, 'We', 'the growing number of cyber attacks against hospitals and energy networks in Allied countries', 'note with concern'),
    s(SG, '', 'Good afternoon. We have just ended a summit|it was agreed by all 19.', '', role=SGROLE),
    s('the Prime Minister of Ostmarra', 'the Prime Minister of Ostmarra', 'his country would not pay for the new command until the spending targets were "fairly shared."', 'said', 'mixed'),
    s(SG, '', 'No. The Prime Minister of Ostmarra told me an hour ago|a matter for the defence ministers in October.', '', role=SGROLE),
    s('the Prime Minister of Ostmarra', 'The Prime Minister of Ostmarra', 'Ostmarra supports the command and will pay its share', 'told', nested=True, via=SG),
    s(SG, '', 'Sanctions are for the Concord Union and for national governments|that message was sent today.', '', role=SGROLE),
    s('Arvid Lunde', 'your predecessor, Arvid Lunde', 'the Alliance would admit Tessaro within two years', 'said', date='2036'),
    s(SG, '', 'Tessaro has made real progress, and I said so to President Reggiani-Osu this morning.|not by me.', '', role=SGROLE),
)

MIT = 'The Mines Inspectorate of Teravia'
NYST = 'Halvard Nystrom-Achebe'
SAND = 'Petra Sandoval-Holm'
TMU = "The Teravian Miners' Union"
OKB = 'Jens Okafor-Brandt'

doc('bf10-gov-teravia-mines-inspectorate-roof-fall-report', 'Mines Inspectorate of Teravia', '2038-10-22', '''
Mines Inspectorate of Teravia
Media release - 22 October 2038

Inspectorate releases report on fatal roof fall at Brennholt Colliery

The Mines Inspectorate of Teravia today released its investigation report into the roof fall at Brennholt Colliery on 4 February 2038, in which two miners, Aksel Rydberg and Tomasz Wielgosz, were killed and a third was seriously injured.

The investigation has established that:

- the fall occurred in a section of the North 3 roadway where the roof had been supported with bolts 0.8 metres shorter than the mine's own support plan required;
- a geotechnical survey in November 2037 had identified weak mudstone above the roadway, but the survey's findings had not reached the crew that installed the bolts;
- cracking in the roof was logged by the control room about 40 minutes before the fall, and work in the section was not stopped.

Chief Inspector of Mines Halvard Nystrom-Achebe said: "Two men went to work in North 3 and did not come home. The information that could have saved them existed, on paper, in the mine's own office.

"This was not bad luck. It was a failure to get the right knowledge to the right people at the right time, and every mine operator in Teravia should read this report."

The report says that the mine's operator, Brennholt Coal AB, disputed that its support plan had not been followed, arguing that its own engineers had approved the shorter bolts as an equivalent. The Inspectorate did not accept that argument.

The Inspectorate recommends that:

- every underground coal mine in Teravia review its roof support records against its support plan by 31 March 2039;
- the findings of a geotechnical survey be given in writing to every crew working in the area surveyed, before work begins;
- any report of roof cracking lead to the immediate withdrawal of workers from the section until it has been inspected.

Under the Mines Safety Act, operators must respond to the Inspectorate's recommendations within 90 days.

On 6 February the Inspectorate ordered Brennholt Coal to stop all work in the North 3 section. The order remains in force.

Brennholt Coal's chief executive, Petra Sandoval-Holm, said in a statement published on the company's website that the company accepted the report's recommendations and had already replaced the bolts in all of its roadways.

The Teravian Miners' Union welcomed the report and called for criminal charges against the mine's managers. The union's safety officer, Jens Okafor-Brandt, said Rydberg had been the union's representative in the section and had warned his supervisors about the roof "more than once" in January.

The Public Prosecution Authority said in March that it had opened a preliminary investigation into the deaths.

The full report, IR 2038/03, is published on the Inspectorate's website.

Media contact: Communications Unit, Mines Inspectorate of Teravia, +46 555 0198
''',
    s(MIT, 'The investigation', "the fall occurred in a section of the North 3 roadway|the mine's own support plan required;", 'has established'),
    s(MIT, 'The investigation', "a geotechnical survey in November 2037 had identified weak mudstone above the roadway|the crew that installed the bolts;", 'has established'),
    s(MIT, 'The investigation', 'cracking in the roof was logged by the control room about 40 minutes before the fall, and work in the section was not stopped.', 'has established'),
    s(NYST, 'Chief Inspector of Mines Halvard Nystrom-Achebe', '"Two men went to work in North 3|should read this report."', 'said', 'direct', role='Chief Inspector of Mines'),
    s(MIT, 'The report', "the mine's operator, Brennholt Coal AB, disputed that its support plan had not been followed, arguing that its own engineers had approved the shorter bolts as an equivalent", 'says'),
    s('Brennholt Coal AB', "the mine's operator, Brennholt Coal AB", 'its support plan had not been followed, arguing that its own engineers had approved the shorter bolts as an equivalent', 'disputed', nested=True, via=MIT),
    s(MIT, 'The Inspectorate', 'every underground coal mine in Teravia review its roof support records against its support plan by 31 March 2039;', 'recommends'),
    s(MIT, 'The Inspectorate', 'the findings of a geotechnical survey be given in writing to every crew working in the area surveyed, before work begins;', 'recommends'),
    s(MIT, 'The Inspectorate', 'any report of roof cracking lead to the immediate withdrawal of workers from the section until it has been inspected.', 'recommends'),
    s(SAND, "Brennholt Coal's chief executive, Petra Sandoval-Holm", "the company accepted the report's recommendations and had already replaced the bolts in all of its roadways", 'said', role="Brennholt Coal's chief executive"),
    s(TMU, TMU, 'the report', 'welcomed'),
    s(TMU, '', "criminal charges against the mine's managers", 'called for'),
    s(OKB, "The union's safety officer, Jens Okafor-Brandt", 'Rydberg had been the union\'s representative in the section and had warned his supervisors about the roof "more than once" in January', 'said', 'mixed', role="The union's safety officer"),
    s('Aksel Rydberg', 'Rydberg', 'his supervisors about the roof "more than once" in January', 'had warned', 'mixed', nested=True, via=OKB, date='2038-01'),
    s('The Public Prosecution Authority', 'The Public Prosecution Authority', 'it had opened a preliminary investigation into the deaths', 'said', date='2038-03'),
)

CAST = 'Wendy Castellano'
LOBI = 'Amara Lindgren-Obi'
OTTB = 'Felix Otterbein'

doc('bf11-gov-tamarack-public-accounts-committee-minutes', 'Legislative Assembly of the Province of Tamarack', '2038-05-12', '''
Legislative Assembly of the Province of Tamarack
Standing Committee on Public Accounts

Minutes of Proceedings - Meeting No. 14
Wednesday, May 12, 2038

Members present: Hugh Abernathy-Soto (Chair); Priya Ramaswamy-Cole (Vice-Chair); Daniel Okwu; Marguerite Leclair; Stanislav Brodeur; Ingrid Haaland.

Also present: Office of the Auditor General: Wendy Castellano, Auditor General; Neil Fairweather, Principal.

Staff: Rosalind Kemp, Clerk of the Committee.

Witnesses: Ministry of Health: Dr. Amara Lindgren-Obi, Deputy Minister; Felix Otterbein, Assistant Deputy Minister, Hospital Services.

The Chair called the meeting to order at 9:02 a.m.

The committee resumed its consideration of Chapter 4, "Surgical Wait Times," of the Auditor General's 2037 Annual Report.

The Auditor General noted that the median wait for a hip or knee replacement in the province had risen from 31 weeks in 2034 to 46 weeks in 2036, and that the Ministry did not know how many patients on its lists had already had surgery elsewhere.

The Deputy Minister stated that the Ministry had accepted all seven of the Auditor General's recommendations and that four of them had been implemented. She advised that a single provincial wait list would be in place by April 2039.

In response to a question from Mr. Okwu, the Assistant Deputy Minister advised that 4,210 patients were waiting for a hip or knee replacement at the end of March, and that 612 of them had waited more than a year.

Mr. Okwu noted that the Assistant Deputy Minister's figures did not include patients still waiting for a first consultation with a surgeon. The Assistant Deputy Minister confirmed that those patients were not included, and said the Ministry estimated their number at about 2,500.

Ms. Leclair expressed concern that patients in the northern health region were waiting twice as long as patients in the capital.

Mr. Brodeur asked whether the Ministry had considered paying private clinics to reduce the lists.

The Deputy Minister replied that the Ministry was not planning to contract surgery out to private clinics, and that the operating rooms in public hospitals were in use on average only 62 percent of the time.

Ms. Haaland said that a constituent had told her he waited 19 months for a knee replacement and paid for his own physiotherapy while he waited.

The Principal, Neil Fairweather, noted that the Ministry's 2035 response to the same recommendations had promised a single wait list by 2037.

Moved by Ms. Ramaswamy-Cole, That the committee request the Ministry of Health to provide, by June 30, 2038, the number of patients on each surgical wait list, by health region.

Carried.

Dr. Lindgren-Obi said that the Ministry would provide the information by the date set in the motion.

Correspondence: Letter from the Hon. Corinne Vasquez-Lund, Minister of Health, dated May 3, 2038, advising that the Ministry's formal response to Chapter 4 would be tabled in the House before the end of the spring sitting.

At 10:55 a.m., the committee recessed. The committee resumed at 11:05 a.m.

The committee agreed to invite the Chief Executive Officer of Tamarack Health Services to appear at its next meeting.

The committee adjourned at 11:46 a.m. to the call of the Chair.

Rosalind Kemp
Clerk of the Committee
''',
    s(CAST, 'The Auditor General', 'the median wait for a hip or knee replacement in the province|had already had surgery elsewhere', 'noted', role='Auditor General'),
    s(LOBI, 'The Deputy Minister', "the Ministry had accepted all seven of the Auditor General's recommendations and that four of them had been implemented", 'stated', role='Deputy Minister'),
    s(LOBI, 'She', 'a single provincial wait list would be in place by April 2039', 'advised', role='Deputy Minister'),
    s(OTTB, 'the Assistant Deputy Minister', '4,210 patients were waiting for a hip or knee replacement at the end of March, and that 612 of them had waited more than a year', 'advised', role='Assistant Deputy Minister, Hospital Services'),
    s('Daniel Okwu', 'Mr. Okwu', "the Assistant Deputy Minister's figures did not include patients still waiting for a first consultation with a surgeon", 'noted'),
    s(OTTB, 'The Assistant Deputy Minister', 'those patients were not included', 'confirmed', role='Assistant Deputy Minister, Hospital Services'),
    s(OTTB, '', 'the Ministry estimated their number at about 2,500', 'said', role='Assistant Deputy Minister, Hospital Services'),
    s('Marguerite Leclair', 'Ms. Leclair', 'patients in the northern health region were waiting twice as long as patients in the capital', 'expressed concern'),
    s(LOBI, 'The Deputy Minister', 'the Ministry was not planning to contract surgery out to private clinics|only 62 percent of the time', 'replied', role='Deputy Minister'),
    s('Ingrid Haaland', 'Ms. Haaland', 'a constituent had told her he waited 19 months for a knee replacement and paid for his own physiotherapy while he waited', 'said'),
    s('a constituent', 'a constituent', 'he waited 19 months for a knee replacement and paid for his own physiotherapy while he waited', 'had told', nested=True, via='Ingrid Haaland'),
    s('Neil Fairweather', 'The Principal, Neil Fairweather', "the Ministry's 2035 response to the same recommendations had promised a single wait list by 2037", 'noted', role='Principal'),
    s(LOBI, 'Dr. Lindgren-Obi', 'the Ministry would provide the information by the date set in the motion', 'said', role='Deputy Minister'),
    s('Corinne Vasquez-Lund', 'the Hon. Corinne Vasquez-Lund, Minister of Health', "the Ministry's formal response to Chapter 4 would be tabled in the House before the end of the spring sitting", 'advising', role='Minister of Health'),
)
