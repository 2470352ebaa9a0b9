"""Set BH's six government texts (see build_bh.py)."""
from invented_common import doc_spans as doc, s

PM = 'Elin Haugsbakk-Mensah'
PMR = 'Prime Minister'
PRES = 'Marco Ilunga-Vestri'
PRR = 'President of the Republic of Castelbruna'

doc('bh06-gov-norvania-joint-press-conference-castelbruna', 'Office of the Prime Minister of Norvania', '2039-03-09', '''
Office of the Prime Minister of Norvania

Transcript: Joint press conference of Prime Minister Elin Haugsbakk-Mensah and President Marco Ilunga-Vestri of the Republic of Castelbruna
Government House, Tromvik, 9 March 2039

MODERATOR: Good afternoon. The Prime Minister and the President will each make a short statement, and then we will take four questions, two from each country's press.

PRIME MINISTER HAUGSBAKK-MENSAH: Welcome to Tromvik, Mr President. It is the first visit by a president of Castelbruna in eleven years, and it is overdue. We have agreed today on three things: a direct ferry line between Tromvik and Porto Salvi from next spring, a joint fund of 40 million euros for offshore wind research, and an annual meeting of our two governments. Our trade grew by a quarter last year, and I believe it can double by 2045.

PRESIDENT ILUNGA-VESTRI: It is a pleasure to be here, and thank you for the snow, which we do not have at home. Castelbruna and Norvania are small countries on the edges of Europe, and we have learned that we are stronger when we speak together in Brussels. I told the Prime Minister this morning that Castelbruna will support Norvania's candidacy for the Security Council in 2041. We also discussed fisheries, where we do not yet agree, and we will go on discussing them.

MODERATOR: The first question, from Norvanian television.

QUESTION (Siri Takahashi-Berg, NRV): A question for both of you. The fisheries minister of Castelbruna said on Sunday that Norvanian trawlers were "emptying" the Salvi Bank. Is there a dispute?

PRIME MINISTER HAUGSBAKK-MENSAH: There is a disagreement about numbers, not a dispute. Our scientists say the stock is stable; theirs say it is falling. We have asked the Northern Fisheries Commission to count the fish, and we will both accept its count.

PRESIDENT ILUNGA-VESTRI: I agree with the Prime Minister. Our minister is a fisherman's son and speaks like one. (laughter) But the count will settle it.

MODERATOR: A question from the Castelbrunese press.

QUESTION (Paolo Drago-Semedo, Il Faro): Mr President, the opposition in Porto Salvi says the Security Council pledge was given without consulting parliament. Did you consult anyone?

PRESIDENT ILUNGA-VESTRI: The constitution gives foreign policy to the president. I consulted the foreign affairs committee in January, and the committee's chairman, Dario Fenn-Akinola, told me then that he saw no objection. I will say it again in parliament next week.

QUESTION (Ola Brekke-Nakamura, Tromvik Dagblad): Prime Minister, your predecessor, Henrik Solberg-Vance, said in 2034 that a ferry to Castelbruna would sail within two years. It never did. Why should people believe you now?

PRIME MINISTER HAUGSBAKK-MENSAH: Because this time the money is in the budget and the ship is being built. The contract was signed in Rostvik last month. You may ride it with me next May.

QUESTION (Lucia Ferrante-Obi, RTC): A question for the Prime Minister, and then for the President. Norvania's farmers' union wrote to you this week that the new trade rules would flood the market with Castelbrunese olive oil. What do you say to them?

PRIME MINISTER HAUGSBAKK-MENSAH: I say that Norvania produces no olive oil. (laughter) The union's real worry is cheese, and the agreement does not touch cheese.

PRESIDENT ILUNGA-VESTRI: I will only add that Castelbrunese cheese is excellent, and I have brought some.

QUESTION (Ingrid Solheim-Adeyemi, Nordlys Radio): A question for the President. The human rights group Open Borders Watch says Castelbruna returned 300 asylum seekers to Tessaly last year in breach of European law. Will that continue?

PRESIDENT ILUNGA-VESTRI: Castelbruna returns people whose claims have been refused by a court, and only then. Open Borders Watch knows this, because we have answered every one of its letters. We will go on applying the law.

PRIME MINISTER HAUGSBAKK-MENSAH: If I may add one thing. Norvania has asked the European Commission to share the burden of the southern countries more fairly, and the President has supported us in that from the first day.

MODERATOR: Thank you. That concludes the press conference.
''',
    s(PM, '', 'Welcome to Tromvik, Mr President.|and I believe it can double by 2045.', '', role=PMR),
    s(PRES, '', 'It is a pleasure to be here|and we will go on discussing them.', '', role=PRR),
    s('The fisheries minister of Castelbruna', 'The fisheries minister of Castelbruna', 'Norvanian trawlers were "emptying" the Salvi Bank', 'said', 'mixed'),
    s(PM, '', 'There is a disagreement about numbers, not a dispute.|and we will both accept its count.', '', role=PMR),
    s(PRES, '', "I agree with the Prime Minister. Our minister is a fisherman's son and speaks like one.", '', role=PRR),
    s(PRES, '', 'But the count will settle it.', '', role=PRR),
    s('the opposition in Porto Salvi', 'the opposition in Porto Salvi', 'the Security Council pledge was given without consulting parliament', 'says'),
    s(PRES, '', 'The constitution gives foreign policy to the president.|I will say it again in parliament next week.', '', role=PRR),
    s('Dario Fenn-Akinola', "the committee's chairman, Dario Fenn-Akinola", 'he saw no objection', 'told', nested=True, via=PRES),
    s('Henrik Solberg-Vance', 'your predecessor, Henrik Solberg-Vance', 'a ferry to Castelbruna would sail within two years', 'said', date='2034'),
    s(PM, '', 'Because this time the money is in the budget|You may ride it with me next May.', '', role=PMR),
    s("Norvania's farmers' union", "Norvania's farmers' union", 'the new trade rules would flood the market with Castelbrunese olive oil', 'wrote'),
    s(PM, '', 'I say that Norvania produces no olive oil.', '', role=PMR),
    s(PM, '', "The union's real worry is cheese, and the agreement does not touch cheese.", '', role=PMR),
    s(PRES, '', 'I will only add that Castelbrunese cheese is excellent, and I have brought some.', '', role=PRR),
    s('Open Borders Watch', 'The human rights group Open Borders Watch', 'Castelbruna returned 300 asylum seekers to Tessaly last year in breach of European law', 'says'),
    s(PRES, '', 'Castelbruna returns people whose claims have been refused by a court|We will go on applying the law.', '', role=PRR),
    s(PM, '', 'If I may add one thing. Norvania has asked the European Commission|from the first day.', '', role=PMR),
)

