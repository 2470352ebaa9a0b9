#!/usr/bin/env python3
"""Builds invented set AB (round 40, "govvar", issue 10): government texts in shapes no earlier set has.

Government texts stay the weakest kind on the first run of every unseen set (S, T, U, W, Y). X (round 39) reworded the
readout, briefing and page shapes of rounds 33-38; AB takes eight shapes none of A-Y has: a foreign ministry's regular
press conference in the Asian style ("Spokesperson Surname:", "Reporter:", "Q:" / "A:" turns), a council of ministers'
conclusions in numbered paragraphs ("The Council notes / underlines / calls on"), a prime minister's office press release
quoting two ministers, a state news agency relaying a ministry's statement "posted on its website", a regional
governor's post on a messaging channel scraped with its noise (reactions, views, readers' comments, similar posts), a
parliamentary committee's hearing summary (chair, witnesses, "told the committee", "Asked by ..., X replied"), an
embassy's statement on a consular incident, and a telephone conversation of two heads of state "at the initiative of"
one of them. Invented names and states; every statement annotated by GUIDELINES.md and the settled conventions.

    python3 ingest-service/tools/invented/build_ab.py     # writes src/test/resources/eval/invented_ab_gold.jsonl

Decided here where the conventions are silent: an "A:" turn after "Q:" is the heading's spokesperson's, as an unlabelled
"Answer:" (round 37); a "Reporter:" turn is a question, its premise with a source a statement (X's G); a council's
numbered conclusion is the council's statement, "The Council will review" (a plan of its own, no cue) none; a governor's
first-person post is one statement of its author (as a "Press statement by" page, round 39), the words it reports of an
official nested in it; a reader's comment and a channel's furniture are none; an embassy's statement page speaks sentence
by sentence where it names its maker (f04's shape), its narration of the incident none.
"""
import sys

from invented_common import doc_spans as doc, s, write

SPOX = 'Foreign Ministry Spokesperson'
SPOX_NAME = 'Ren Castellow-Ahn'

doc('ab01-gov-asian-briefing-reporter-turns', 'Ministry of Foreign Affairs of Tessamar', '2029-03-09', '''
Foreign Ministry Spokesperson Ren Castellow-Ahn's Regular Press Conference on March 9, 2029

Spokesperson Castellow-Ahn: At the invitation of Foreign Minister Tobias Wenhai-Lindqvist, Foreign Minister of the Republic of Perulia Adaeze Montclair-Hoang will pay an official visit to Tessamar from March 12 to 14. During the visit, the two foreign ministers will co-chair the third round of the strategic dialogue between the two countries.

Reporter: Could you share more details on what Tessamar expects from the strategic dialogue?

Spokesperson Castellow-Ahn: Tessamar and Perulia are comprehensive strategic partners. We hope the dialogue will deliver new outcomes in green energy, customs facilitation and exchanges between young people.

Q: The defence ministry of Orbelia said on Monday that Tessamarian coast guard vessels had entered its territorial waters near the Kessin reefs. What is your response?

A: The Kessin reefs have always been part of Tessamar's territory. The patrol was a routine law-enforcement activity in our own waters, and we urge the Orbelian side to stop hyping the matter.

Reporter: According to media reports, the Perulian parliament will vote next week on a bill restricting foreign investment in ports. Will this affect the visit?

Spokesperson Castellow-Ahn: I would refer you to the competent authorities for the specifics. What I can tell you is that the visit is going ahead as planned.

Reporter: The Orbelian prime minister told a news conference yesterday that his government would not accept mediation by third countries. How does Tessamar view this?

Spokesperson Castellow-Ahn: We have noted the relevant remarks. Tessamar's position on the Kessin reefs is consistent and clear.

Q: Will the two sides sign a new agreement on fisheries?

A: I have no information to release at the moment. Please stay tuned.
''',
    s(SPOX_NAME, 'Spokesperson Castellow-Ahn', 'At the invitation of Foreign Minister Tobias Wenhai-Lindqvist|between the two countries.', '', role=SPOX),
    s(SPOX_NAME, 'Spokesperson Castellow-Ahn', 'Tessamar and Perulia are comprehensive strategic partners.|exchanges between young people.', '', role=SPOX),
    s('The defence ministry of Orbelia', 'The defence ministry of Orbelia', 'Tessamarian coast guard vessels had entered its territorial waters near the Kessin reefs', 'said'),
    s(SPOX_NAME, '', "The Kessin reefs have always been part of Tessamar's territory.|to stop hyping the matter.", '', role=SPOX),
    s('media reports', 'media reports', 'the Perulian parliament will vote next week on a bill restricting foreign investment in ports', 'According to'),
    s(SPOX_NAME, 'Spokesperson Castellow-Ahn', 'I would refer you to the competent authorities|going ahead as planned.', '', role=SPOX),
    s('The Orbelian prime minister', 'The Orbelian prime minister', 'his government would not accept mediation by third countries', 'told'),
    s(SPOX_NAME, 'Spokesperson Castellow-Ahn', "We have noted the relevant remarks.|is consistent and clear.", '', role=SPOX),
)

