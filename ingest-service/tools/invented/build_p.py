#!/usr/bin/env python3
"""Builds invented set P: North American newspaper articles, wire stories and government texts, the three held-out
kinds, weighted towards the newspapers, written unseen in session 33 by "writer" (issues 9 and 10).

Seven newspaper articles: a governor's veto in state politics (a "..., governor says; sponsor calls it '...'" deck,
"calling it", "wrote" in a letter, "called the veto" and "said" after one mention, "declined to say", "The two leaders
met ..., according to two lawmakers who attended the meeting and spoke on condition of anonymity", "Several of those
legislators have said", "praised the veto", "has estimated", a follow-on quote after a pronoun); a manslaughter trial
("Prosecutors say ...; defense says ..." deck, "a prosecutor told jurors" before she is named, "painted a different
picture", "According to court documents, the electrician ... told investigators" with the nested telling, "testified",
"Under cross-examination, she agreed that ..., but said", a widow who "did not want to discuss", "has called for", a
police chief who "told the Tribune last year"); a health study (a "..., study finds" headline, "Researchers say ...; health officials say ..." deck,
"according to a study published Tuesday", "It found", "the study says", a doctor "who was not involved in the study"
who "called the results", "They tell me" nested, "A 2024 report by the provincial auditor found", "said, however,",
"its authors acknowledge", "according to figures from the Office of the Chief Coroner"); airline results with analysts
("CEO says" deck, "reported a ... loss" as narration, "told analysts on a conference call", "would not give a figure,
citing confidentiality", "The company now expects", "said ... and raised his rating ..., arguing that", a union and its
spokesperson); a hockey game (a "coach says" deck, quotes with "grinning" after the cue, "the captain", "His linemate",
"Asked whether ..., he said:", "declined to speak to reporters"); a long feature of many voices (a worker quoted across
other people's paragraphs, "The two sisters said", "Rita said. Dana, the older of the two, was blunter. She said", a
diner owner's interrupted "About a third ..., she said, came from ...", a mayor, a retiree, "sees it differently. He
said", a spokesperson by email, "said its curator"); a scraped city-hall page (skip link, menus, breadcrumbs, "Listen to
this article", a deck with two "says", a photo caption, "Advertisement", "READ MORE:" teasers, "Share this story",
readers' comments, "Trending now" teasers, a newsletter box, footer).

Five wire stories: a GLOBAL MARKETS wrap (bulleted summary lines, "the national statistics agency said, down from ...",
"according to money market pricing", strategists and economists, "said last week", "Analysts said", "adding that" after
a quote); a border clash with officials of several countries ("officials on both sides said", "each government accused
the other", a defence ministry and its spokesman, "Kelbrin gave a different account. Its foreign ministry said",
"Residents ... reached by telephone said", a mediating minister's "Both ministers told me" nested, an anonymous "senior
... official, speaking on condition of anonymity", "in a post on social media, accused", "The United Nations called for
restraint" and the Secretary-General's nested plea in the spokeswoman's quote, "The European Union said ... and called
on the sides"); a foreign-ministry spokesperson's briefing answers ("..., spokesperson says" headline, "Speaking at a
regular press briefing", "she said, adding that", "When asked whether", "According to Kaldmari media reports", "In
response to a question about a report by ... that" (no statement of the report), "confirmed that", "Asked to comment
on", "On the humanitarian situation ..., the spokesperson said", a ministry's "which called the detentions" nested); an
election (a "PM concedes defeat" headline, "official results showed", "the Central Electoral Commission said, with all
ballots counted", "congratulated his rival ... and said", "polls showed", "claimed without evidence that", "rejected the
claim", "An observer mission ... said ..., though it noted", "Zelvara also welcomed the result", "A senior ... official,
who asked not to be named", "the official", "Asked by AGP whether ..., she said:"); a mine strike ("the company and the
union said", "told Orvex", "according to the company's annual report", an interrupted "A strike of two weeks or more,
she said, could ...", "Two people familiar with the talks" and "One of the people", "said it was ... and urged",
"declined to say whether", "told investors in January", "Analysts at Osgood Bank said in a note").

Four government texts: a presidents' telephone call ("The two leaders discussed", "noted that ... and stressed that",
"informed the President about" (none), "According to Evert Brennholt", "She emphasised", "The head of the Doravian
government thanked", "The interlocutors exchanged views", "stressed the need ... and proposed", "supported the
proposal", "expressed concern over", "In his opinion", "The two leaders agreed that", "invited", "The sides agreed");
a joint statement of two foreign ministers (numbered paragraphs: "The Ministers reaffirmed", "noted with satisfaction
that ... and agreed to", "The sides agreed", "welcomed", "The Zelvaran side reaffirmed its support", "expressed its
gratitude", "Both Ministers expressed deep concern ... and called on", "informed ... about" (none), "confirmed its
participation", a president's "said that ... and asked the Minister to convey his greetings"); a ministry spokesperson's
briefing transcript in "Question:"/"Answer:" turns (a named opening turn of two paragraphs after "Good afternoon.",
question premises "Kaldmar's defence ministry says", "The Doravian Prime Minister said last week", "There are reports
that" (none), "Opposition deputies say", answers with a self-correction and "As the President said then" nested, a
courtesy-only exchange at the end); a cabinet meeting on the heating season ("Opening the meeting, the Prime Minister
said", "reported", "According to the Minister", "The head of the Ministry of Energy warned", "informed the Government
that", "She proposed", "The proposal was approved", "added that", "noted", "The Minister said", dashed instructions
after "the Prime Minister instructed:", "asked ministers to report", a closing quote).

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md, the PREAMBLE's settled decisions and the
conventions of sets N and O, and committed before the extractor first ran on the texts; names of people, places and
bodies checked with grep against sets A-O and the seeds. Decided here: a group mention whose members the document names
("The two leaders", "The sides", "The Ministers", "Both Ministers", "The two sisters", "Both ministers" in a quote)
resolves to their names joined by " and " in the order the document first names them (the joint statement's
"Beatriz Ocampo-Lindgren and Radu Esterhazy-Lam": its first sentence names her first); one side of a joint statement
("The Zelvaran side") is that side's minister; "the company and the union said" is "Meridane Resources and the union"
(the union has no name); an unnamed group stays as its mention ("officials on both sides", "each government",
"Several of those legislators", "Residents of Assim", "Analysts", "Two people familiar with the talks"); a deck's
plural description ("Prosecutors say", "Researchers say", "health officials say") is, as set O's "union says", the
person who says it in the story; a deck's "calls it '...'" is the sponsor's, as "described ... as" gives the quoted
phrase; a document named with its maker speaks for the maker ("A 2024 report by the provincial auditor", "the
company's annual report", "figures from the Office of the Chief Coroner"), data and polls with no maker speak as
themselves ("money market pricing", "official results", "polls showed"); "accused X of Y" gives "X of Y" (as sets A-O);
"asked ministers to report" is a plea; "citing NP" ("citing falling demand", "citing confidentiality"), "praised the
veto", "welcomed the opening/the result", "congratulated", "rejected the claim", "offered to host talks", "thanked",
"supported the proposal", "informed ... about NP", "invited", "declined to say/name/speak", "did not respond" and "would
not give a figure" are none (acts, courtesies or refusals); "There are reports that" and a question's "a report by ...
that" are none (no speaker; set O's "Asked about media reports that" likewise); "announced it would close the mill" is
a statement (a clause), "announced the deal" was none in O; an answer that only refuses ("I will not speculate about
measures. We will study the answer first.") is still the answerer's statement; the narrator's adjunct after the cue
(", down from 2.6% in April", ", with all ballots counted", ", grinning", ", his lunch cooler still in his hand") is no
part of the content; statements reported inside another's ("the electrician ... told investigators" inside court
documents, "They tell me", "Both ministers told me", "The Secretary-General urges", "which called the detentions",
"As the President said then") are nested.

Corrected after the first run (a separate commit; the first run is reported on both versions): four nested statements
the annotation had missed by its own conventions, each reported inside another's statement: p08's "Gulvaran's energy
ministry said it had agreed with its neighbours to raise output" gains the ministry's nested agreement (as set O's o03
"said at the time that the two countries had agreed to"); p10's headline "Zelvara urges Kaldmar to release ...,
spokesperson says" and lede "Zelvara has asked Kaldmar to release ..., ... spokesperson ... said" gain Zelvara's nested
pleas (a plea is a statement; "asked ministers to report" is one in p16); p13's "According to Evert Brennholt, more
than forty states and international organisations have already confirmed their participation" gains their nested
confirmation (as p14's "The Zelvaran side confirmed its participation", a statement). Nested statements are optional
in scoring, so these edits only turn predictions that were counted false into matched optional ones.

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "praised the veto", "has pleaded not guilty to ...", "rejected the
claim", "welcomed the result", "supported the proposal" and "welcomed the opening of ..." are statements.

Amended in session 37 (issue 9, the thirty-fifth round's convention: ", citing X" after a verb or an act is a statement
of its own, the act's subject its speaker, content X; this supersedes any contrary line above): "would not give a figure,
citing confidentiality" and "announced it would close the mill, citing falling demand ..." gain their statements.
The same session, set S's convention on a position verb with a bare noun object ("conceded defeat", "blamed
management"): p11's headline "PM concedes defeat" and "Prime Minister Halvard Munthe-Berg conceded defeat." gain their
statements (content "defeat").

usage: python3 ingest-service/tools/invented/build_p.py  (writes src/test/resources/eval/invented_p_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write

doc('p01-fenmore-voucher-veto', 'The Fenmore Courier-Journal', '2026-05-16', '''
Pruitt-Okoye vetoes school voucher bill, setting up override fight

Veto protects ‘the schools 9 in 10 children attend,’ governor says; sponsor calls it ‘a gift to the status quo’

By Howard Lindqvist-Amos
Capitol Bureau

FENMORE — Gov. Rosamund Pruitt-Okoye on Friday vetoed a bill that would have given families up to $7,500 a year in state money for private school tuition, calling it “a blank check with no accountability” and setting up a showdown with Republican leaders in the Legislature.

The veto had been expected for weeks. In a letter to lawmakers, the governor wrote that the program would cost the state $410 million in its first three years and “drain money from the public schools that 9 in 10 of our children attend.”

Senate Majority Leader Arlo Vandermeer, a Republican from Castine who sponsored the bill, called the veto “a gift to the status quo” and said he would schedule an override vote when the Legislature returns on Tuesday.

“Parents in this state are tired of being told to wait,” Vandermeer said at a news conference in the Capitol rotunda. “We are not going to make them wait another year.”

An override requires a three-fifths majority in both chambers. The bill passed the Senate 31-19 and the House 58-42, a few votes short of that margin in the House.

House Speaker Marisa Quintanilla-Root, a Republican, said she was “confident but not certain” that she could find the additional votes. She declined to say which Democrats she was talking to.

The two leaders met privately with rural Republicans on Thursday, according to two lawmakers who attended the meeting and spoke on condition of anonymity because it was private. Several of those legislators have said their districts have few or no private schools.

Rep. Tobias Wrenfield, a Republican from the farming town of Pell's Hollow, was one of three Republicans who voted against the bill in April. He said Friday that he had not changed his mind.

“The nearest private school is 40 miles from my house,” he said. “My constituents would be paying for a program they cannot use.”

The state teachers union, the Merrivale Education Association, praised the veto. Its president, Gwen Adebayo-Strand, said the union would run radio ads in the districts of wavering lawmakers over the weekend.

The nonpartisan Legislative Fiscal Office has estimated that about 14,000 students would use the vouchers in the first year, most of whom already attend private schools. The governor’s office cited that estimate repeatedly on Friday.

Asked whether the veto would hurt her with independent voters ahead of next year’s election, Pruitt-Okoye told reporters that she “was not elected to count votes.”

“I was elected to run the schools that most kids go to,” she said.

Republicans have made school choice a centerpiece of their campaign to win the governor’s office next year. State Sen. Colette Wintermere, who is considering a run, said in a statement that the veto showed the governor was “more loyal to the union than to parents.”
''',
    s('Rosamund Pruitt-Okoye', 'governor', 'Veto protects ‘the schools 9 in 10 children attend,’', 'says', 'mixed', role='Gov.'),
    s('Arlo Vandermeer', 'sponsor', '‘a gift to the status quo’', 'calls', 'direct', role='Senate Majority Leader'),
    s('Rosamund Pruitt-Okoye', 'Gov. Rosamund Pruitt-Okoye', '“a blank check with no accountability”', 'calling', 'direct', role='Gov.'),
    s('Rosamund Pruitt-Okoye', 'the governor', 'the program would cost the state $410 million in its first three years and “drain money from the public schools that 9 in 10 of our children attend.”', 'wrote', 'mixed', role='Gov.'),
    s('Arlo Vandermeer', 'Senate Majority Leader Arlo Vandermeer, a Republican from Castine who sponsored the bill', '“a gift to the status quo”', 'called', 'direct', role='Senate Majority Leader'),
    s('Arlo Vandermeer', 'Senate Majority Leader Arlo Vandermeer, a Republican from Castine who sponsored the bill', 'he would schedule an override vote when the Legislature returns on Tuesday', 'said', role='Senate Majority Leader'),
    s('Arlo Vandermeer', 'Vandermeer', '“Parents in this state are tired of being told to wait,”', 'said', 'direct', role='Senate Majority Leader'),
    s('Arlo Vandermeer', '', '“We are not going to make them wait another year.”', '', 'direct', role='Senate Majority Leader'),
    s('Marisa Quintanilla-Root', 'House Speaker Marisa Quintanilla-Root, a Republican', 'she was “confident but not certain” that she could find the additional votes', 'said', 'mixed', role='House Speaker'),
    s('two lawmakers who attended the meeting', 'two lawmakers who attended the meeting and spoke on condition of anonymity because it was private', 'The two leaders met privately with rural Republicans on Thursday', 'according to'),
    s('Several of those legislators', 'Several of those legislators', 'their districts have few or no private schools', 'have said'),
    s('Tobias Wrenfield', 'He', 'he had not changed his mind', 'said', role='Rep.'),
    s('Tobias Wrenfield', 'he', '“The nearest private school is 40 miles from my house,”', 'said', 'direct', role='Rep.'),
    s('Tobias Wrenfield', '', '“My constituents would be paying for a program they cannot use.”', '', 'direct', role='Rep.'),
    s('Merrivale Education Association', 'The state teachers union, the Merrivale Education Association', 'the veto', 'praised'),
    s('Gwen Adebayo-Strand', 'Its president, Gwen Adebayo-Strand', 'the union would run radio ads in the districts of wavering lawmakers over the weekend', 'said', role='president'),
    s('Legislative Fiscal Office', 'The nonpartisan Legislative Fiscal Office', 'about 14,000 students would use the vouchers in the first year, most of whom already attend private schools', 'has estimated'),
    s('Rosamund Pruitt-Okoye', 'Pruitt-Okoye', 'she “was not elected to count votes.”', 'told', 'mixed', role='Gov.'),
    s('Rosamund Pruitt-Okoye', 'she', '“I was elected to run the schools that most kids go to,”', 'said', 'direct', role='Gov.'),
    s('Colette Wintermere', 'State Sen. Colette Wintermere, who is considering a run', 'the veto showed the governor was “more loyal to the union than to parents.”', 'said', 'mixed', role='State Sen.'),
)

doc('p02-garnet-bay-trial', 'Garnet Bay Tribune', '2026-03-12', '''
Jury hears 911 call as trial opens in Larchmere warehouse fire

Prosecutors say owner ignored warnings; defense says electrician to blame

By Simone Achterberg
Staff Writer

GARNET BAY — A warehouse owner charged in a fire that killed two firefighters had been told at least three times that the building’s sprinkler system did not work, a prosecutor told jurors Wednesday as his trial opened in Keswater County Superior Court.

Reginald Stoltzfus-Gray, 62, has pleaded not guilty to two counts of involuntary manslaughter and one count of violating the state fire code. The fire at his Larchmere Road warehouse in February 2025 killed Lt. Dominic Ferreira-Voss, 44, and firefighter Kellan Oberholt, 29, when part of the roof collapsed.

“He knew. He was told in writing, and he was told to his face,” Assistant District Attorney Yolanda Brisbois-Kent said in her opening statement. “And he decided that fixing it could wait.”

Brisbois-Kent said inspectors from the city fire marshal’s office had cited the building in 2022 and 2023, and that a sprinkler contractor had sent Stoltzfus-Gray a repair estimate of $38,000 that he never answered.

Jurors also heard the first minutes of the 911 call, in which a night watchman can be heard telling a dispatcher that smoke was “coming out of the loading doors, all of them.”

The defense painted a different picture. Attorney Bernard Okwuosa-Lamb told jurors that his client had hired an electrician to rewire the building months before the fire, and that the electrician’s faulty work, not the sprinklers, caused the blaze.

“This is a tragedy. It is not a crime,” Okwuosa-Lamb said. “My client did not light that fire, and he did not tell anyone to cut corners.”

According to court documents, the electrician, who has not been charged, told investigators he had warned Stoltzfus-Gray that the wiring in the rear of the building was overloaded. He is expected to testify next week.

The first witness, fire marshal investigator Teresa Lundgren-Pike, testified that the fire started in an electrical panel near the loading dock. Under cross-examination, she agreed that a working sprinkler system would not have prevented the fire from starting, but said it would “very likely” have kept it from spreading to the roof.

Outside the courtroom, the widow of Lt. Ferreira-Voss, Annalise Ferreira-Voss, said the family had waited more than a year for the trial. She did not want to discuss the evidence.

“We just want the truth said out loud, in a room where it counts,” she said.

The firefighters’ union has called for a change in state law that would require owners of commercial buildings to certify every year that their sprinklers work. Union president Craig Mahoney-Diaz said Wednesday that the bill had been “stuck in committee for two sessions.”

Police Chief Harriet Osei-Lundy told the Tribune last year that her department had found no evidence the fire was set deliberately.

If convicted, Stoltzfus-Gray faces up to 10 years in prison. The trial, before Judge Emmett Varick-Wyatt, is expected to last three weeks.
''',
    s('Yolanda Brisbois-Kent', 'Prosecutors', 'owner ignored warnings', 'say', role='Assistant District Attorney'),
    s('Bernard Okwuosa-Lamb', 'defense', 'electrician to blame', 'says', role='Attorney'),
    s('Yolanda Brisbois-Kent', 'a prosecutor', 'A warehouse owner charged in a fire that killed two firefighters had been told at least three times that the building’s sprinkler system did not work', 'told', role='Assistant District Attorney'),
    s('Reginald Stoltzfus-Gray', 'Reginald Stoltzfus-Gray, 62', 'not guilty to two counts of involuntary manslaughter and one count of violating the state fire code', 'has pleaded'),
    s('Yolanda Brisbois-Kent', 'Assistant District Attorney Yolanda Brisbois-Kent', '“He knew. He was told in writing, and he was told to his face,”', 'said', 'direct', role='Assistant District Attorney'),
    s('Yolanda Brisbois-Kent', '', '“And he decided that fixing it could wait.”', '', 'direct', role='Assistant District Attorney'),
    s('Yolanda Brisbois-Kent', 'Brisbois-Kent', 'inspectors from the city fire marshal’s office had cited the building in 2022 and 2023, and that a sprinkler contractor had sent Stoltzfus-Gray a repair estimate of $38,000 that he never answered', 'said', role='Assistant District Attorney'),
    s('a night watchman', 'a night watchman', 'smoke was “coming out of the loading doors, all of them.”', 'telling', 'mixed'),
    s('Bernard Okwuosa-Lamb', 'Attorney Bernard Okwuosa-Lamb', 'his client had hired an electrician to rewire the building months before the fire, and that the electrician’s faulty work, not the sprinklers, caused the blaze', 'told', role='Attorney'),
    s('Bernard Okwuosa-Lamb', 'Okwuosa-Lamb', '“This is a tragedy. It is not a crime,”', 'said', 'direct', role='Attorney'),
    s('Bernard Okwuosa-Lamb', '', '“My client did not light that fire, and he did not tell anyone to cut corners.”', '', 'direct', role='Attorney'),
    s('court documents', 'court documents', 'the electrician, who has not been charged, told investigators he had warned Stoltzfus-Gray that the wiring in the rear of the building was overloaded', 'According to'),
    s('electrician', 'the electrician, who has not been charged', 'he had warned Stoltzfus-Gray that the wiring in the rear of the building was overloaded', 'told', nested=True, via='court documents'),
    s('Teresa Lundgren-Pike', 'The first witness, fire marshal investigator Teresa Lundgren-Pike', 'the fire started in an electrical panel near the loading dock', 'testified', role='fire marshal investigator'),
    s('Teresa Lundgren-Pike', 'she', 'a working sprinkler system would not have prevented the fire from starting', 'agreed', role='fire marshal investigator'),
    s('Teresa Lundgren-Pike', 'she', 'it would “very likely” have kept it from spreading to the roof', 'said', 'mixed', role='fire marshal investigator'),
    s('Annalise Ferreira-Voss', 'the widow of Lt. Ferreira-Voss, Annalise Ferreira-Voss', 'the family had waited more than a year for the trial', 'said', role='widow'),
    s('Annalise Ferreira-Voss', 'she', '“We just want the truth said out loud, in a room where it counts,”', 'said', 'direct', role='widow'),
    s('The firefighters’ union', 'The firefighters’ union', 'a change in state law that would require owners of commercial buildings to certify every year that their sprinklers work', 'has called for'),
    s('Craig Mahoney-Diaz', 'Union president Craig Mahoney-Diaz', 'the bill had been “stuck in committee for two sessions.”', 'said', 'mixed', role='Union president'),
    s('Harriet Osei-Lundy', 'Police Chief Harriet Osei-Lundy', 'her department had found no evidence the fire was set deliberately', 'told', role='Police Chief', date='2025'),
)

doc('p03-amberlough-heat-study', 'The Amberlough Ledger', '2026-07-09', '''
Heat waves are sending more seniors to the ER, and the worst nights are the warm ones, study finds

Researchers say cities should open cooling centres overnight; health officials say budgets are tight

By Miriam Castellanos-Hart
Health Reporter

Emergency room visits by people over 65 jumped by nearly a fifth during heat waves in the province’s five largest cities over the past decade, and the danger was greatest after nights when the temperature never dropped below 22 C, according to a study published Tuesday.

The study, which appears in the Journal of Northern Public Health, examined 1.4 million emergency visits between 2015 and 2025. It found that visits by seniors rose 18 per cent on heat-wave days compared with ordinary summer days, and 27 per cent on days that followed a warm night.

“People can cope with a hot afternoon if they get a cool night to recover,” said the study’s lead author, Dr. Hamid Fairweather-Ng, an epidemiologist at Amberlough University. “When the night stays hot, the body never gets that break, and that is when we see the falls, the kidney problems, the heart attacks.”

He said the findings suggest that cooling centres, which in most cities close at 8 p.m., should stay open overnight during extended heat waves.

The researchers found the sharpest increases among seniors living alone in older apartment buildings without air conditioning. In one neighbourhood of Amberlough, visits more than doubled during the July 2023 heat wave, the study says.

Dr. Leonie Baptiste-Crane, a geriatrician at Ste-Anne Hospital who was not involved in the study, called the results “sobering but not surprising.” She said many of her patients turn off fans at night to save on electricity bills.

“They tell me the fan is noisy, or that it costs too much. Some of them tell me they are not hot,” she said. “Older bodies do not always feel the heat the way younger ones do, and that is part of what makes it dangerous.”

A 2024 report by the provincial auditor found that only two of the five cities had a written plan for checking on vulnerable residents during extreme heat.

The province’s chief medical officer of health, Dr. Gideon Akerlund, said in an interview that the ministry welcomed the study and was reviewing its heat-response guidelines. He said, however, that overnight cooling centres would require staff and money that many municipalities do not have.

“We would love to keep every centre open around the clock. The question is who pays for the nurse at three in the morning,” Akerlund said.

Amberlough’s medical officer of health, Dr. Soraya Lindholm-Achebe, said the city was considering a pilot project this summer in which two library branches would stay open until midnight during heat warnings. She did not say how much it would cost.

The study has limitations, its authors acknowledge. It could not measure how many seniors used cooling centres or air conditioners, and it included only people who reached an emergency room.

Fairweather-Ng said the next phase of the research would track deaths at home during heat waves, which he believes are undercounted. Coroners in the province recorded 61 heat-related deaths in 2025, according to figures from the Office of the Chief Coroner.

“If anything, our numbers are the floor,” he said.
''',
    s('study', 'study', 'Heat waves are sending more seniors to the ER, and the worst nights are the warm ones', 'finds'),
    s('Hamid Fairweather-Ng', 'Researchers', 'cities should open cooling centres overnight', 'say', role='epidemiologist'),
    s('Gideon Akerlund', 'health officials', 'budgets are tight', 'say', role='chief medical officer of health'),
    s('study', 'a study published Tuesday', 'Emergency room visits by people over 65 jumped by nearly a fifth during heat waves in the province’s five largest cities over the past decade, and the danger was greatest after nights when the temperature never dropped below 22 C', 'according to'),
    s('study', 'It', 'visits by seniors rose 18 per cent on heat-wave days compared with ordinary summer days, and 27 per cent on days that followed a warm night', 'found'),
    s('Hamid Fairweather-Ng', 'the study’s lead author, Dr. Hamid Fairweather-Ng, an epidemiologist at Amberlough University', '“People can cope with a hot afternoon if they get a cool night to recover,”', 'said', 'direct', role='epidemiologist'),
    s('Hamid Fairweather-Ng', '', '“When the night stays hot, the body never gets that break, and that is when we see the falls, the kidney problems, the heart attacks.”', '', 'direct', role='epidemiologist'),
    s('Hamid Fairweather-Ng', 'He', 'the findings suggest that cooling centres, which in most cities close at 8 p.m., should stay open overnight during extended heat waves', 'said', role='epidemiologist'),
    s('The researchers', 'The researchers', 'the sharpest increases among seniors living alone in older apartment buildings without air conditioning', 'found'),
    s('study', 'the study', 'In one neighbourhood of Amberlough, visits more than doubled during the July 2023 heat wave', 'says'),
    s('Leonie Baptiste-Crane', 'Dr. Leonie Baptiste-Crane, a geriatrician at Ste-Anne Hospital who was not involved in the study', '“sobering but not surprising.”', 'called', 'direct', role='geriatrician'),
    s('Leonie Baptiste-Crane', 'She', 'many of her patients turn off fans at night to save on electricity bills', 'said', role='geriatrician'),
    s('Leonie Baptiste-Crane', 'she', '“They tell me the fan is noisy, or that it costs too much. Some of them tell me they are not hot,”', 'said', 'direct', role='geriatrician'),
    s('patients', 'They', 'the fan is noisy, or that it costs too much', 'tell', nested=True, via='Leonie Baptiste-Crane'),
    s('Leonie Baptiste-Crane', '', '“Older bodies do not always feel the heat the way younger ones do, and that is part of what makes it dangerous.”', '', 'direct', role='geriatrician'),
    s('provincial auditor', 'A 2024 report by the provincial auditor', 'only two of the five cities had a written plan for checking on vulnerable residents during extreme heat', 'found', date='2024'),
    s('Gideon Akerlund', 'The province’s chief medical officer of health, Dr. Gideon Akerlund', 'the ministry welcomed the study and was reviewing its heat-response guidelines', 'said', role='chief medical officer of health'),
    s('Gideon Akerlund', 'He', 'overnight cooling centres would require staff and money that many municipalities do not have', 'said', role='chief medical officer of health'),
    s('Gideon Akerlund', 'Akerlund', '“We would love to keep every centre open around the clock. The question is who pays for the nurse at three in the morning,”', 'said', 'direct', role='chief medical officer of health'),
    s('Soraya Lindholm-Achebe', 'Amberlough’s medical officer of health, Dr. Soraya Lindholm-Achebe', 'the city was considering a pilot project this summer in which two library branches would stay open until midnight during heat warnings', 'said', role='medical officer of health'),
    s('its authors', 'its authors', 'The study has limitations', 'acknowledge'),
    s('Hamid Fairweather-Ng', 'Fairweather-Ng', 'the next phase of the research would track deaths at home during heat waves, which he believes are undercounted', 'said', role='epidemiologist'),
    s('Office of the Chief Coroner', 'figures from the Office of the Chief Coroner', 'Coroners in the province recorded 61 heat-related deaths in 2025', 'according to'),
    s('Hamid Fairweather-Ng', 'he', '“If anything, our numbers are the floor,”', 'said', 'direct', role='epidemiologist'),
)

doc('p04-northjet-earnings', 'The Merrow Street Journal', '2026-10-29', '''
NorthJet swings to loss as engine problems ground 14 planes

Airline cuts capacity forecast; CEO says ‘the worst is behind us’

By Anand Ravensworth
Business Reporter

NorthJet Airways Inc. reported a third-quarter loss on Wednesday, its first in two years, as an inspection program for the engines on its newest jets kept 14 aircraft on the ground and forced the carrier to cancel thousands of flights.

The Corran Bay-based airline lost $48 million, or 31 cents a share, in the three months ended Sept. 30, compared with a profit of $112 million a year earlier. Revenue fell 6 per cent to $1.9 billion.

Analysts had expected a small profit of 4 cents a share, according to a consensus compiled by Quenby Financial Data.

Chief executive Ingrid Pellegrini-Shaw told analysts on a conference call that the engine maker, Auberon Aero Engines, had agreed to compensate the airline for lost revenue, but she would not give a figure, citing confidentiality.

“This has been the most difficult quarter I have seen in this job,” she said. “But the worst is behind us. By the spring, every one of those airplanes will be flying again.”

The company now expects capacity to grow 2 per cent next year, down from its previous forecast of 7 per cent. It said fares on domestic routes had held up well and that bookings for the winter holiday season were running ahead of last year.

Chief financial officer Martin Oyelaran-Brooks said the airline would defer the delivery of six new aircraft to 2028 to conserve cash. He said NorthJet had $2.3 billion in liquidity at the end of the quarter, “more than enough” to get through the groundings.

Auberon Aero Engines said in a statement that it was working closely with all affected customers and that the inspections were “a precaution, not a response to any in-flight event.”

Analysts were divided on whether the carrier could meet its new targets.

“The compensation from Auberon will cover some of the lost revenue, but not the damage to the brand,” said Beatriz Holloway-Kern, an airline analyst at Pender Capital. “Every cancelled flight is a customer who tries a competitor.”

Theo Lachance of Tarrant Hill Securities was more upbeat. He said the stock had already priced in the worst and raised his rating to “buy” from “hold,” arguing that NorthJet’s costs per seat remain the lowest of any major carrier in the country.

The pilots’ union, which is negotiating a new contract with the airline, said the groundings should not be used as an excuse to hold down wages. Union spokesperson Claudette Rasmussen-Obi said talks would resume next week.

NorthJet shares fell 3.8 per cent to $21.40 in afternoon trading on the Merrow exchange. They are down 22 per cent this year.
''',
    s('Ingrid Pellegrini-Shaw', 'CEO', '‘the worst is behind us’', 'says', 'direct', role='Chief executive'),
    s('Quenby Financial Data', 'a consensus compiled by Quenby Financial Data', 'Analysts had expected a small profit of 4 cents a share', 'according to'),
    s('Ingrid Pellegrini-Shaw', 'Chief executive Ingrid Pellegrini-Shaw', 'the engine maker, Auberon Aero Engines, had agreed to compensate the airline for lost revenue', 'told', role='Chief executive'),
    s('Ingrid Pellegrini-Shaw', 'she', 'confidentiality', 'citing', role='Chief executive'),
    s('Ingrid Pellegrini-Shaw', 'she', '“This has been the most difficult quarter I have seen in this job,”', 'said', 'direct', role='Chief executive'),
    s('Ingrid Pellegrini-Shaw', '', '“But the worst is behind us. By the spring, every one of those airplanes will be flying again.”', '', 'direct', role='Chief executive'),
    s('NorthJet Airways Inc.', 'The company', 'capacity to grow 2 per cent next year', 'expects'),
    s('NorthJet Airways Inc.', 'It', 'fares on domestic routes had held up well and that bookings for the winter holiday season were running ahead of last year', 'said'),
    s('Martin Oyelaran-Brooks', 'Chief financial officer Martin Oyelaran-Brooks', 'the airline would defer the delivery of six new aircraft to 2028 to conserve cash', 'said', role='Chief financial officer'),
    s('Martin Oyelaran-Brooks', 'He', 'NorthJet had $2.3 billion in liquidity at the end of the quarter, “more than enough” to get through the groundings', 'said', 'mixed', role='Chief financial officer'),
    s('Auberon Aero Engines', 'Auberon Aero Engines', 'it was working closely with all affected customers and that the inspections were “a precaution, not a response to any in-flight event.”', 'said', 'mixed'),
    s('Beatriz Holloway-Kern', 'Beatriz Holloway-Kern, an airline analyst at Pender Capital', '“The compensation from Auberon will cover some of the lost revenue, but not the damage to the brand,”', 'said', 'direct', role='airline analyst'),
    s('Beatriz Holloway-Kern', '', '“Every cancelled flight is a customer who tries a competitor.”', '', 'direct', role='airline analyst'),
    s('Theo Lachance', 'He', 'the stock had already priced in the worst', 'said'),
    s('Theo Lachance', 'He', 'NorthJet’s costs per seat remain the lowest of any major carrier in the country', 'arguing'),
    s('The pilots’ union', 'The pilots’ union, which is negotiating a new contract with the airline', 'the groundings should not be used as an excuse to hold down wages', 'said'),
    s('Claudette Rasmussen-Obi', 'Union spokesperson Claudette Rasmussen-Obi', 'talks would resume next week', 'said', role='Union spokesperson'),
)

doc('p05-merlins-playoff', 'Rennick Valley Times', '2026-05-03', '''
Merlins stun Harriers in overtime to force Game 7

Rookie Okonkwo-Reyes scores twice; ‘We are not done,’ coach says

By Dale Whitcombe-Sato
Sports Writer

RENNICK — For two periods, the Rennick Merlins looked like a team packing for the summer. Then Tomasz Okonkwo-Reyes, a 20-year-old who spent most of the winter in the minors, scored twice in the third, and captain Elliot Strathdee finished it 6:41 into overtime.

The 4-3 win on Saturday night evened the best-of-seven second-round series 3-3 and sent it back to Port Carradine for Game 7 on Monday.

“We are not done. I told them that after the second, and I think they believed me,” Merlins coach Lorraine Duchesne-Abara said. “Nobody in that room wanted to clean out their lockers tomorrow.”

Duchesne-Abara, in her first season behind the Merlins’ bench, said she had considered a goalie change after the Harriers went up 3-1 early in the second period but decided against it because Niklas Brannestad “had done nothing wrong on any of the goals.”

Brannestad made 34 saves, 15 of them in the third period and overtime.

Okonkwo-Reyes, called up from the farm team in Trevor Falls in March, beat Harriers goalie Sasha Ilyin-Moreau from the slot at 4:12 of the third and again on a power play with just under five minutes left.

“Honestly, I just tried to shoot it before anybody could take it off me,” he said, grinning. “The guys set me up. I just had to hit the net.”

His linemate, veteran winger Pascal Ndiaye-Hirsch, said the rookie had been the hardest-working player at practice all week. “He does not know yet that he is not supposed to be this good,” Ndiaye-Hirsch said. “Please do not tell him.”

Strathdee, who had gone nine games without a goal, took a pass from defenseman Arvid Solheim-Pratt and snapped it over Ilyin-Moreau’s glove.

“I have been squeezing the stick for two weeks,” the captain said. “Tonight I just let it go.”

The Harriers had chances to close it out. Forward Rhys Kettering-Obi hit the post with 1:30 left in regulation, and Port Carradine outshot the Merlins 37-31.

Harriers coach Bram Oosterhuis-Dade said his team had stopped skating after taking a two-goal lead. Asked whether he was worried about Game 7, he said: “Worried? No. Annoyed, yes. We gave them life.”

He said defenseman Jonah Whitfield-Cruz, who left in the second period after blocking a shot, would be evaluated on Sunday. The team did not give details of the injury.

Ilyin-Moreau declined to speak to reporters after the game.

The Harriers have won all three games at home in the series. The Merlins have not won a Game 7 since 2011.

“It is one game. Anything can happen in one game,” Strathdee said. “We would have taken that in October.”
''',
    s('Lorraine Duchesne-Abara', 'coach', '‘We are not done,’', 'says', 'direct', role='coach'),
    s('Lorraine Duchesne-Abara', 'Merlins coach Lorraine Duchesne-Abara', '“We are not done. I told them that after the second, and I think they believed me,”', 'said', 'direct', role='coach'),
    s('Lorraine Duchesne-Abara', '', '“Nobody in that room wanted to clean out their lockers tomorrow.”', '', 'direct', role='coach'),
    s('Lorraine Duchesne-Abara', 'Duchesne-Abara, in her first season behind the Merlins’ bench', 'she had considered a goalie change after the Harriers went up 3-1 early in the second period but decided against it because Niklas Brannestad “had done nothing wrong on any of the goals.”', 'said', 'mixed', role='coach'),
    s('Tomasz Okonkwo-Reyes', 'he', '“Honestly, I just tried to shoot it before anybody could take it off me,”', 'said', 'direct'),
    s('Tomasz Okonkwo-Reyes', '', '“The guys set me up. I just had to hit the net.”', '', 'direct'),
    s('Pascal Ndiaye-Hirsch', 'His linemate, veteran winger Pascal Ndiaye-Hirsch', 'the rookie had been the hardest-working player at practice all week', 'said', role='winger'),
    s('Pascal Ndiaye-Hirsch', 'Ndiaye-Hirsch', '“He does not know yet that he is not supposed to be this good,”', 'said', 'direct', role='winger'),
    s('Pascal Ndiaye-Hirsch', '', '“Please do not tell him.”', '', 'direct', role='winger'),
    s('Elliot Strathdee', 'the captain', '“I have been squeezing the stick for two weeks,”', 'said', 'direct', role='captain'),
    s('Elliot Strathdee', '', '“Tonight I just let it go.”', '', 'direct', role='captain'),
    s('Bram Oosterhuis-Dade', 'Harriers coach Bram Oosterhuis-Dade', 'his team had stopped skating after taking a two-goal lead', 'said', role='coach'),
    s('Bram Oosterhuis-Dade', 'he', '“Worried? No. Annoyed, yes. We gave them life.”', 'said', 'direct', role='coach'),
    s('Bram Oosterhuis-Dade', 'He', 'defenseman Jonah Whitfield-Cruz, who left in the second period after blocking a shot, would be evaluated on Sunday', 'said', role='coach'),
    s('Elliot Strathdee', 'Strathdee', '“It is one game. Anything can happen in one game,”', 'said', 'direct', role='captain'),
    s('Elliot Strathdee', '', '“We would have taken that in October.”', '', 'direct', role='captain'),
)

doc('p06-quillfield-mill-feature', 'The Rennick Valley Times', '2026-11-21', '''
The last shift at the Quillfield mill

For 97 years, the paper mill set the rhythm of a river town. On Friday, the whistle blew for the final time.

By Rosalind Achterhof
Photographs by Ike Brannigan-Soto

QUILLFIELD — Walt Szymborski-Kaye punched out at 6:58 a.m., two minutes early, and nobody said a word about it.

He has worked at the Harrowmere Paper mill for 41 years, most of them on the No. 3 machine, and he had planned to work two more. Then, in August, the company announced it would close the mill, citing falling demand for the coated paper used in magazines and catalogues.

“I thought I would leave when I was ready,” he said in the parking lot, his lunch cooler still in his hand. “Turns out the mill was ready first.”

The closure puts 340 people out of work in a town of 4,100. Harrowmere, which is based in Toronto, has said it will pay severance according to the union contract and help workers find jobs at its two other mills, both more than 300 kilometres away.

Few expect to go. Dana and Rita Szabadi, sisters who have worked in the mill’s shipping office since the 1990s, both own homes in Quillfield, and their mother lives with Rita. The two sisters said they would look for work in the region rather than move.

“Our whole life is within five miles of this building,” Rita said. Dana, the older of the two, was blunter. She said she expected to end up “stocking shelves for half the money,” and that she had made peace with it.

Down the hill at the Blue Heron Diner, owner Fotini Marr-Galloway has been counting. About a third of her breakfast customers, she said, came from the mill’s night shift.

“They come in at seven, they eat, they go home to sleep. That was my morning,” she said. “I do not know what my morning is now.”

She has cut one waitress’s hours and is thinking about closing on Mondays.

Mayor Bernadette Oyelowo-Finch said the town would lose about $1.2 million a year in property taxes from the mill, roughly a fifth of its budget. She said council had asked the province for transition money and had met with two companies interested in the site, though she would not name them.

“I am not going to promise anyone a new mill,” she said. “I am going to promise that we will not stop trying.”

Not everyone blames the company. Gerald Pinkerton, 73, who retired from the mill in 2015, said he had watched the orders shrink for 20 years. “You could see it coming from the catalogues,” he said. “My grandkids have never held one.”

The union local’s president, Ray Abendroth-Lui, sees it differently. He said Harrowmere had spent its profits on buying mills in the United States instead of modernizing Quillfield, and that the company “chose which town was going to die.”

A Harrowmere spokesperson, Kim Delacroix-Baird, said in an email that the company had invested more than $60 million in Quillfield since 2010 and that “no amount of investment can create demand that no longer exists.”

On the mill floor, the last roll came off the No. 3 machine a little after 4 a.m. Szymborski-Kaye signed it with a marker, then his crew did the same.

The roll is going to the town’s museum, said its curator, Elspeth Morrow-Tennant. She said she had already collected time cards, hard hats and a 1952 safety poster from retired workers, and that she wanted people to remember “that this was a place where things were made.”

Walking to his truck, Szymborski-Kaye said his wife had asked him what he wanted to do on Monday.

“I told her I would sleep in,” he said. “I have not slept in since 1985. I do not think I remember how.”
''',
    s('Harrowmere Paper', 'the company', 'it would close the mill', 'announced'),
    s('Harrowmere Paper', 'the company', 'falling demand for the coated paper used in magazines and catalogues', 'citing'),
    s('Walt Szymborski-Kaye', 'he', '“I thought I would leave when I was ready,”', 'said', 'direct'),
    s('Walt Szymborski-Kaye', '', '“Turns out the mill was ready first.”', '', 'direct'),
    s('Harrowmere Paper', 'Harrowmere, which is based in Toronto', 'it will pay severance according to the union contract and help workers find jobs at its two other mills, both more than 300 kilometres away', 'has said'),
    s('Dana Szabadi and Rita Szabadi', 'The two sisters', 'they would look for work in the region rather than move', 'said'),
    s('Rita Szabadi', 'Rita', '“Our whole life is within five miles of this building,”', 'said', 'direct'),
    s('Dana Szabadi', 'She', 'she expected to end up “stocking shelves for half the money,” and that she had made peace with it', 'said', 'mixed'),
    s('Fotini Marr-Galloway', 'she', ['About a third of her breakfast customers', 'came from the mill’s night shift'], 'said', role='owner', anchor='About a third of her breakfast customers'),
    s('Fotini Marr-Galloway', 'she', '“They come in at seven, they eat, they go home to sleep. That was my morning,”', 'said', 'direct', role='owner'),
    s('Fotini Marr-Galloway', '', '“I do not know what my morning is now.”', '', 'direct', role='owner'),
    s('Bernadette Oyelowo-Finch', 'Mayor Bernadette Oyelowo-Finch', 'the town would lose about $1.2 million a year in property taxes from the mill, roughly a fifth of its budget', 'said', role='Mayor'),
    s('Bernadette Oyelowo-Finch', 'She', 'council had asked the province for transition money and had met with two companies interested in the site', 'said', role='Mayor'),
    s('Bernadette Oyelowo-Finch', 'she', '“I am not going to promise anyone a new mill,”', 'said', 'direct', role='Mayor'),
    s('Bernadette Oyelowo-Finch', '', '“I am going to promise that we will not stop trying.”', '', 'direct', role='Mayor'),
    s('Gerald Pinkerton', 'Gerald Pinkerton, 73, who retired from the mill in 2015', 'he had watched the orders shrink for 20 years', 'said'),
    s('Gerald Pinkerton', 'he', '“You could see it coming from the catalogues,”', 'said', 'direct'),
    s('Gerald Pinkerton', '', '“My grandkids have never held one.”', '', 'direct'),
    s('Ray Abendroth-Lui', 'He', 'Harrowmere had spent its profits on buying mills in the United States instead of modernizing Quillfield, and that the company “chose which town was going to die.”', 'said', 'mixed', role='president'),
    s('Kim Delacroix-Baird', 'A Harrowmere spokesperson, Kim Delacroix-Baird', 'the company had invested more than $60 million in Quillfield since 2010 and that “no amount of investment can create demand that no longer exists.”', 'said', 'mixed', role='spokesperson'),
    s('Elspeth Morrow-Tennant', 'its curator, Elspeth Morrow-Tennant', 'The roll is going to the town’s museum', 'said', role='curator'),
    s('Elspeth Morrow-Tennant', 'She', 'she had already collected time cards, hard hats and a 1952 safety poster from retired workers, and that she wanted people to remember “that this was a place where things were made.”', 'said', 'mixed', role='curator'),
    s('Walt Szymborski-Kaye', 'Szymborski-Kaye', 'his wife had asked him what he wanted to do on Monday', 'said'),
    s('Walt Szymborski-Kaye', 'he', '“I told her I would sleep in,”', 'said', 'direct'),
    s('Walt Szymborski-Kaye', '', '“I have not slept in since 1985. I do not think I remember how.”', '', 'direct'),
)

doc('p07-linden-harbour-transit', 'Linden Harbour Observer', '2026-09-02', '''
Skip to main content
LINDEN HARBOUR OBSERVER
Subscribe | Log in | Newsletters
Home  News  City Hall  Business  Sports  Arts  Opinion  Classifieds

News › City Hall

Bus drivers reject contract offer, set strike date of Sept. 15

‘We are not asking for the moon,’ union leader says; city says offer is ‘fair and final’

Listen to this article 4 min

By Oksana Pettigrew-Mbeki | City Hall Reporter
Published Sept. 1, 2026 at 8:47 p.m. | Updated Sept. 2, 2026 at 7:15 a.m.

[Photo] Drivers leave the union hall on Dock Street after Monday’s vote. (Observer photo: Lars Ekwueme-Holt)

Linden Harbour’s bus drivers voted overwhelmingly on Monday to reject the city’s latest contract offer and will walk off the job on Sept. 15 unless a deal is reached, their union said.

Ninety-one per cent of the 612 members who cast ballots voted against the offer, according to Amalgamated Transit Workers Local 88. The city’s 44 bus routes carry about 70,000 riders on an average weekday.

“We are not asking for the moon. We are asking for a schedule that lets a driver see their kids,” said Local 88 president Desmond Achebe-Ryland. He said drivers are regularly assigned split shifts that stretch over 13 hours, with an unpaid break in the middle.

Advertisement

The city’s offer included raises of 9 per cent over three years. In a statement, the city said the offer was “fair and final” and that it had “bargained in good faith for eight months.”

Mayor Constance Wilder-Nakamura told reporters at City Hall that she hoped the union would return to the table. Asked whether the city would improve its offer, she said, “We have put everything we can afford on the table. I am not going to raise property taxes to settle a contract.”

READ MORE: Council approves $14M for new bus garage, staff say delays likely
READ MORE: Ridership back to pre-pandemic levels, transit agency says

Coun. Farid Oduya-Lindgren, who chairs the transit committee, said the split-shift issue was “real and fixable” and that he would ask city staff to cost out alternatives before the strike deadline.

Riders at the downtown terminal on Tuesday morning were mostly sympathetic. Priyanka Holmstrom, a nursing student who takes two buses to get to class, said she supported the drivers but did not know how she would get to her clinical placement if they walked out.

“I will probably have to bike 11 kilometres,” she said. “In October. In the rain.”

The city said it would publish a contingency plan this week, including extra parking at the Ferry Road lot for commuters who switch to driving.

The last transit strike in Linden Harbour, in 2019, lasted 23 days.

Share this story
Facebook  X  Email  Copy link

Comments (58)
harbourrider: Pay them. I could not do that job for a week.
T. Oosthuizen: Nine per cent is more than I got. The union should take the deal.

Trending now
1. Police say teen found safe after overnight search on Mount Arvo
2. Ferry fares to rise 6% in January, operator says
3. Restaurant review: The Salt Shed is worth the wait

Sign up for our morning newsletter

© 2026 Linden Harbour Observer. All rights reserved. | Terms | Privacy | Contact
''',
    s('Desmond Achebe-Ryland', 'union leader', '‘We are not asking for the moon,’', 'says', 'direct', role='Local 88 president'),
    s('city', 'city', 'offer is ‘fair and final’', 'says', 'mixed'),
    s('Amalgamated Transit Workers Local 88', 'their union', 'Linden Harbour’s bus drivers voted overwhelmingly on Monday to reject the city’s latest contract offer and will walk off the job on Sept. 15 unless a deal is reached', 'said'),
    s('Amalgamated Transit Workers Local 88', 'Amalgamated Transit Workers Local 88', 'Ninety-one per cent of the 612 members who cast ballots voted against the offer', 'according to'),
    s('Desmond Achebe-Ryland', 'Local 88 president Desmond Achebe-Ryland', '“We are not asking for the moon. We are asking for a schedule that lets a driver see their kids,”', 'said', 'direct', role='Local 88 president'),
    s('Desmond Achebe-Ryland', 'He', 'drivers are regularly assigned split shifts that stretch over 13 hours, with an unpaid break in the middle', 'said', role='Local 88 president'),
    s('city', 'the city', 'the offer was “fair and final” and that it had “bargained in good faith for eight months.”', 'said', 'mixed'),
    s('Constance Wilder-Nakamura', 'Mayor Constance Wilder-Nakamura', 'she hoped the union would return to the table', 'told', role='Mayor'),
    s('Constance Wilder-Nakamura', 'she', '“We have put everything we can afford on the table. I am not going to raise property taxes to settle a contract.”', 'said', 'direct', role='Mayor'),
    s('staff', 'staff', 'delays likely', 'say', region='related'),
    s('transit agency', 'transit agency', 'Ridership back to pre-pandemic levels', 'says', region='related'),
    s('Farid Oduya-Lindgren', 'Coun. Farid Oduya-Lindgren, who chairs the transit committee', 'the split-shift issue was “real and fixable” and that he would ask city staff to cost out alternatives before the strike deadline', 'said', 'mixed', role='Coun.'),
    s('Priyanka Holmstrom', 'Priyanka Holmstrom, a nursing student who takes two buses to get to class', 'she supported the drivers but did not know how she would get to her clinical placement if they walked out', 'said', role='nursing student'),
    s('Priyanka Holmstrom', 'she', '“I will probably have to bike 11 kilometres,”', 'said', 'direct', role='nursing student'),
    s('Priyanka Holmstrom', '', '“In October. In the rain.”', '', 'direct', role='nursing student'),
    s('city', 'The city', 'it would publish a contingency plan this week, including extra parking at the Ferry Road lot for commuters who switch to driving', 'said'),
    s('Police', 'Police', 'teen found safe after overnight search on Mount Arvo', 'say', region='related'),
    s('operator', 'operator', 'Ferry fares to rise 6% in January', 'says', region='related'),
)

doc('p08-orvex-global-markets', 'Orvex News', '2026-06-11', '''
GLOBAL MARKETS-Stocks slip, bonds rally as Tesmarian inflation surprise revives rate-cut bets

* Tesmarian consumer prices rise 2.1% y/y, below forecasts
* Benchmark yields fall most in six weeks
* Oil extends losses on Gulvaran supply deal

By Henrietta Nakashima-Boyle

LONDON, June 11 (Orvex) - World stocks edged lower on Thursday while government bonds rallied after softer-than-expected inflation figures from Tesmaria, the region's largest economy, led traders to bring forward bets on interest rate cuts.

Tesmarian consumer prices rose 2.1% in May from a year earlier, the national statistics agency said, down from 2.6% in April and below the 2.4% forecast by economists polled by Orvex.

The MSCI-style Pennard All-World index was down 0.3% by 1100 GMT, weighed by losses in technology shares, which had led a rally earlier in the week.

"The inflation number is the one thing everybody was waiting for, and it came in soft," said Julian Abernethy-Sato, chief investment strategist at Lettice & Moor in London. "That opens the door to a cut in July, and the bond market has walked straight through it."

Traders now see a 70% chance that the Bank of Tesmaria will cut its policy rate at its July meeting, up from about 40% a day earlier, according to money market pricing.

The yield on Tesmaria's benchmark 10-year bond fell 14 basis points to 3.62%, its biggest one-day drop since late April.

Bank of Tesmaria Deputy Governor Ottilie Varga-Lindqvist said last week that the bank would need "several months of good news" before it could consider easing. Analysts said Thursday's figure was only the first of those months.

"One swallow does not make a summer," said Katya Brennan-Oduya, senior economist at Dunstaffe Bank. She said core inflation, which excludes food and energy, was still running at 3.1%, too high for the central bank's comfort.

In Asia, Kanjiro's Nekkei index fell 0.6%, and shares in Sovan ended flat.

Oil prices extended losses after Gulvaran's energy ministry said it had agreed with its neighbours to raise output by 400,000 barrels per day from August. Brent crude futures fell 1.4% to $71.20 a barrel.

"The market is looking at more supply and softer demand at the same time," said Rashid Engelhart-Munoz, head of commodities research at Pellmark Securities, adding that prices could fall below $70 "within weeks" if the deal holds.

The Tesmarian mark rose 0.2% against the dollar.

Gold was steady at $2,410 an ounce.

Investors will look to Friday's retail sales data from Tesmaria for further clues. "If consumers are still spending, the cut case gets harder," said Brennan-Oduya.

(Reporting by Henrietta Nakashima-Boyle; Additional reporting by Kenji Albescu-Ward in Kanjiro; Editing by Ruth Pemberton-Okafor)
''',
    s('national statistics agency', 'the national statistics agency', 'Tesmarian consumer prices rose 2.1% in May from a year earlier', 'said'),
    s('Julian Abernethy-Sato', 'Julian Abernethy-Sato, chief investment strategist at Lettice & Moor in London', '"The inflation number is the one thing everybody was waiting for, and it came in soft,"', 'said', 'direct', role='chief investment strategist'),
    s('Julian Abernethy-Sato', '', '"That opens the door to a cut in July, and the bond market has walked straight through it."', '', 'direct', role='chief investment strategist'),
    s('money market pricing', 'money market pricing', 'Traders now see a 70% chance that the Bank of Tesmaria will cut its policy rate at its July meeting, up from about 40% a day earlier', 'according to'),
    s('Ottilie Varga-Lindqvist', 'Bank of Tesmaria Deputy Governor Ottilie Varga-Lindqvist', 'the bank would need "several months of good news" before it could consider easing', 'said', 'mixed', role='Deputy Governor'),
    s('Analysts', 'Analysts', "Thursday's figure was only the first of those months", 'said'),
    s('Katya Brennan-Oduya', 'Katya Brennan-Oduya, senior economist at Dunstaffe Bank', '"One swallow does not make a summer,"', 'said', 'direct', role='senior economist'),
    s('Katya Brennan-Oduya', 'She', "core inflation, which excludes food and energy, was still running at 3.1%, too high for the central bank's comfort", 'said', role='senior economist'),
    s("Gulvaran's energy ministry", "Gulvaran's energy ministry", 'it had agreed with its neighbours to raise output by 400,000 barrels per day from August', 'said'),
    s("Gulvaran's energy ministry", 'it', 'to raise output by 400,000 barrels per day from August', 'agreed', nested=True, via="Gulvaran's energy ministry"),
    s('Rashid Engelhart-Munoz', 'Rashid Engelhart-Munoz, head of commodities research at Pellmark Securities', '"The market is looking at more supply and softer demand at the same time,"', 'said', 'direct', role='head of commodities research'),
    s('Rashid Engelhart-Munoz', 'Rashid Engelhart-Munoz, head of commodities research at Pellmark Securities', 'prices could fall below $70 "within weeks" if the deal holds', 'adding', 'mixed', role='head of commodities research'),
    s('Katya Brennan-Oduya', 'Brennan-Oduya', '"If consumers are still spending, the cut case gets harder,"', 'said', 'direct', role='senior economist'),
)

doc('p09-awp-varrona-kelbrin-clash', 'AWP', '2026-08-23', '''
Varrona, Kelbrin trade blame after deadliest border clash in a decade

TELLOS, Aug 23 (AWP) - At least 11 soldiers were killed in fighting along the disputed Varrona-Kelbrin border overnight, officials on both sides said Sunday, as each government accused the other of starting the deadliest clash between the neighbours in a decade.

Varrona's defence ministry said Kelbrini troops had crossed the frontier near the village of Assim and attacked two border posts with mortars shortly after midnight. Seven Varronan soldiers were killed and 15 wounded, it said.

"Our forces responded in accordance with their right to self-defence and pushed the intruders back," ministry spokesman Colonel Idris Mahrani told a news conference in Tellos.

Kelbrin gave a different account. Its foreign ministry said in a statement that Varronan units had fired first on a Kelbrini patrol that was "inside Kelbrini territory by any map" and that four of its soldiers had died.

Kelbrini Foreign Minister Aurelia Bastide-Nour said her country "will not be lectured about borders by the side that moved its posts last spring." She said Kelbrin had asked for an urgent meeting of the regional security council.

AWP could not independently verify either account. Residents of Assim reached by telephone said the shelling had lasted about three hours and that several houses had been hit.

"We hid in the basement with the animals," said Yasmin Orhaldi, a farmer. "My children are still shaking."

The two countries have fought over the 40-kilometre stretch of mountain border since the collapse of a federation that once included both. A ceasefire brokered in 2016 had largely held until this year.

Sarvania, which borders both countries and has mediated between them in the past, offered to host talks. Sarvanian Foreign Minister Piet Loewenthal said he had spoken by phone with his Varronan counterpart, Nasser Qadiri-Holm, and with Bastide-Nour on Sunday morning.

"Both ministers told me they do not want a wider war. I believe them," Loewenthal said. "Now they need to show it."

A senior Varronan security official, speaking on condition of anonymity because he was not authorised to brief the media, said Varrona had moved additional artillery to the area but had "no plans to cross the line."

Qadiri-Holm, in a post on social media, accused Kelbrin of "provocation planned well in advance" and said Varrona remained open to "any serious initiative" to restore calm.

The United Nations called for restraint. "The Secretary-General urges both sides to cease hostilities immediately and to return to the 2016 arrangements," U.N. spokeswoman Marguerite Oyono-Lind said in New York.

The European Union said it was "deeply concerned" and called on the sides to respect the ceasefire line.

Oil prices briefly rose on the news, as a pipeline carrying Varronan crude to the coast runs about 30 kilometres from the area of the fighting. The pipeline's operator said flows had not been affected.

str-kl/mr
''',
    s('officials on both sides', 'officials on both sides', 'At least 11 soldiers were killed in fighting along the disputed Varrona-Kelbrin border overnight', 'said'),
    s('each government', 'each government', 'the other of starting the deadliest clash between the neighbours in a decade', 'accused'),
    s("Varrona's defence ministry", "Varrona's defence ministry", 'Kelbrini troops had crossed the frontier near the village of Assim and attacked two border posts with mortars shortly after midnight', 'said'),
    s("Varrona's defence ministry", 'it', 'Seven Varronan soldiers were killed and 15 wounded', 'said'),
    s('Idris Mahrani', 'ministry spokesman Colonel Idris Mahrani', '"Our forces responded in accordance with their right to self-defence and pushed the intruders back,"', 'told', 'direct', role='ministry spokesman'),
    s('Kelbrin foreign ministry', 'Its foreign ministry', 'Varronan units had fired first on a Kelbrini patrol that was "inside Kelbrini territory by any map" and that four of its soldiers had died', 'said', 'mixed'),
    s('Aurelia Bastide-Nour', 'Kelbrini Foreign Minister Aurelia Bastide-Nour', 'her country "will not be lectured about borders by the side that moved its posts last spring."', 'said', 'mixed', role='Foreign Minister'),
    s('Aurelia Bastide-Nour', 'She', 'Kelbrin had asked for an urgent meeting of the regional security council', 'said', role='Foreign Minister'),
    s('Residents of Assim', 'Residents of Assim reached by telephone', 'the shelling had lasted about three hours and that several houses had been hit', 'said'),
    s('Yasmin Orhaldi', 'Yasmin Orhaldi, a farmer', '"We hid in the basement with the animals,"', 'said', 'direct', role='farmer'),
    s('Yasmin Orhaldi', '', '"My children are still shaking."', '', 'direct', role='farmer'),
    s('Piet Loewenthal', 'Sarvanian Foreign Minister Piet Loewenthal', 'he had spoken by phone with his Varronan counterpart, Nasser Qadiri-Holm, and with Bastide-Nour on Sunday morning', 'said', role='Foreign Minister'),
    s('Piet Loewenthal', 'Loewenthal', '"Both ministers told me they do not want a wider war. I believe them,"', 'said', 'direct', role='Foreign Minister'),
    s('Aurelia Bastide-Nour and Nasser Qadiri-Holm', 'Both ministers', 'they do not want a wider war', 'told', nested=True, via='Piet Loewenthal'),
    s('Piet Loewenthal', '', '"Now they need to show it."', '', 'direct', role='Foreign Minister'),
    s('A senior Varronan security official', 'A senior Varronan security official, speaking on condition of anonymity because he was not authorised to brief the media', 'Varrona had moved additional artillery to the area but had "no plans to cross the line."', 'said', 'mixed'),
    s('Nasser Qadiri-Holm', 'Qadiri-Holm', 'Kelbrin of "provocation planned well in advance"', 'accused', 'mixed', role='Foreign Minister'),
    s('Nasser Qadiri-Holm', 'Qadiri-Holm', 'Varrona remained open to "any serious initiative" to restore calm', 'said', 'mixed', role='Foreign Minister'),
    s('The United Nations', 'The United Nations', 'restraint', 'called for'),
    s('Marguerite Oyono-Lind', 'U.N. spokeswoman Marguerite Oyono-Lind', '"The Secretary-General urges both sides to cease hostilities immediately and to return to the 2016 arrangements,"', 'said', 'direct', role='spokeswoman'),
    s('Secretary-General', 'The Secretary-General', 'both sides to cease hostilities immediately and to return to the 2016 arrangements', 'urges', nested=True, via='Marguerite Oyono-Lind'),
    s('The European Union', 'The European Union', 'it was "deeply concerned"', 'said', 'mixed'),
    s('The European Union', 'The European Union', 'the sides to respect the ceasefire line', 'called on'),
    s("The pipeline's operator", "The pipeline's operator", 'flows had not been affected', 'said'),
)

doc('p10-zna-zelvara-briefing', 'ZNA', '2026-04-17', '''
Zelvara urges Kaldmar to release detained fishermen, spokesperson says

ZENOR, April 17 (ZNA) -- Zelvara has asked Kaldmar to release 23 Zelvaran fishermen detained last week and to return their three boats, Foreign Ministry spokesperson Mirela Dragan-Voss said on Friday.

Speaking at a regular press briefing, Dragan-Voss said the fishermen had been working in waters where Zelvaran vessels "have fished for generations" and that their detention was "unjustified and disproportionate."

The Zelvaran embassy in Kaldmar had visited the detained crew members and found them in good health, she said, adding that the embassy was providing them with legal assistance.

When asked whether Zelvara would take measures against Kaldmari vessels in response, Dragan-Voss said that Zelvara "prefers dialogue to counter-measures" but would "protect the legitimate rights of its citizens by all lawful means."

According to Kaldmari media reports, the fishermen were detained by a Kaldmari patrol ship about 18 nautical miles off the island of Vessa, inside what Kaldmar considers its exclusive economic zone.

The two countries have not completed the delimitation of their maritime boundary. The spokesperson said that the last round of talks on the issue, held in Zenor in January, had been "useful" and that Zelvara was ready to hold the next round "at any time."

In response to a question about a report by the Kaldmari newspaper Dagsvakt that Zelvara plans to build a second naval base on the coast, the spokesperson said she had "nothing to announce" and that Zelvara's defence policy "threatens no one."

Dragan-Voss also confirmed that Foreign Minister Radu Esterhazy-Lam will visit Pelmark and Tirenne next week. The minister will hold talks with his counterparts on energy cooperation and the situation in the region, she said.

Asked to comment on the election results in Tirenne, where the opposition won a majority in parliament on Sunday, Dragan-Voss said Zelvara respects the choice of the Tirennian people and "looks forward to working with the new government."

On the humanitarian situation in Varrona's border areas, the spokesperson said Zelvara would send 200 tonnes of food and medical supplies through the Zelvaran Red Crescent. "The first trucks will leave on Monday," she said.

She said that Zelvara had noted the statement by the Kaldmari Foreign Ministry on Thursday, which called the detentions "a routine law enforcement matter," but did not agree with it. "There is nothing routine about arresting 23 people for doing what their grandfathers did," Dragan-Voss said.

Kaldmar's embassy in Zenor did not respond to a request for comment. ■
''',
    s('Mirela Dragan-Voss', 'spokesperson', 'Zelvara urges Kaldmar to release detained fishermen', 'says', role='Foreign Ministry spokesperson'),
    s('Zelvara', 'Zelvara', 'Kaldmar to release detained fishermen', 'urges', nested=True, via='Mirela Dragan-Voss'),
    s('Mirela Dragan-Voss', 'Foreign Ministry spokesperson Mirela Dragan-Voss', 'Zelvara has asked Kaldmar to release 23 Zelvaran fishermen detained last week and to return their three boats', 'said', role='Foreign Ministry spokesperson'),
    s('Zelvara', 'Zelvara', 'Kaldmar to release 23 Zelvaran fishermen detained last week and to return their three boats', 'has asked', nested=True, via='Mirela Dragan-Voss'),
    s('Mirela Dragan-Voss', 'Dragan-Voss', 'the fishermen had been working in waters where Zelvaran vessels "have fished for generations" and that their detention was "unjustified and disproportionate."', 'said', 'mixed', role='Foreign Ministry spokesperson'),
    s('Mirela Dragan-Voss', 'she', 'The Zelvaran embassy in Kaldmar had visited the detained crew members and found them in good health', 'said', role='Foreign Ministry spokesperson'),
    s('Mirela Dragan-Voss', 'she', 'the embassy was providing them with legal assistance', 'adding', role='Foreign Ministry spokesperson'),
    s('Mirela Dragan-Voss', 'Dragan-Voss', 'Zelvara "prefers dialogue to counter-measures" but would "protect the legitimate rights of its citizens by all lawful means."', 'said', 'mixed', role='Foreign Ministry spokesperson'),
    s('Kaldmari media reports', 'Kaldmari media reports', 'the fishermen were detained by a Kaldmari patrol ship about 18 nautical miles off the island of Vessa, inside what Kaldmar considers its exclusive economic zone', 'According to'),
    s('Mirela Dragan-Voss', 'The spokesperson', 'the last round of talks on the issue, held in Zenor in January, had been "useful" and that Zelvara was ready to hold the next round "at any time."', 'said', 'mixed', role='Foreign Ministry spokesperson'),
    s('Dagsvakt', 'the Kaldmari newspaper Dagsvakt', 'Zelvara plans to build a second naval base on the coast', 'report'),
    s('Mirela Dragan-Voss', 'the spokesperson', 'she had "nothing to announce" and that Zelvara\'s defence policy "threatens no one."', 'said', 'mixed', role='Foreign Ministry spokesperson'),
    s('Mirela Dragan-Voss', 'Dragan-Voss', 'Foreign Minister Radu Esterhazy-Lam will visit Pelmark and Tirenne next week', 'confirmed', role='Foreign Ministry spokesperson'),
    s('Mirela Dragan-Voss', 'she', 'The minister will hold talks with his counterparts on energy cooperation and the situation in the region', 'said', role='Foreign Ministry spokesperson'),
    s('Mirela Dragan-Voss', 'Dragan-Voss', 'Zelvara respects the choice of the Tirennian people and "looks forward to working with the new government."', 'said', 'mixed', role='Foreign Ministry spokesperson'),
    s('Mirela Dragan-Voss', 'the spokesperson', 'Zelvara would send 200 tonnes of food and medical supplies through the Zelvaran Red Crescent', 'said', role='Foreign Ministry spokesperson'),
    s('Mirela Dragan-Voss', 'she', '"The first trucks will leave on Monday,"', 'said', 'direct', role='Foreign Ministry spokesperson'),
    s('Mirela Dragan-Voss', 'She', 'Zelvara had noted the statement by the Kaldmari Foreign Ministry on Thursday, which called the detentions "a routine law enforcement matter," but did not agree with it', 'said', 'mixed', role='Foreign Ministry spokesperson'),
    s('Kaldmari Foreign Ministry', 'the Kaldmari Foreign Ministry', '"a routine law enforcement matter,"', 'called', 'direct', nested=True, via='Mirela Dragan-Voss'),
    s('Mirela Dragan-Voss', 'Dragan-Voss', '"There is nothing routine about arresting 23 people for doing what their grandfathers did,"', 'said', 'direct', role='Foreign Ministry spokesperson'),
)

doc('p11-agp-tirenne-election', 'AGP', '2026-04-13', '''
Tirenne opposition wins majority as PM concedes defeat

Saint-Amaury (AGP) - Tirenne's centre-right opposition won an outright majority in Sunday's parliamentary election, official results showed Monday, ending 12 years of Social Democratic rule, and Prime Minister Halvard Munthe-Berg conceded defeat.

The Civic Alliance led by former central banker Elodie Vasquez-Arnaud took 79 of the 150 seats in parliament, the Central Electoral Commission said, with all ballots counted. Munthe-Berg's Social Democrats fell to 41 seats from 68.

Turnout was 71 percent, the highest since 1998, the commission said.

"Tonight Tirenne chose change, and I will not waste a single day of it," Vasquez-Arnaud told cheering supporters at a rally in the capital shortly after midnight.

She said her first priorities would be to cut the waiting lists in public hospitals and to "put the budget back on a sustainable path," and that she hoped to form a government within two weeks.

Munthe-Berg, 61, congratulated his rival in a telephone call and said he would step down as party leader. "The voters have spoken clearly, and we must listen," he told reporters at party headquarters. "I take full responsibility for this result."

The Social Democrats had campaigned on their record of low unemployment, but polls showed voters were angry about housing costs and long hospital queues.

"People could not afford a flat and could not see a doctor. That is not a record, that is a bill," said Fabrice Lindqvist-Moreau, a political scientist at the University of Saint-Amaury.

The far-right Tirenne First party won 14 seats, up from six. Its leader, Gaspard Hollenbeck, said the result proved that his party "is no longer on the margins," and claimed without evidence that postal votes had been manipulated in two districts.

The electoral commission rejected the claim. Its chairwoman, Ines Kowalczyk-Saar, said there had been "no irregularities of any significance" and that complaints could be filed with the constitutional court within five days.

An observer mission from the Council of Northern States said the vote was "competitive and well administered," though it noted that media coverage had favoured the governing party during the campaign.

In Pelmark, the Foreign Ministry said it looked forward to "continuing close cooperation" with the new government. Zelvara also welcomed the result.

A senior Civic Alliance official, who asked not to be named because coalition talks had not begun, said the party would offer the finance ministry to a technocrat rather than a party member. "Elodie wants someone the markets already trust," the official said.

Vasquez-Arnaud, 54, would be the first woman to lead Tirenne. Asked by AGP whether she would keep the outgoing government's defence spending pledges, she said: "Every promise Tirenne has made to its allies, it will keep."

els/gw/fm
''',
    s('Halvard Munthe-Berg', 'PM', 'defeat', 'concedes', role='Prime Minister'),
    s('official results', 'official results', "Tirenne's centre-right opposition won an outright majority in Sunday's parliamentary election", 'showed'),
    s('Halvard Munthe-Berg', 'Prime Minister Halvard Munthe-Berg', 'defeat', 'conceded', role='Prime Minister'),
    s('Central Electoral Commission', 'the Central Electoral Commission', 'The Civic Alliance led by former central banker Elodie Vasquez-Arnaud took 79 of the 150 seats in parliament', 'said'),
    s('Central Electoral Commission', 'the commission', 'Turnout was 71 percent, the highest since 1998', 'said'),
    s('Elodie Vasquez-Arnaud', 'Vasquez-Arnaud', '"Tonight Tirenne chose change, and I will not waste a single day of it,"', 'told', 'direct', role='former central banker'),
    s('Elodie Vasquez-Arnaud', 'She', 'her first priorities would be to cut the waiting lists in public hospitals and to "put the budget back on a sustainable path," and that she hoped to form a government within two weeks', 'said', 'mixed', role='former central banker'),
    s('Halvard Munthe-Berg', 'Munthe-Berg, 61', 'he would step down as party leader', 'said', role='Prime Minister'),
    s('Halvard Munthe-Berg', 'he', '"The voters have spoken clearly, and we must listen,"', 'told', 'direct', role='Prime Minister'),
    s('Halvard Munthe-Berg', '', '"I take full responsibility for this result."', '', 'direct', role='Prime Minister'),
    s('polls', 'polls', 'voters were angry about housing costs and long hospital queues', 'showed'),
    s('Fabrice Lindqvist-Moreau', 'Fabrice Lindqvist-Moreau, a political scientist at the University of Saint-Amaury', '"People could not afford a flat and could not see a doctor. That is not a record, that is a bill,"', 'said', 'direct', role='political scientist'),
    s('Gaspard Hollenbeck', 'Its leader, Gaspard Hollenbeck', 'the result proved that his party "is no longer on the margins,"', 'said', 'mixed', role='leader'),
    s('Gaspard Hollenbeck', 'Its leader, Gaspard Hollenbeck', 'postal votes had been manipulated in two districts', 'claimed', role='leader'),
    s('Central Electoral Commission', 'The electoral commission', 'the claim', 'rejected'),
    s('Ines Kowalczyk-Saar', 'Its chairwoman, Ines Kowalczyk-Saar', 'there had been "no irregularities of any significance" and that complaints could be filed with the constitutional court within five days', 'said', 'mixed', role='chairwoman'),
    s('observer mission from the Council of Northern States', 'An observer mission from the Council of Northern States', 'the vote was "competitive and well administered,"', 'said', 'mixed'),
    s('observer mission from the Council of Northern States', 'it', 'media coverage had favoured the governing party during the campaign', 'noted'),
    s('Pelmark Foreign Ministry', 'the Foreign Ministry', 'it looked forward to "continuing close cooperation" with the new government', 'said', 'mixed'),
    s('Zelvara', 'Zelvara', 'the result', 'welcomed'),
    s('A senior Civic Alliance official', 'A senior Civic Alliance official, who asked not to be named because coalition talks had not begun', 'the party would offer the finance ministry to a technocrat rather than a party member', 'said'),
    s('A senior Civic Alliance official', 'the official', '"Elodie wants someone the markets already trust,"', 'said', 'direct'),
    s('Elodie Vasquez-Arnaud', 'she', '"Every promise Tirenne has made to its allies, it will keep."', 'said', 'direct', role='former central banker'),
)

doc('p12-orvex-copper-strike', 'Orvex News', '2026-02-05', '''
Strike halts output at Pelmark's Corvanna copper mine; union rejects wage offer

By Lucia Ferreira-Lundqvist and Tobias Renwick-Ade

CASTEL ORO, Feb 5 (Orvex) - Workers at the Corvanna copper mine in northern Pelmark walked off the job on Thursday after rejecting a wage offer from operator Meridane Resources, halting production at one of the world's 15 largest copper mines, the company and the union said.

The strike by about 3,200 workers began at the morning shift change, union leader Hector Balmaceda-Strom told Orvex. He said the union was seeking a 7% raise and a bonus of 4,000 dollars per worker, while Meridane had offered 3.5% and a bonus of 1,500 dollars.

"We produced record copper last year, at record prices. The workers want their share, nothing more," Balmaceda-Strom said.

Meridane, which is listed in London and Toronto, said in a statement that its offer was "the best in the industry" and that it had activated a contingency plan to protect the mine's facilities. It did not say how much output would be lost.

Corvanna produced 412,000 tonnes of copper last year, about 2% of world supply, according to the company's annual report.

Benchmark copper on the London Metal Exchange rose as much as 1.8% to $10,240 a ton after news of the strike, before paring gains.

"The market was already tight. A long strike at Corvanna would take a meaningful amount of concentrate out of the system," said Gillian Oduya-Marsh, a metals analyst at Greyling Commodities in London. A strike of two weeks or more, she said, could push prices above the record set in March.

Two people familiar with the talks said the company was prepared to raise its bonus offer but not the wage increase, which it fears would set a precedent for negotiations at its two other Pelmarki mines later this year. One of the people said a government mediator could be appointed as early as next week.

Pelmark's mining ministry said it was "following the situation closely" and urged both parties to return to the negotiating table. Mining Minister Adela Quiroga-Vance told a radio station that copper was "too important for the country to be held hostage by a pay dispute" but declined to say whether the government would intervene.

Under Pelmarki labour law, the company can ask a court to order workers back after 15 days if the strike threatens the safety of the mine.

Meridane Chief Executive Graham Ostrowski-Lee told investors in January that the company expected Corvanna's output to rise about 5% this year as it processes higher-grade ore. Analysts at Osgood Bank said in a note on Thursday that the forecast was now "at risk."

The last strike at Corvanna, in 2021, lasted 26 days and cost the company an estimated 60,000 tonnes of output.

Meridane shares fell 2.9% in London.

(Reporting by Lucia Ferreira-Lundqvist in Castel Oro and Tobias Renwick-Ade in London; Editing by Marcus Oyelaran-Fitch)
''',
    s('Meridane Resources and the union', 'the company and the union', "Workers at the Corvanna copper mine in northern Pelmark walked off the job on Thursday after rejecting a wage offer from operator Meridane Resources, halting production at one of the world's 15 largest copper mines", 'said'),
    s('Hector Balmaceda-Strom', 'union leader Hector Balmaceda-Strom', 'The strike by about 3,200 workers began at the morning shift change', 'told', role='union leader'),
    s('Hector Balmaceda-Strom', 'He', 'the union was seeking a 7% raise and a bonus of 4,000 dollars per worker, while Meridane had offered 3.5% and a bonus of 1,500 dollars', 'said', role='union leader'),
    s('Hector Balmaceda-Strom', 'Balmaceda-Strom', '"We produced record copper last year, at record prices. The workers want their share, nothing more,"', 'said', 'direct', role='union leader'),
    s('Meridane Resources', 'Meridane, which is listed in London and Toronto', 'its offer was "the best in the industry" and that it had activated a contingency plan to protect the mine\'s facilities', 'said', 'mixed'),
    s('Meridane Resources', "the company's annual report", 'Corvanna produced 412,000 tonnes of copper last year, about 2% of world supply', 'according to'),
    s('Gillian Oduya-Marsh', 'Gillian Oduya-Marsh, a metals analyst at Greyling Commodities in London', '"The market was already tight. A long strike at Corvanna would take a meaningful amount of concentrate out of the system,"', 'said', 'direct', role='metals analyst'),
    s('Gillian Oduya-Marsh', 'she', ['A strike of two weeks or more', 'could push prices above the record set in March'], 'said', role='metals analyst', anchor='A strike of two weeks or more'),
    s('Two people familiar with the talks', 'Two people familiar with the talks', 'the company was prepared to raise its bonus offer but not the wage increase, which it fears would set a precedent for negotiations at its two other Pelmarki mines later this year', 'said'),
    s('One of the people', 'One of the people', 'a government mediator could be appointed as early as next week', 'said'),
    s("Pelmark's mining ministry", "Pelmark's mining ministry", 'it was "following the situation closely"', 'said', 'mixed'),
    s("Pelmark's mining ministry", "Pelmark's mining ministry", 'both parties to return to the negotiating table', 'urged'),
    s('Adela Quiroga-Vance', 'Mining Minister Adela Quiroga-Vance', 'copper was "too important for the country to be held hostage by a pay dispute"', 'told', 'mixed', role='Mining Minister'),
    s('Graham Ostrowski-Lee', 'Meridane Chief Executive Graham Ostrowski-Lee', "the company expected Corvanna's output to rise about 5% this year as it processes higher-grade ore", 'told', role='Chief Executive'),
    s('Analysts at Osgood Bank', 'Analysts at Osgood Bank', 'the forecast was now "at risk."', 'said', 'mixed'),
)

doc('p13-arvenland-president-call', 'Office of the President of Arvenland', '2026-10-06', '''
Office of the President of the Republic of Arvenland

Press releases

Telephone conversation with Prime Minister of Doravia Evert Brennholt

6 October 2026

President of Arvenland Marta Kallioniemi-Voss held a telephone conversation with Prime Minister of the Kingdom of Doravia Evert Brennholt.

The two leaders discussed the implementation of the agreements reached during the Prime Minister's visit to Velden in June, including the construction of the second power line across the Sund strait and the joint purchase of gas.

Marta Kallioniemi-Voss noted that the trade turnover between the two countries had grown by 14 percent in the first eight months of the year and stressed that Arvenland regards Doravia as a reliable partner in ensuring the energy security of the region.

The Prime Minister of Doravia informed the President about the preparations for the international donor conference on the reconstruction of the port of Halsted, which will be held in Doravia in November. According to Evert Brennholt, more than forty states and international organisations have already confirmed their participation.

The President of Arvenland said that Arvenland would take part in the conference at the level of the Minister of Foreign Affairs and would announce its contribution there. She emphasised that the reconstruction of the port should be carried out "transparently and with the participation of local businesses."

The head of the Doravian government thanked Arvenland for its consistent support. He noted that the first phase of the reconstruction would focus on the grain terminal, which is important for food security far beyond the region.

The interlocutors exchanged views on the situation in the Sund strait following the incidents with the undersea cables in September. Marta Kallioniemi-Voss stressed the need to strengthen the protection of critical infrastructure on the seabed and proposed holding a meeting of the defence ministers of the two countries before the end of the year. Evert Brennholt supported the proposal.

The Prime Minister expressed concern over the increased activity of unidentified vessels near Doravian territorial waters. In his opinion, the incidents "cannot be regarded as accidental."

The two leaders agreed that the investigation into the damage to the cables should be completed as soon as possible and that its results should be made public.

The President of Arvenland invited Evert Brennholt to pay an official visit to Arvenland next year. The invitation was accepted with gratitude.

The sides agreed to maintain regular contacts.
''',
    s('Marta Kallioniemi-Voss', 'Marta Kallioniemi-Voss', 'the trade turnover between the two countries had grown by 14 percent in the first eight months of the year', 'noted', role='President of Arvenland'),
    s('Marta Kallioniemi-Voss', 'Marta Kallioniemi-Voss', 'Arvenland regards Doravia as a reliable partner in ensuring the energy security of the region', 'stressed', role='President of Arvenland'),
    s('Evert Brennholt', 'Evert Brennholt', 'more than forty states and international organisations have already confirmed their participation', 'According to', role='Prime Minister of Doravia'),
    s('more than forty states and international organisations', 'more than forty states and international organisations', 'their participation', 'have already confirmed', nested=True, via='Evert Brennholt'),
    s('Marta Kallioniemi-Voss', 'The President of Arvenland', 'Arvenland would take part in the conference at the level of the Minister of Foreign Affairs and would announce its contribution there', 'said', role='President of Arvenland'),
    s('Marta Kallioniemi-Voss', 'She', 'the reconstruction of the port should be carried out "transparently and with the participation of local businesses."', 'emphasised', 'mixed', role='President of Arvenland'),
    s('Evert Brennholt', 'He', 'the first phase of the reconstruction would focus on the grain terminal, which is important for food security far beyond the region', 'noted', role='Prime Minister of Doravia'),
    s('Marta Kallioniemi-Voss', 'Marta Kallioniemi-Voss', 'the need to strengthen the protection of critical infrastructure on the seabed', 'stressed', role='President of Arvenland'),
    s('Marta Kallioniemi-Voss', 'Marta Kallioniemi-Voss', 'holding a meeting of the defence ministers of the two countries before the end of the year', 'proposed', role='President of Arvenland'),
    s('Evert Brennholt', 'Evert Brennholt', 'the proposal', 'supported', role='Prime Minister of Doravia'),
    s('Evert Brennholt', 'The Prime Minister', 'concern over the increased activity of unidentified vessels near Doravian territorial waters', 'expressed', role='Prime Minister of Doravia'),
    s('Evert Brennholt', 'his', 'the incidents "cannot be regarded as accidental."', 'In his opinion', 'mixed', role='Prime Minister of Doravia'),
    s('Marta Kallioniemi-Voss and Evert Brennholt', 'The two leaders', 'the investigation into the damage to the cables should be completed as soon as possible and that its results should be made public', 'agreed'),
    s('Marta Kallioniemi-Voss and Evert Brennholt', 'The sides', 'to maintain regular contacts', 'agreed'),
)

doc('p14-zelvara-pelmark-joint-statement', 'Ministry of Foreign Affairs of Zelvara', '2026-04-24', '''
Ministry of Foreign Affairs of the Republic of Zelvara

Joint Statement of the Ministers of Foreign Affairs of the Republic of Zelvara and the Republic of Pelmark

Valderrey, 23 April 2026

At the invitation of the Minister of Foreign Affairs of the Republic of Pelmark, Beatriz Ocampo-Lindgren, the Minister of Foreign Affairs of the Republic of Zelvara, Radu Esterhazy-Lam, paid an official visit to Pelmark on 22-23 April 2026. Following their talks, the Ministers adopted the following Joint Statement.

1. The Ministers reaffirmed the strategic character of the partnership between Zelvara and Pelmark and their shared commitment to the principles of the Charter of the United Nations and international law.

2. The Ministers noted with satisfaction that bilateral trade had exceeded 2.8 billion euros in 2025 and agreed to work towards increasing it to 4 billion euros by 2030.

3. The sides agreed to launch negotiations on an agreement on the mutual protection of investments and to hold the first round in Zenor in June 2026.

4. The Ministers welcomed the opening of the direct air route between Zenor and Valderrey in March 2026.

5. The Zelvaran side reaffirmed its support for the candidacy of Pelmark for a non-permanent seat on the United Nations Security Council for the term 2029-2030. The Pelmarki side expressed its gratitude for this support.

6. Both Ministers expressed deep concern over the escalation along the Varrona-Kelbrin border and called on the parties to cease hostilities, to respect the 2016 ceasefire arrangements and to resolve their differences exclusively by peaceful means.

7. The Ministers stressed that the freedom of navigation and the safety of fishermen must be respected in all maritime areas, and that disputes over maritime boundaries should be settled through negotiations on the basis of the United Nations Convention on the Law of the Sea.

8. The Pelmarki side informed the Zelvaran side about the preparations for the regional conference on water security to be held in Valderrey in October 2026. The Zelvaran side confirmed its participation at ministerial level.

9. The Ministers agreed that the next round of political consultations between the two ministries will take place in Zenor in the first half of 2027.

The Minister of Foreign Affairs of Zelvara expressed his gratitude to the Minister of Foreign Affairs of Pelmark for the warm hospitality extended to him and his delegation.

During the visit, Radu Esterhazy-Lam was also received by the President of the Republic of Pelmark, Tomas Arrieta-Blum. The President said that Pelmark valued "the steady and predictable friendship" of Zelvara and asked the Minister to convey his greetings to the President of Zelvara.
''',
    s('Beatriz Ocampo-Lindgren and Radu Esterhazy-Lam', 'The Ministers', 'the strategic character of the partnership between Zelvara and Pelmark and their shared commitment to the principles of the Charter of the United Nations and international law', 'reaffirmed'),
    s('Beatriz Ocampo-Lindgren and Radu Esterhazy-Lam', 'The Ministers', 'bilateral trade had exceeded 2.8 billion euros in 2025', 'noted'),
    s('Beatriz Ocampo-Lindgren and Radu Esterhazy-Lam', 'The Ministers', 'to work towards increasing it to 4 billion euros by 2030', 'agreed'),
    s('Beatriz Ocampo-Lindgren and Radu Esterhazy-Lam', 'The sides', 'to launch negotiations on an agreement on the mutual protection of investments and to hold the first round in Zenor in June 2026', 'agreed'),
    s('Beatriz Ocampo-Lindgren and Radu Esterhazy-Lam', 'The Ministers', 'the opening of the direct air route between Zenor and Valderrey in March 2026', 'welcomed'),
    s('Radu Esterhazy-Lam', 'The Zelvaran side', 'its support for the candidacy of Pelmark for a non-permanent seat on the United Nations Security Council for the term 2029-2030', 'reaffirmed', role='Minister of Foreign Affairs of the Republic of Zelvara'),
    s('Beatriz Ocampo-Lindgren and Radu Esterhazy-Lam', 'Both Ministers', 'deep concern over the escalation along the Varrona-Kelbrin border', 'expressed'),
    s('Beatriz Ocampo-Lindgren and Radu Esterhazy-Lam', 'Both Ministers', 'the parties to cease hostilities, to respect the 2016 ceasefire arrangements and to resolve their differences exclusively by peaceful means', 'called on'),
    s('Beatriz Ocampo-Lindgren and Radu Esterhazy-Lam', 'The Ministers', 'the freedom of navigation and the safety of fishermen must be respected in all maritime areas, and that disputes over maritime boundaries should be settled through negotiations on the basis of the United Nations Convention on the Law of the Sea', 'stressed'),
    s('Radu Esterhazy-Lam', 'The Zelvaran side', 'its participation at ministerial level', 'confirmed', role='Minister of Foreign Affairs of the Republic of Zelvara'),
    s('Beatriz Ocampo-Lindgren and Radu Esterhazy-Lam', 'The Ministers', 'the next round of political consultations between the two ministries will take place in Zenor in the first half of 2027', 'agreed'),
    s('Tomas Arrieta-Blum', 'The President', 'Pelmark valued "the steady and predictable friendship" of Zelvara', 'said', 'mixed', role='President of the Republic of Pelmark'),
)

doc('p15-arvenland-mfa-briefing', 'Ministry of Foreign Affairs of Arvenland', '2026-10-16', '''
Ministry of Foreign Affairs of the Republic of Arvenland

Briefing by the Spokesperson of the Ministry of Foreign Affairs Henrik Solvang-Adeyemi

Velden, 16 October 2026

Henrik Solvang-Adeyemi: Good afternoon. Let me start with the schedule of the Minister. On 19-20 October, Minister of Foreign Affairs Ingeborg Tallqvist will take part in the ministerial meeting of the Council of Northern States in Oddavik. She will speak at the opening session and hold more than ten bilateral meetings.

On the incidents in the Sund strait. The Ministry has summoned the chargé d'affaires of Kaldmar to demand explanations about the activity of the research vessel Nordstjerna near our undersea cables. We expect a written answer within a week. We have also informed our partners in the Council of Northern States.

Question: Kaldmar's defence ministry says the Nordstjerna was conducting routine scientific work and never entered Arvenland's waters. How do you respond?

Answer: We have the vessel's track for every hour of the past ten days. It stopped twice directly above the cables, for several hours each time. If that is routine science, it is a very curious kind of science. We are ready to share the data with any independent expert.

Question: Will Arvenland expel Kaldmari diplomats?

Answer: I will not speculate about measures. We will study the answer first.

Question: The Doravian Prime Minister said last week that the incidents "cannot be regarded as accidental." Does Velden share that view?

Answer: The Prime Minister and our President discussed this on the phone on 6 September, sorry, on 6 October, and their positions are very close. As the President said then, the investigation must be completed quickly and its results made public. I have nothing to add to that.

Question: There are reports that Arvenland will raise its contribution to the Halsted port reconstruction to 50 million euros. Can you confirm?

Answer: The contribution will be announced at the donor conference in November, as agreed. I would ask you to be patient.

Question (Velden Radio): A follow-up, please. Opposition deputies say the government learned about the cable damage from the media. Is that true?

Answer: No. The Ministry of Defence informed the Government on the morning of the incident, several hours before the first media reports. The Minister of Defence said so in Parliament on Tuesday, and the transcript is public.

Question: Thank you.

Henrik Solvang-Adeyemi: Thank you. See you next week.
''',
    s('Henrik Solvang-Adeyemi', 'Henrik Solvang-Adeyemi', 'Let me start with the schedule of the Minister.|We have also informed our partners in the Council of Northern States.', '', role='Spokesperson of the Ministry of Foreign Affairs'),
    s("Kaldmar's defence ministry", "Kaldmar's defence ministry", "the Nordstjerna was conducting routine scientific work and never entered Arvenland's waters", 'says'),
    s('Henrik Solvang-Adeyemi', '', "We have the vessel's track for every hour of the past ten days.|We are ready to share the data with any independent expert.", '', role='Spokesperson of the Ministry of Foreign Affairs'),
    s('Henrik Solvang-Adeyemi', '', 'I will not speculate about measures. We will study the answer first.', '', role='Spokesperson of the Ministry of Foreign Affairs'),
    s('Doravian Prime Minister', 'The Doravian Prime Minister', 'the incidents "cannot be regarded as accidental."', 'said', 'mixed'),
    s('Henrik Solvang-Adeyemi', '', 'The Prime Minister and our President discussed this on the phone|I have nothing to add to that.', '', role='Spokesperson of the Ministry of Foreign Affairs'),
    s('President', 'the President', 'the investigation must be completed quickly and its results made public', 'said', nested=True, via='Henrik Solvang-Adeyemi'),
    s('Henrik Solvang-Adeyemi', '', 'The contribution will be announced at the donor conference in November, as agreed. I would ask you to be patient.', '', role='Spokesperson of the Ministry of Foreign Affairs'),
    s('Opposition deputies', 'Opposition deputies', 'the government learned about the cable damage from the media', 'say'),
    s('Henrik Solvang-Adeyemi', '', 'No. The Ministry of Defence informed the Government on the morning of the incident|and the transcript is public.', '', role='Spokesperson of the Ministry of Foreign Affairs'),
)

doc('p16-doravia-cabinet-heating', 'Government of Doravia', '2026-10-14', '''
Government of the Kingdom of Doravia

News

Government meeting on preparations for the heating season

14 October 2026

Prime Minister Evert Brennholt chaired a meeting of the Government on preparations for the heating season and the protection of energy infrastructure.

Opening the meeting, the Prime Minister said that the damage to the undersea power cable in September had shown how vulnerable the country's energy system was. "We were lucky this time. We cannot build our winter on luck," Evert Brennholt said.

Minister of Energy Sigrun Aaltonen-Kerr reported that gas storage facilities were 94 percent full, above the target of 90 percent set in the spring. According to the Minister, repairs to the damaged cable will be completed by 15 November, and until then electricity imports from Arvenland will be carried by the older line.

The head of the Ministry of Energy warned that prices on the wholesale electricity market could rise by up to a third in January if the winter is colder than average.

Minister of Social Affairs Petra Lindahl-Okoro informed the Government that about 210,000 households were receiving heating allowances. She proposed raising the allowance by 15 percent from 1 November and extending it to pensioners living alone. The proposal was approved.

Minister of Defence Anders Holmgaard-Vik said that the navy had increased patrols in the Sund strait and that two additional vessels would be deployed near the cable routes by the end of the month. He added that cooperation with Arvenland in this area was "excellent."

Minister of Finance Clara Mendes-Ostby noted that the measures discussed would cost about 180 million kroner this year. The Minister said the money would come from the reserve fund and would not require changes to the budget.

Following the discussion, the Prime Minister instructed:

– the Ministry of Energy, together with the grid operator Dornet, to prepare by 1 November a plan for supplying electricity to hospitals and water plants in the event of a new cable failure;
– the Ministry of Social Affairs to begin paying the increased heating allowance from 1 November;
– the Ministry of Defence and the Ministry of Transport to draw up, within one month, a list of critical undersea infrastructure and the measures needed to protect it;
– the Ministry of Foreign Affairs to raise the protection of undersea infrastructure at the meeting of the Council of Northern States in December.

The Government also approved a draft law on the security of critical infrastructure, which will be submitted to Parliament.

Concluding the meeting, Evert Brennholt asked ministers to report to him every week until the cable is repaired. "Nobody in this room should learn about a problem from the news," the Prime Minister said.
''',
    s('Evert Brennholt', 'the Prime Minister', "the damage to the undersea power cable in September had shown how vulnerable the country's energy system was", 'said', role='Prime Minister'),
    s('Evert Brennholt', 'Evert Brennholt', '"We were lucky this time. We cannot build our winter on luck,"', 'said', 'direct', role='Prime Minister'),
    s('Sigrun Aaltonen-Kerr', 'Minister of Energy Sigrun Aaltonen-Kerr', 'gas storage facilities were 94 percent full, above the target of 90 percent set in the spring', 'reported', role='Minister of Energy'),
    s('Sigrun Aaltonen-Kerr', 'the Minister', 'repairs to the damaged cable will be completed by 15 November, and until then electricity imports from Arvenland will be carried by the older line', 'According to', role='Minister of Energy'),
    s('Sigrun Aaltonen-Kerr', 'The head of the Ministry of Energy', 'prices on the wholesale electricity market could rise by up to a third in January if the winter is colder than average', 'warned', role='Minister of Energy'),
    s('Petra Lindahl-Okoro', 'Minister of Social Affairs Petra Lindahl-Okoro', 'about 210,000 households were receiving heating allowances', 'informed', role='Minister of Social Affairs'),
    s('Petra Lindahl-Okoro', 'She', 'raising the allowance by 15 percent from 1 November and extending it to pensioners living alone', 'proposed', role='Minister of Social Affairs'),
    s('Anders Holmgaard-Vik', 'Minister of Defence Anders Holmgaard-Vik', 'the navy had increased patrols in the Sund strait and that two additional vessels would be deployed near the cable routes by the end of the month', 'said', role='Minister of Defence'),
    s('Anders Holmgaard-Vik', 'He', 'cooperation with Arvenland in this area was "excellent."', 'added', 'mixed', role='Minister of Defence'),
    s('Clara Mendes-Ostby', 'Minister of Finance Clara Mendes-Ostby', 'the measures discussed would cost about 180 million kroner this year', 'noted', role='Minister of Finance'),
    s('Clara Mendes-Ostby', 'The Minister', 'the money would come from the reserve fund and would not require changes to the budget', 'said', role='Minister of Finance'),
    s('Evert Brennholt', 'the Prime Minister', 'the Ministry of Energy, together with the grid operator Dornet, to prepare by 1 November a plan for supplying electricity to hospitals and water plants in the event of a new cable failure;', 'instructed', role='Prime Minister'),
    s('Evert Brennholt', 'the Prime Minister', 'the Ministry of Social Affairs to begin paying the increased heating allowance from 1 November;', 'instructed', role='Prime Minister'),
    s('Evert Brennholt', 'the Prime Minister', 'the Ministry of Defence and the Ministry of Transport to draw up, within one month, a list of critical undersea infrastructure and the measures needed to protect it;', 'instructed', role='Prime Minister'),
    s('Evert Brennholt', 'the Prime Minister', 'the Ministry of Foreign Affairs to raise the protection of undersea infrastructure at the meeting of the Council of Northern States in December.', 'instructed', role='Prime Minister'),
    s('Evert Brennholt', 'Evert Brennholt', 'ministers to report to him every week until the cable is repaired', 'asked', role='Prime Minister'),
    s('Evert Brennholt', 'the Prime Minister', '"Nobody in this room should learn about a problem from the news,"', 'said', 'direct', role='Prime Minister'),
)

write('invented_p_gold.jsonl', per_document=True)