SPOX = 'Irena Vasquez-Holm'
SR = 'Spokesperson'

doc('bh07-gov-ostmarra-foreign-ministry-briefing', 'Ministry of Foreign Affairs of the Republic of Ostmarra', '2039-04-17', '''
Ministry of Foreign Affairs of the Republic of Ostmarra
Regular press briefing by Spokesperson Irena Vasquez-Holm
17 April 2039

Irena Vasquez-Holm: Good afternoon. I have two announcements. First, Foreign Minister Teodor Brandt-Okafor will visit Lauria and Sennar from 21 to 24 April for talks on the reopening of the border crossings. Second, the Ministry has raised its travel warning for the southern provinces of Tessaly to level three, because of continuing clashes near Dunmar. Citizens already there should register with the embassy. Now your questions.

Question: Reuters. The Tessalian government said this morning that the clashes near Dunmar were "under control." Do you disagree?

Answer: We read the same reports you do, and we see that the fighting has not stopped. Our warning is about the safety of our citizens, not about the Tessalian government's statement.

Follow-up: How many Ostmarran citizens are in the south?

Answer: About 340 are registered with the embassy. There may be more who have not registered.

Question: Sennar Daily. Will the Minister meet the President of Maresta in Sennar?

Answer: The programme is still being prepared. I will inform you when it is final.

Question: Nordisk Rundfunk. The Marestan opposition says the border talks are a cover for a gas deal. Is there a gas deal?

Answer: No. There is no gas deal, and there are no secret talks. Everything the Minister discusses in Sennar will be in the joint statement.

Follow-up: And if Maresta offers one?

Answer: I will not answer hypothetical questions.

Question: Pacific Wire. The Kesselian foreign ministry summoned your ambassador yesterday and accused Ostmarra of interfering in its elections. What is your response?

Answer: Our ambassador went to the ministry, as diplomats do when they are invited. He listened, and he told his hosts that Ostmarra has never interfered in anyone's elections and does not intend to start. We regard the accusation as absurd.

Question: Ostmarra Today. Opposition deputy Karel Novotny-Amsel said in parliament yesterday that the Ministry had known about the clashes for a week before it raised the warning. Is that true?

Answer: The Ministry raised the warning on the day our embassy confirmed the fighting. Before that we had rumours, and we do not issue warnings on rumours.

Question: Kessel Radio. Back to Kessel: did your ambassador deliver a note of protest?

Answer: He delivered nothing. He listened, and he answered.

Question: TASS. There are reports that Ostmarra will expel two Kesselian diplomats. Can you confirm?

Answer: I have nothing to announce today.

Question: Ostmarra Radio. The Minister of Defence told parliament on Tuesday that the army would take part in the Northern Shield exercise in June. Will foreign observers be invited?

Answer: That is a question for the Ministry of Defence. I can only say that Ostmarra informs its neighbours of every exercise, as the Vienna rules require.

Follow-up: One more on Tessaly. Are you evacuating anyone?

Answer: Not at this stage. The embassy has a plan, and it is ready.

Question: Le Courrier Alpin. The International Committee for Refugees said on Monday that 12,000 people had crossed from Tessaly into Ostmarra since March. Does the Ministry confirm that figure?

Answer: The figure is for the Ministry of the Interior to confirm. Our information is that most of them are staying with relatives and that the reception centres are less than half full.

Irena Vasquez-Holm: Thank you. The next briefing is on Thursday at 3 p.m.
''',
    s(SPOX, '', 'Good afternoon. I have two announcements.|Citizens already there should register with the embassy.', '', role=SR),
    s('The Tessalian government', 'The Tessalian government', 'the clashes near Dunmar were "under control."', 'said', 'mixed'),
    s(SPOX, '', 'We read the same reports you do|not about the Tessalian government\'s statement.', '', role=SR),
    s(SPOX, '', 'About 340 are registered with the embassy. There may be more who have not registered.', '', role=SR),
    s('The Marestan opposition', 'The Marestan opposition', 'the border talks are a cover for a gas deal', 'says'),
    s(SPOX, '', 'No. There is no gas deal, and there are no secret talks.|will be in the joint statement.', '', role=SR),
    s('The Kesselian foreign ministry', 'The Kesselian foreign ministry', 'Ostmarra of interfering in its elections', 'accused'),
    s(SPOX, '', 'Our ambassador went to the ministry|We regard the accusation as absurd.', '', role=SR),
    s('Our ambassador', 'he', "Ostmarra has never interfered in anyone's elections and does not intend to start", 'told', nested=True, via=SPOX),
    s('Karel Novotny-Amsel', 'Opposition deputy Karel Novotny-Amsel', 'the Ministry had known about the clashes for a week before it raised the warning', 'said', role='Opposition deputy'),
    s(SPOX, '', 'The Ministry raised the warning on the day our embassy confirmed the fighting.|we do not issue warnings on rumours.', '', role=SR),
    s(SPOX, '', 'He delivered nothing. He listened, and he answered.', '', role=SR),
    s('The Minister of Defence', 'The Minister of Defence', 'the army would take part in the Northern Shield exercise in June', 'told'),
    s(SPOX, '', 'That is a question for the Ministry of Defence.|as the Vienna rules require.', '', role=SR),
    s(SPOX, '', 'Not at this stage. The embassy has a plan, and it is ready.', '', role=SR),
    s('The International Committee for Refugees', 'The International Committee for Refugees', '12,000 people had crossed from Tessaly into Ostmarra since March', 'said'),
    s(SPOX, '', 'The figure is for the Ministry of the Interior to confirm.|the reception centres are less than half full.', '', role=SR),
)