COUNCIL = 'Council of Ministers of the Aldermark Union'

doc('ab02-gov-council-conclusions-numbered', 'Council of Ministers of the Aldermark Union', '2029-02-17', '''
Council of Ministers of the Aldermark Union: Conclusions on maritime security in the Vessel Sea

Kalvio, 17 February 2029

1. The Council notes with concern the increase in attacks on merchant shipping in the Vessel Sea since October 2028, which have disrupted up to a fifth of the Union's grain exports.

2. The Council underlines that freedom of navigation is a cornerstone of the Union's security and prosperity.

3. The Council calls on all states bordering the Vessel Sea to cooperate with the Union's naval mission and to share information on suspicious vessels.

4. The Council welcomes the decision of the Republic of Sorrano to host a regional information-sharing centre in Port Lanne.

5. The Council reaffirms its readiness to use all instruments at its disposal, including restrictive measures, against those responsible for the attacks.

6. The Council stresses the need to extend the mandate of the naval mission beyond May 2029.

7. The Council recalls that the Union adopted its Maritime Security Strategy in 2025.

8. The Council expresses its full support for the work of the Special Envoy for the Vessel Sea.

9. The Council will review the situation at its meeting in June.
''',
    s(COUNCIL, 'The Council', "the increase in attacks on merchant shipping|of the Union's grain exports", 'notes with concern'),
    s(COUNCIL, 'The Council', "freedom of navigation is a cornerstone of the Union's security and prosperity", 'underlines'),
    s(COUNCIL, 'The Council', 'all states bordering the Vessel Sea to cooperate|information on suspicious vessels', 'calls on'),
    s(COUNCIL, 'The Council', 'the decision of the Republic of Sorrano to host a regional information-sharing centre in Port Lanne', 'welcomes'),
    s(COUNCIL, 'The Council', 'its readiness to use all instruments at its disposal|those responsible for the attacks', 'reaffirms'),
    s(COUNCIL, 'The Council', 'the need to extend the mandate of the naval mission beyond May 2029', 'stresses'),
    s(COUNCIL, 'The Council', 'the Union adopted its Maritime Security Strategy in 2025', 'recalls'),
    s(COUNCIL, 'The Council', 'its full support for the work of the Special Envoy for the Vessel Sea', 'expresses'),
)

PM = 'Oskar Lindenmaier-Adu'
HEALTH = 'Pernille Oduya-Castaneda'
FIN = 'Ruben Halvorsen-Mbeki'