LS = 'Amara Lindholm-Sato'
OM = 'Dmitri Osterhaus-Mbeki'
PAIR = f'{LS} and {OM}'

doc('bh08-gov-kessaria-trade-ministry-readout-veltria', 'Ministry of Trade and Industry of the Republic of Kessaria', '2039-06-02', '''
Ministry of Trade and Industry of the Republic of Kessaria

Readout: Minister Amara Lindholm-Sato holds talks with Veltria's Minister of Economy
Kessel, 2 June 2039

On 2 June, Minister of Trade and Industry Amara Lindholm-Sato held talks in Kessel with the Minister of Economy of the Republic of Veltria, Dmitri Osterhaus-Mbeki, who is in Kessaria on a two-day working visit. The talks were attended by the two countries' ambassadors and by representatives of the customs services.

Minister Lindholm-Sato welcomed her Veltrian counterpart and thanked him for the invitation to the Veltrian Industry Fair in October.

The sides also discussed cooperation in tourism and higher education. The ministers discussed the state of bilateral trade, which reached 1.9 billion euros in 2038, and the implementation of the 2036 agreement on the mutual recognition of certificates.

The parties noted:

- the growth of bilateral trade by 14 percent in 2038, led by machinery and pharmaceuticals;
- the successful launch of the joint customs post at Brenna in March;
- the need to shorten waiting times for lorries at the Ostvik crossing, which still exceed ten hours at peak periods.

Minister Lindholm-Sato informed her counterpart about the progress of Kessaria's rail electrification programme.

She stressed:

- Kessaria is ready to open a second customs lane at Ostvik by the end of the year if Veltria does the same on its side;
- Kessarian pharmaceutical companies continue to face delays of up to eight months in the registration of medicines in Veltria, contrary to the 2036 agreement.

The Veltrian side proposed:

- to set up a joint working group on medicines registration, which would report to the ministers by December;
- to hold the next meeting of the Intergovernmental Commission in Veltria in the first quarter of 2040.

Minister Osterhaus-Mbeki raised the issue of the Kessarian steel quotas, noting that Veltrian exporters had used only 40 percent of their quota in 2038 because of the licensing procedure. He also briefed the Kessarian side on Veltria's plans to privatise its state airline.

In the field of energy, the parties:

- welcomed the completion of the Brenna-Ostvik power interconnector;
- agreed to study a joint solar power auction in 2040;
- expressed interest in cooperation on hydrogen storage in the salt caverns near Ostvik.

Minister Lindholm-Sato also drew attention to the situation of Kessarian hauliers, pointing to fines of up to 2,000 euros imposed at the Veltrian border for minor errors in paperwork. Minister Osterhaus-Mbeki said that the Veltrian customs service would issue new guidance to its border posts by September.

Minister Lindholm-Sato said that Kessaria would review the licensing procedure and expressed hope that the working group on medicines would begin work before the summer.

The sides agreed to continue contacts at the level of deputy ministers and to sign a protocol on the customs lane at the next meeting of the Commission.

The Minister of Economy of Veltria invited Minister Lindholm-Sato to visit Veltria in the autumn. The invitation was accepted with gratitude.

Press service of the Ministry of Trade and Industry
''',
    s(PAIR, 'The parties', 'the growth of bilateral trade by 14 percent in 2038, led by machinery and pharmaceuticals;', 'noted'),
    s(PAIR, 'The parties', 'the successful launch of the joint customs post at Brenna in March;', 'noted'),
    s(PAIR, 'The parties', 'the need to shorten waiting times for lorries at the Ostvik crossing, which still exceed ten hours at peak periods.', 'noted'),
    s(LS, 'She', 'Kessaria is ready to open a second customs lane at Ostvik by the end of the year if Veltria does the same on its side;', 'stressed', role='Minister of Trade and Industry'),
    s(LS, 'She', 'Kessarian pharmaceutical companies continue to face delays of up to eight months in the registration of medicines in Veltria, contrary to the 2036 agreement.', 'stressed', role='Minister of Trade and Industry'),
    s(OM, 'The Veltrian side', 'to set up a joint working group on medicines registration, which would report to the ministers by December;', 'proposed', role='Minister of Economy of the Republic of Veltria'),
    s(OM, 'The Veltrian side', 'to hold the next meeting of the Intergovernmental Commission in Veltria in the first quarter of 2040.', 'proposed', role='Minister of Economy of the Republic of Veltria'),
    s(OM, 'Minister Osterhaus-Mbeki', 'the Kessarian steel quotas, noting that Veltrian exporters had used only 40 percent of their quota in 2038 because of the licensing procedure', 'raised the issue of', role='Minister of Economy of the Republic of Veltria'),
    s(PAIR, 'the parties', 'the completion of the Brenna-Ostvik power interconnector', 'welcomed'),
    s(PAIR, 'the parties', 'to study a joint solar power auction in 2040', 'agreed'),
    s(PAIR, 'the parties', 'cooperation on hydrogen storage in the salt caverns near Ostvik', 'expressed interest in'),
    s(LS, 'Minister Lindholm-Sato', 'the situation of Kessarian hauliers, pointing to fines of up to 2,000 euros imposed at the Veltrian border for minor errors in paperwork', 'drew attention to', role='Minister of Trade and Industry'),
    s(OM, 'Minister Osterhaus-Mbeki', 'the Veltrian customs service would issue new guidance to its border posts by September', 'said', role='Minister of Economy of the Republic of Veltria'),
    s(LS, 'Minister Lindholm-Sato', 'Kessaria would review the licensing procedure', 'said', role='Minister of Trade and Industry'),
    s(LS, 'Minister Lindholm-Sato', 'the working group on medicines would begin work before the summer', 'expressed hope', role='Minister of Trade and Industry'),
    s(PAIR, 'The sides', 'to continue contacts at the level of deputy ministers and to sign a protocol on the customs lane at the next meeting of the Commission', 'agreed'),
)

IG = 'Rosalind Achterberg-Diaz'
IGR = 'Inspector General'
DOH = 'the Department of Highways'

doc('bh09-gov-carrowmore-inspector-general-snow-removal-audit', 'Office of the Inspector General, State of Carrowmore', '2039-09-11', '''
Office of the Inspector General
State of Carrowmore

NEWS RELEASE
For immediate release - 11 September 2039

Inspector General finds Highways Department paid $6.8 million for snow removal that was never done

HALLORAN - Inspector General Rosalind Achterberg-Diaz today released her audit of the Department of Highways' winter maintenance contracts for the 2036-37 and 2037-38 seasons.

The audit found that:

- contractors billed for 4,100 hours of plowing on days when the state's own weather stations recorded no snowfall;
- the Department did not compare GPS records from contractors' trucks with invoices, although the contracts required it to;
- three of the eleven contractors were paid at emergency rates for routine work.

"Snow removal is a public safety service, and I want to be clear that most crews did their jobs in hard conditions," Inspector General Achterberg-Diaz said.

"But the Department paid whatever it was billed. For two winters, nobody checked whether the plows had moved."

The audit recommends, among other things, that the Department recover the overpayments and require GPS data with every invoice.

In its written response, which is included in the report, the Department of Highways accepted five of the six recommendations. It disputed the finding on emergency rates, arguing that the storms of January 2037 had met the contracts' definition of an emergency.

Highways Commissioner Dwayne Okafor-Lindqvist said in the response that the Department had already begun matching GPS data to invoices this season and that "taxpayers should expect every dollar to be accounted for."

The Inspector General did not accept the Department's argument. According to the report, the state climatologist classified only two of the nine storms billed at emergency rates as severe.

The audit also found that the Department's contract manager for the Northern District had approved invoices from a company owned by his brother-in-law without disclosing the relationship. The Department said in its response that the manager retired in March and that it had strengthened its conflict of interest rules.

Asked at a news conference whether anyone at the Department should be fired, Achterberg-Diaz said that was "a question for the Commissioner, not for me."

The Inspector General referred the findings on two contractors to the Attorney General's office for possible criminal investigation.

Attorney General Marisol Keane-Abara said her office had received the referral and would review it. She declined to comment further.

State Senator Harlan Vos-Ibekwe, who chairs the Senate transportation committee, called the findings "a scandal in slow motion" and said he would hold a hearing in October.

The audit covered eleven contracts worth $94 million over two seasons and reviewed more than 26,000 invoices.

The Office of the Inspector General is an independent office that audits and investigates state agencies. The full report, Audit No. 2039-07, is available on its website.

Media contact: Priya Lamontagne-Roux, (555) 014-2210
''',
    s(IG, 'Inspector General', 'Highways Department paid $6.8 million for snow removal that was never done', 'finds', role=IGR),
    s(IG, 'The audit', "contractors billed for 4,100 hours of plowing on days when the state's own weather stations recorded no snowfall;", 'found', role=IGR),
    s(IG, 'The audit', "the Department did not compare GPS records from contractors' trucks with invoices, although the contracts required it to;", 'found', role=IGR),
    s(IG, 'The audit', 'three of the eleven contractors were paid at emergency rates for routine work.', 'found', role=IGR),
    s(IG, 'Inspector General Achterberg-Diaz', '"Snow removal is a public safety service, and I want to be clear that most crews did their jobs in hard conditions,"', 'said', 'direct', role=IGR),
    s(IG, '', '"But the Department paid whatever it was billed. For two winters, nobody checked whether the plows had moved."', '', 'direct', role=IGR),
    s(IG, 'The audit', 'the Department recover the overpayments and require GPS data with every invoice', 'recommends', role=IGR),
    s(DOH, 'the Department of Highways', 'five of the six recommendations', 'accepted'),
    s(DOH, 'It', "the finding on emergency rates, arguing that the storms of January 2037 had met the contracts' definition of an emergency", 'disputed'),
    s('Dwayne Okafor-Lindqvist', 'Highways Commissioner Dwayne Okafor-Lindqvist', 'the Department had already begun matching GPS data to invoices this season and that "taxpayers should expect every dollar to be accounted for."', 'said', 'mixed', role='Highways Commissioner'),
    s(IG, 'the report', 'the state climatologist classified only two of the nine storms billed at emergency rates as severe', 'according to', role=IGR),
    s(IG, 'The audit', "the Department's contract manager for the Northern District had approved invoices from a company owned by his brother-in-law without disclosing the relationship", 'found', role=IGR),
    s(DOH, 'The Department', 'the manager retired in March and that it had strengthened its conflict of interest rules', 'said'),
    s(IG, 'Achterberg-Diaz', 'that was "a question for the Commissioner, not for me."', 'said', 'mixed', role=IGR),
    s('Marisol Keane-Abara', 'Attorney General Marisol Keane-Abara', 'her office had received the referral and would review it', 'said', role='Attorney General'),
    s('Harlan Vos-Ibekwe', 'State Senator Harlan Vos-Ibekwe', 'the findings "a scandal in slow motion"', 'called', 'mixed', role='State Senator'),
    s('Harlan Vos-Ibekwe', 'State Senator Harlan Vos-Ibekwe', 'he would hold a hearing in October', 'said', role='State Senator'),
)