doc('ab03-gov-pm-office-release-two-ministers', "Prime Minister's Office of the Republic of Vintara", '2029-03-20', '''
Prime Minister's Office of the Republic of Vintara

Press release

Government approves plan to cut hospital waiting lists

20 March 2029

The Government today approved a two-year plan to halve waiting times for planned surgery, Prime Minister Oskar Lindenmaier-Adu announced after the weekly Cabinet meeting.

"No one in Vintara should wait a year for a new hip. This plan puts an end to that," the Prime Minister said.

Under the plan, the state will pay private clinics to carry out up to 40,000 operations a year until the backlog is cleared.

Minister of Health Pernille Oduya-Castaneda said the ministry would publish waiting times for every hospital each month from July. "Patients have a right to know where they will be treated fastest," she added.

Minister of Finance Ruben Halvorsen-Mbeki said the plan would cost 310 million crowns over two years and would be funded from the reserve set aside in this year's budget. "We are not raising taxes to pay for it," the minister stressed.

Asked whether the plan would outlast the next election, Lindenmaier-Adu said the money was already in the budget.

Opposition health spokesperson Ines Varkoni-Lee said the plan was a gift to private clinics.

For further information: Press Secretary to the Prime Minister, Karin Ost-Abiodun, tel. +376 555 0194
''',
    s(PM, 'Prime Minister Oskar Lindenmaier-Adu', 'The Government today approved a two-year plan to halve waiting times for planned surgery', 'announced', role='Prime Minister'),
    s(PM, 'the Prime Minister', '"No one in Vintara should wait a year for a new hip. This plan puts an end to that,"', 'said', 'direct', role='Prime Minister'),
    s(HEALTH, 'Minister of Health Pernille Oduya-Castaneda', 'the ministry would publish waiting times for every hospital each month from July', 'said', role='Minister of Health'),
    s(HEALTH, 'she', '"Patients have a right to know where they will be treated fastest,"', 'added', 'direct', role='Minister of Health'),
    s(FIN, 'Minister of Finance Ruben Halvorsen-Mbeki', "the plan would cost 310 million crowns over two years|in this year's budget", 'said', role='Minister of Finance'),
    s(FIN, 'the minister', '"We are not raising taxes to pay for it,"', 'stressed', 'direct', role='Minister of Finance'),
    s(PM, 'Lindenmaier-Adu', 'the money was already in the budget', 'said', role='Prime Minister'),
    s('Ines Varkoni-Lee', 'Opposition health spokesperson Ines Varkoni-Lee', 'the plan was a gift to private clinics', 'said', role='Opposition health spokesperson'),
)

MIN_AG = 'Ministry of Agriculture and Food'

doc('ab04-gov-state-agency-ministry-website-statement', 'SNA', '2029-04-02', '''
Ministry says grain corridor talks with Kandomar to resume next week

DRELSK, April 2 (SNA) - Talks with Kandomar on reopening the northern grain corridor will resume in Varnsk next week, the Ministry of Agriculture and Food said in a statement posted on its website on Tuesday.

The ministry said the Kandomari side had agreed to discuss the removal of the inspection fees introduced in January. Exporters say the fees have added up to 9 dollars to the cost of every tonne.

"The Drelskian side expects concrete decisions, not another exchange of letters," the statement said.

According to the ministry, grain exports through the corridor fell by 37 percent in the first quarter compared with the same period last year.

First Deputy Minister Vadim Orlanski-Pereira will lead the delegation, the ministry added.

A source in the ministry, who asked not to be named, said the delegation would also raise the return of 40 wagons held at the border since March.

Kandomar's Ministry of Trade has not commented on the statement. Last month, its spokesman, Ferit Aksoylu-Grant, told reporters that the fees complied with the bilateral transit agreement.

SNA
''',
    s(MIN_AG, 'Ministry', 'grain corridor talks with Kandomar to resume next week', 'says'),
    s(MIN_AG, 'the Ministry of Agriculture and Food', 'Talks with Kandomar on reopening the northern grain corridor will resume in Varnsk next week', 'said'),
    s(MIN_AG, 'The ministry', 'the Kandomari side had agreed to discuss the removal of the inspection fees introduced in January', 'said'),
    s('Exporters', 'Exporters', 'the fees have added up to 9 dollars to the cost of every tonne', 'say'),
    s(MIN_AG, 'the statement', '"The Drelskian side expects concrete decisions, not another exchange of letters,"', 'said', 'direct'),
    s(MIN_AG, 'the ministry', 'grain exports through the corridor fell by 37 percent|the same period last year', 'According to'),
    s(MIN_AG, 'the ministry', 'First Deputy Minister Vadim Orlanski-Pereira will lead the delegation', 'added'),
    s('A source in the ministry', 'A source in the ministry', 'the delegation would also raise the return of 40 wagons held at the border since March', 'said'),
    s('Ferit Aksoylu-Grant', 'its spokesman, Ferit Aksoylu-Grant', 'the fees complied with the bilateral transit agreement', 'told', role='spokesman'),
)

GOV = 'Aleksandra Verhoeven-Kasimova'