CHAIR = 'Miriam Oduya-Frost'
GM = 'Farid Nakashima-Dore'
TRAF = 'Ravi Castell-Mbeki'
THOR = 'Lena Thorsby'
BRU = 'Stefan Bruckner-Ali'
ALD = 'Kwame Aldana-Reyes'

doc('bh10-gov-port-adley-public-works-committee-minutes', 'City of Port Adley', '2039-05-16', '''
City of Port Adley
Public Works and Transportation Committee
Minutes of Meeting No. 2039-05
Tuesday, May 16, 2039, 6:00 p.m., Council Chamber, City Hall

Present: Councillor Miriam Oduya-Frost (Chair); Councillor Stefan Bruckner-Ali; Councillor Lena Thorsby; Councillor Kwame Aldana-Reyes
Regrets: Mayor Joan Pellerin-Hart (ex officio)
Staff: Farid Nakashima-Dore, General Manager, Public Works; Ravi Castell-Mbeki, Manager, Traffic Operations; Colette Amundsen, City Clerk

1. Call to Order
The Chair called the meeting to order at 6:02 p.m.

2. Adoption of the Agenda
Moved by Councillor Thorsby, seconded by Councillor Aldana-Reyes, that the agenda be adopted as circulated. Carried.

3. Delegations
3.1 Harriet Wenzel-Obi, on behalf of the Eastside Cyclists Association, addressed the committee regarding the proposed protected bicycle lane on Harbour Road. She stated that 14 cyclists had been struck by vehicles on Harbour Road since 2036 and that a painted lane "does not protect anyone." She requested that the committee approve the full separated design rather than the lower-cost option.

3.2 Gordon Achebe-Lindgren, owner of Lindgren Hardware, 412 Harbour Road, addressed the committee on behalf of eleven merchants on the street. He advised that the separated design would remove 38 of the 52 parking spaces in front of their businesses and expressed concern that customers would go to the malls instead.

4. Reports
4.1 Report PW-2039-14: Harbour Road Cycling Improvements
The General Manager presented the report. He advised that the separated design would cost $3.4 million and the painted option $900,000, and that provincial grants would cover up to half of either.

In response to a question from Councillor Thorsby, the Manager, Traffic Operations, advised that traffic counts showed an average of 610 cyclists a day on Harbour Road in the summer of 2038, up from 240 in 2034.

Councillor Bruckner-Ali expressed concern that the report did not consider the effect on delivery vehicles. Councillor Aldana-Reyes asked whether loading zones could be kept on the side streets. The General Manager replied that two loading zones could be moved to Cannery Lane and one to Fisk Street, and that staff would consult the merchants on the locations.

Councillor Thorsby said that residents of the Eastside had told her that their children were not allowed to cycle to school on Harbour Road. She stated that she would support the separated design.

The Chair noted that the committee had received 96 written submissions, of which 71 favoured the separated design.

Moved by Councillor Thorsby, seconded by Councillor Bruckner-Ali:
THAT the committee recommend to Council the separated design for Harbour Road as described in Report PW-2039-14; and
THAT staff report back by September on parking and loading alternatives for the merchants.
In favour: Councillors Oduya-Frost, Bruckner-Ali, Thorsby
Opposed: Councillor Aldana-Reyes
Carried.

4.2 Report PW-2039-16: Winter Sidewalk Clearing, 2038-39 Season
The General Manager presented the report. He advised that sidewalk clearing had cost $1.9 million against a budget of $1.6 million because of the February storms, and that the overrun would be covered from the winter reserve.

Councillor Aldana-Reyes noted that residents of Ward 4 had waited up to five days for sidewalks to be cleared after the storm of February 11. The General Manager acknowledged that the response in Ward 4 had been slow and stated that a second contractor would be added for the coming winter.

Moved by Councillor Aldana-Reyes, seconded by Councillor Thorsby, that Report PW-2039-16 be received for information. Carried.

5. Correspondence
5.1 Letter from Dr. Imogen Kessler-Nwachukwu, Medical Officer of Health, advising that the health unit supports protected cycling infrastructure on arterial roads and that injury data for Harbour Road will be shared with staff.

6. Adjournment
Moved by Councillor Aldana-Reyes that the meeting adjourn at 7:41 p.m. Carried.

Colette Amundsen, City Clerk
''',
    s('Harriet Wenzel-Obi', 'She', '14 cyclists had been struck by vehicles on Harbour Road since 2036 and that a painted lane "does not protect anyone."', 'stated', 'mixed'),
    s('Harriet Wenzel-Obi', 'She', 'the committee approve the full separated design rather than the lower-cost option', 'requested'),
    s('Gordon Achebe-Lindgren', 'He', 'the separated design would remove 38 of the 52 parking spaces in front of their businesses', 'advised', role='owner of Lindgren Hardware'),
    s('Gordon Achebe-Lindgren', 'He', 'customers would go to the malls instead', 'expressed concern', role='owner of Lindgren Hardware'),
    s(GM, 'He', 'the separated design would cost $3.4 million and the painted option $900,000, and that provincial grants would cover up to half of either', 'advised', role='General Manager, Public Works'),
    s(TRAF, 'the Manager, Traffic Operations', 'traffic counts showed an average of 610 cyclists a day on Harbour Road in the summer of 2038, up from 240 in 2034', 'advised', role='Manager, Traffic Operations'),
    s(BRU, 'Councillor Bruckner-Ali', 'the report did not consider the effect on delivery vehicles', 'expressed concern', role='Councillor'),
    s(GM, 'The General Manager', 'two loading zones could be moved to Cannery Lane and one to Fisk Street, and that staff would consult the merchants on the locations', 'replied', role='General Manager, Public Works'),
    s(THOR, 'Councillor Thorsby', 'residents of the Eastside had told her that their children were not allowed to cycle to school on Harbour Road', 'said', role='Councillor'),
    s('residents of the Eastside', 'residents of the Eastside', 'their children were not allowed to cycle to school on Harbour Road', 'told', nested=True, via=THOR),
    s(THOR, 'She', 'she would support the separated design', 'stated', role='Councillor'),
    s(CHAIR, 'The Chair', 'the committee had received 96 written submissions, of which 71 favoured the separated design', 'noted', role='Chair'),
    s(GM, 'He', 'sidewalk clearing had cost $1.9 million against a budget of $1.6 million because of the February storms, and that the overrun would be covered from the winter reserve', 'advised', role='General Manager, Public Works'),
    s(ALD, 'Councillor Aldana-Reyes', 'residents of Ward 4 had waited up to five days for sidewalks to be cleared after the storm of February 11', 'noted', role='Councillor'),
    s(GM, 'The General Manager', 'the response in Ward 4 had been slow', 'acknowledged', role='General Manager, Public Works'),
    s(GM, 'The General Manager', 'a second contractor would be added for the coming winter', 'stated', role='General Manager, Public Works'),
    s('Imogen Kessler-Nwachukwu', 'Letter from Dr. Imogen Kessler-Nwachukwu, Medical Officer of Health', 'the health unit supports protected cycling infrastructure on arterial roads and that injury data for Harbour Road will be shared with staff', 'advising', role='Medical Officer of Health'),
)