doc('ab05-gov-governor-channel-post-scraped', 'Governor of Ulmsk Oblast (messaging channel)', '2029-01-11', '''
Governor of Ulmsk Oblast | Official channel

📌 Pinned message

Aleksandra Verhoeven-Kasimova
Governor of Ulmsk Oblast
14:32 · 11 Jan 2029

Tonight the temperature in Kovrino dropped to minus 34, and a pipe burst at the district boiler house at about 3 a.m. 212 apartment buildings were left without heat.

Repair crews have been working since the morning. The head of the regional housing department, Stepan Mirokhin-Adeyemi, has reported to me that heat will be restored to all buildings by 18:00.

I have instructed the district administration to open two warming centres, at School No. 4 and at the sports palace. Buses will take everyone who needs it there free of charge.

I have asked the prosecutor's office to check why the boiler house was not repaired in the summer, as the contract required. Those responsible will answer for it.

👍 1.2K  😡 318  💬 477  ↗ Share

Views: 48,911

Comments

Marina K.: When will the heat come back on Lenina street? Nobody answers the phone at the housing office

Subscribe to the channel so you don't miss important news

Similar posts

Governor Verhoeven-Kasimova: new school in Kovrino will open on 1 September
''',
    s(GOV, 'Aleksandra Verhoeven-Kasimova', 'Tonight the temperature in Kovrino dropped|Those responsible will answer for it.', '', role='Governor of Ulmsk Oblast'),
    s('Stepan Mirokhin-Adeyemi', 'The head of the regional housing department, Stepan Mirokhin-Adeyemi', 'heat will be restored to all buildings by 18:00', 'has reported',
      role='head of the regional housing department', nested=True, via=GOV),
    s(GOV, 'Governor Verhoeven-Kasimova', 'new school in Kovrino will open on 1 September', '', role='Governor', region='related'),
)

CHAIR = 'Helga Brannstrom-Okoye'
MIN_T = 'Julian Acheson-Ravel'
CEO = 'Doreen Falk-Mutasa'
INSP = 'Tomasz Wielgosz-Hart'

doc('ab06-gov-committee-hearing-summary', 'Standing Committee on Transport and Infrastructure', '2029-05-05', '''
Standing Committee on Transport and Infrastructure

Hearing summary: Rail safety after the Merrow Junction derailment

Ottery, 5 May 2029

The Committee, chaired by Deputy Helga Brannstrom-Okoye, heard evidence from the Minister of Transport, Julian Acheson-Ravel, the chief executive of National Rail Infrastructure, Doreen Falk-Mutasa, and the chief inspector of the Rail Accident Investigation Board, Tomasz Wielgosz-Hart.

Opening the hearing, the Chair said the committee wanted to establish whether the derailment of 14 March could have been prevented.

The Minister told the committee that the government had ordered an inspection of all 1,400 kilometres of track built before 1980. He said the results would be published in full by the end of June.

Ms Falk-Mutasa acknowledged that a defect in the rail at Merrow Junction had been recorded in January but not repaired. She told members that maintenance crews were short of 300 staff.

The chief inspector said his board's interim report had found that the rail broke under a loaded freight train travelling within the speed limit.

Asked by Deputy Rasmus Olafsen-Nwosu whether the company had cut its maintenance budget, Ms Falk-Mutasa replied that spending had risen in each of the last three years.

In written evidence, the Railway Workers' Union said that inspection intervals on freight lines had been lengthened from three months to six in 2026.

The Chair thanked the witnesses. The Committee will publish its report in the autumn.
''',
    s(CHAIR, 'the Chair', 'the committee wanted to establish whether the derailment of 14 March could have been prevented', 'said', role='Chair'),
    s(MIN_T, 'The Minister', 'the government had ordered an inspection of all 1,400 kilometres of track built before 1980', 'told', role='Minister of Transport'),
    s(MIN_T, 'He', 'the results would be published in full by the end of June', 'said', role='Minister of Transport'),
    s(CEO, 'Ms Falk-Mutasa', 'a defect in the rail at Merrow Junction had been recorded in January but not repaired', 'acknowledged',
      role='chief executive of National Rail Infrastructure'),
    s(CEO, 'She', 'maintenance crews were short of 300 staff', 'told', role='chief executive of National Rail Infrastructure'),
    s(INSP, 'The chief inspector', "his board's interim report had found that the rail broke|within the speed limit", 'said',
      role='chief inspector of the Rail Accident Investigation Board'),
    s("the Railway Workers' Union", "the Railway Workers' Union", 'inspection intervals on freight lines had been lengthened from three months to six in 2026', 'said'),
    s(CEO, 'Ms Falk-Mutasa', 'spending had risen in each of the last three years', 'replied', role='chief executive of National Rail Infrastructure'),
)

EMB = 'Embassy of the Republic of Serethia in the Kingdom of Halvoria'