NSO = 'the Tamsara National Statistics Office'
VAL = 'Ingrid Valcourt-Asante'
VR = 'National Statistician'

doc('bh11-gov-tamsara-statistics-office-inflation-release', 'Tamsara National Statistics Office', '2039-09-14', '''
Tamsara National Statistics Office

Statistical release: Consumer Price Index, August 2039
Released: 14 September 2039, 09:30

Main points
- Consumer prices rose by 0.4% in August compared with July.
- The annual rate of inflation fell to 5.2% from 5.6% in July, the lowest since March 2037.
- Food prices fell for the second month in a row.

Comment
National Statistician Ingrid Valcourt-Asante said:

"Inflation has now fallen for four months in a row, mainly because food prices, which drove last year's increases, are coming down. Vegetables were 9% cheaper than a year ago.

"But services inflation remains stubborn at 7.1%, with rents and restaurant prices still rising quickly. It is too early to say that the problem is behind us."

Prices by group
Food and non-alcoholic drinks fell by 1.2% on the month. Housing and utilities rose by 0.9%, led by rents, which are now 8.4% higher than a year ago. Transport prices were unchanged, as a rise in airfares offset cheaper fuel.

According to the Office's estimates, households in the lowest fifth of incomes faced annual inflation of 6.3% in August, compared with 4.6% for households in the highest fifth.

Deputy National Statistician Tomasz Aberdeen-Kwarteng said that a new method for measuring used car prices, introduced this month, had lowered the annual rate by 0.1 percentage points, and that the Office would publish the old series alongside the new one until December.

Briefing
At a briefing for journalists, Ms Valcourt-Asante was asked whether the Office had been pressed by the government to delay the July release. She said it had not, and that "no minister sees our figures before 7 a.m. on the day."

Asked about the central bank's forecast that inflation would reach 4% by the end of the year, she said the Office did not make forecasts "and does not comment on anyone else's." She added that the rise in airfares was "largely seasonal" and should reverse in September.

Asked about the Finance Minister's remark last week that the Office's rent figures "overstate the problem," Ms Valcourt-Asante said the Office stood by its methods, which the International Statistical Institute reviewed in 2037.

She also noted that the Office's budget had been cut by 6% this year and warned that the monthly survey of rents might have to become a quarterly one.

Consultation on housing costs
The Office consulted users in 2038 on the treatment of owner-occupiers' housing costs. Most of the 212 respondents said that the costs should be included in the headline index. The Office will publish its decision in December.

About this release
The Consumer Price Index measures the change in the prices of a fixed basket of about 700 goods and services bought by households. Prices are collected in 140 towns in the middle of each month, and the weights are updated every January.

Revisions
No figures for earlier months have been revised.

Next release: Consumer Price Index, September 2039, on 13 October 2039.
Contact: Press Office, press@tamsara-nso.example
''',
    s(VAL, 'National Statistician Ingrid Valcourt-Asante', '"Inflation has now fallen for four months in a row|It is too early to say that the problem is behind us."', 'said', 'direct', role=VR),
    s(NSO, "the Office's estimates", 'households in the lowest fifth of incomes faced annual inflation of 6.3% in August, compared with 4.6% for households in the highest fifth', 'according to'),
    s('Tomasz Aberdeen-Kwarteng', 'Deputy National Statistician Tomasz Aberdeen-Kwarteng', 'a new method for measuring used car prices, introduced this month, had lowered the annual rate by 0.1 percentage points, and that the Office would publish the old series alongside the new one until December', 'said', role='Deputy National Statistician'),
    s(VAL, 'She', 'it had not, and that "no minister sees our figures before 7 a.m. on the day."', 'said', 'mixed', role=VR),
    s("the central bank", "the central bank's forecast", 'inflation would reach 4% by the end of the year', 'forecast'),
    s(VAL, 'she', 'the Office did not make forecasts "and does not comment on anyone else\'s."', 'said', 'mixed', role=VR),
    s(VAL, 'She', 'the rise in airfares was "largely seasonal" and should reverse in September', 'added', 'mixed', role=VR),
    s("the Finance Minister", "the Finance Minister's remark", 'the Office\'s rent figures "overstate the problem,"', 'remark', 'mixed'),
    s(VAL, 'Ms Valcourt-Asante', 'the Office stood by its methods, which the International Statistical Institute reviewed in 2037', 'said', role=VR),
    s(VAL, 'She', "the Office's budget had been cut by 6% this year", 'noted', role=VR),
    s(VAL, 'She', 'the monthly survey of rents might have to become a quarterly one', 'warned', role=VR),
    s('Most of the 212 respondents', 'Most of the 212 respondents', 'the costs should be included in the headline index', 'said'),
)