doc('ab07-gov-embassy-statement-consular-detention', 'Embassy of the Republic of Serethia in the Kingdom of Halvoria', '2029-05-25', '''
Embassy of the Republic of Serethia in the Kingdom of Halvoria

Statement of the Embassy regarding the detention of Serethian citizens at Brennmark airport

On 22 May 2029, four citizens of Serethia, among them two minors, were detained by the border police at Brennmark airport and held for more than 30 hours without access to a consular officer.

The Embassy considers that the actions of the Halvorian authorities grossly violated Article 36 of the Vienna Convention on Consular Relations.

A note of protest was delivered to the Ministry of Foreign Affairs of Halvoria on 23 May. The Embassy demands that the detained citizens be released without delay and that consular officers be given immediate access to them.

Consul Mariska Delvaux-Oyelaran, who visited the airport on Thursday, said the citizens had been held in a room without windows and had not been given food for the first twelve hours.

The consul noted that one of the minors has diabetes and had been denied access to his medication.

The Embassy advises Serethian citizens planning to travel to Halvoria to carry printed copies of their hotel bookings and return tickets.

In case of emergency, citizens may contact the Embassy's duty line: +44 20 7946 0312.

The Halvorian border police said in a brief statement that the four had been held because of "irregularities in their travel documents".
''',
    s(EMB, 'The Embassy', 'the actions of the Halvorian authorities grossly violated Article 36 of the Vienna Convention on Consular Relations', 'considers'),
    s(EMB, 'The Embassy', 'the detained citizens be released without delay and that consular officers be given immediate access to them', 'demands'),
    s('Mariska Delvaux-Oyelaran', 'Consul Mariska Delvaux-Oyelaran', 'the citizens had been held in a room without windows|for the first twelve hours', 'said', role='Consul'),
    s('Mariska Delvaux-Oyelaran', 'The consul', 'one of the minors has diabetes and had been denied access to his medication', 'noted', role='Consul'),
    s(EMB, 'The Embassy', 'Serethian citizens planning to travel to Halvoria|hotel bookings and return tickets', 'advises'),
    s('The Halvorian border police', 'The Halvorian border police', 'the four had been held because of "irregularities in their travel documents"', 'said', 'mixed'),
)

PRES_K = 'Emre Talvaszi-Okonjo'
PRES_O = 'Lucienne Marchetti-Dlamini'
PAIR = PRES_K + ' and ' + PRES_O

doc('ab08-gov-heads-of-state-call-initiative', 'Office of the President of the Republic of Kandomar', '2029-06-03', '''
Telephone conversation between the President of Kandomar and the President of Orbelia

3 June 2029 | 17:40

At the initiative of the Orbelian side, President of the Republic of Kandomar Emre Talvaszi-Okonjo had a telephone conversation with President of Orbelia Lucienne Marchetti-Dlamini.

Lucienne Marchetti-Dlamini expressed condolences over the victims of the floods in the south of Kandomar and offered to send rescue teams.

The President of Kandomar thanked his interlocutor for the solidarity and said the situation in the affected districts was stabilising.

The two heads of state discussed the preparation of the agreement on the joint use of the Aras hydropower cascade. The Orbelian leader noted that the technical work on the text was almost complete.

Both Presidents underlined the importance of keeping the Aras border crossing open for freight traffic.

The Orbelian side stressed that the new customs terminal at Yedigol would be ready by October.

The Kandomari side confirmed that it would take part in the regional summit in Orbelia at the highest level.

Emre Talvaszi-Okonjo and Lucienne Marchetti-Dlamini agreed to instruct their governments to hold the next meeting of the intergovernmental commission in Kandomar in July.

The conversation was held in a constructive and friendly atmosphere.
''',
    s(PRES_K, 'The President of Kandomar', 'the situation in the affected districts was stabilising', 'said', role='President of the Republic of Kandomar'),
    s(PRES_O, 'The Orbelian leader', 'the technical work on the text was almost complete', 'noted', role='President of Orbelia'),
    s(PAIR, 'Both Presidents', 'the importance of keeping the Aras border crossing open for freight traffic', 'underlined'),
    s(PRES_O, 'The Orbelian side', 'the new customs terminal at Yedigol would be ready by October', 'stressed', role='President of Orbelia'),
    s(PRES_K, 'The Kandomari side', 'it would take part in the regional summit in Orbelia at the highest level', 'confirmed', role='President of the Republic of Kandomar'),
    s(PAIR, PAIR, 'to instruct their governments|in Kandomar in July', 'agreed'),
)


if __name__ == '__main__':
    write('invented_ab_gold.jsonl', per_document='-v' in sys.argv)
