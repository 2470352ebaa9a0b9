"""Set AF's five North American newspaper articles (see build_af.py)."""
from invented_common import doc_spans as doc, s

DEF = 'Curtis Bellweather'
WIDOW = 'Rosalind Okonkwo-Pratt'
JUDGE = 'Evelyn Marwick-Teal'
R_JUDGE = 'Superior Court Judge'
DEFL = 'Harlan Quigley'
PROS = 'Natasha Imbert'

doc('af12-paper-sentencing-harbor-road-cyclist-death', 'The Ravelston Sentinel', '2032-02-20', '''
Drunken driver who killed cyclist on Harbor Road gets 7 years

'You took the best of us,' widow tells court

By Marisol Trent
Sentinel Staff Writer

A Port Ravelston man who was driving at nearly three times the legal alcohol limit when he struck and killed a cyclist on Harbor Road last spring was sentenced Thursday to seven years in state prison.

Superior Court Judge Evelyn Marwick-Teal imposed the sentence after a two-hour hearing in which the cyclist's widow, his daughter and two of his friends spoke about the man they had lost.

Curtis Bellweather, 34, pleaded guilty in December to vehicular homicide and driving under the influence. He faced up to 10 years.

Gerald Okonkwo-Pratt, a 61-year-old retired science teacher, was riding home from his Saturday group ride on April 18 when Bellweather's pickup drifted across the shoulder and hit him from behind. He died at the scene.

His widow, Rosalind Okonkwo-Pratt, read from a typed statement, her hands shaking. "You took the best of us. You took the man who taught half this town's children how a battery works," she said, looking across the courtroom at Bellweather. "I do not hate you. I have tried to. I am too tired."

Their daughter, Lena Okonkwo-Pratt, 29, told the court her father had been planning to ride across the state with her in the summer. "I still have his bike in my garage. I can't sell it and I can't look at it," she said.

Two members of his cycling club said he had spent 20 years pushing the county to build a protected bike lane on Harbor Road. It opened in November, seven months after his death.

Assistant District Attorney Natasha Imbert asked for the maximum sentence. She told the judge that Bellweather had been stopped for drunken driving twice before, in 2026 and 2029, and had kept driving on a suspended license.

"This was not one bad decision. It was the third time the defendant made the same decision, and this time a man paid for it with his life," Imbert said.

Bellweather's attorney, Harlan Quigley, argued for five years. He said his client had been sober since the crash, had completed a treatment program in jail and had written letters of apology to the family, which they had declined to read.

"Mr. Bellweather will carry this every day of his life. Nothing this court does will change that, and nothing he says will bring Mr. Okonkwo-Pratt back," Quigley said.

Bellweather, in an orange jail uniform, stood to address the family. "I am sorry. I know that word is too small. I was a drunk and I thought I was fine to drive, and I killed a good man," he said, his voice breaking.

Marwick-Teal said she believed the apology was sincere but that the defendant's history left her little room.

"You were given two chances by the courts of this state. You were told, in writing, that you could not drive," she said. "The law asks me to weigh your remorse, and I have. It also asks me to protect the people on that road."

She ordered that Bellweather's driver's license be revoked for life and that he complete an alcohol treatment program in prison. With credit for time served, he could be eligible for parole in about five years, Imbert said after the hearing.

Outside the courthouse, members of the cycling club held up a framed photo of Okonkwo-Pratt in his red club jersey.

Rosalind Okonkwo-Pratt said the sentence was "fair, as far as anything can be fair now." She said she planned to ride the new bike lane on the anniversary of her husband's death.

"He'd want me on a bike, not in a courtroom," she said.
''',
    s(WIDOW, 'widow', "'You took the best of us,'", 'tells', 'direct', role='widow'),
    s(DEF, 'Curtis Bellweather, 34', 'guilty in December to vehicular homicide and driving under the influence', 'pleaded'),
    s(WIDOW, 'she', '"You took the best of us. You took the man who taught half this town\'s children how a battery works,"', 'said', 'direct', role='widow'),
    s(WIDOW, '', '"I do not hate you. I have tried to. I am too tired."', '', 'direct', role='widow'),
    s('Lena Okonkwo-Pratt', 'Their daughter, Lena Okonkwo-Pratt, 29', 'her father had been planning to ride across the state with her in the summer', 'told', role='daughter'),
    s('Lena Okonkwo-Pratt', 'she', '"I still have his bike in my garage. I can\'t sell it and I can\'t look at it,"', 'said', 'direct', role='daughter'),
    s('Two members of his cycling club', 'Two members of his cycling club', 'he had spent 20 years pushing the county to build a protected bike lane on Harbor Road', 'said'),
    s(PROS, 'Assistant District Attorney Natasha Imbert', 'the maximum sentence', 'asked for', role='Assistant District Attorney'),
    s(PROS, 'She', 'Bellweather had been stopped for drunken driving twice before, in 2026 and 2029, and had kept driving on a suspended license', 'told', role='Assistant District Attorney'),
    s(PROS, 'Imbert', '"This was not one bad decision. It was the third time the defendant made the same decision, and this time a man paid for it with his life,"', 'said', 'direct', role='Assistant District Attorney'),
    s(DEFL, "Bellweather's attorney, Harlan Quigley", 'five years', 'argued for', role='attorney'),
    s(DEFL, 'He', 'his client had been sober since the crash, had completed a treatment program in jail and had written letters of apology to the family, which they had declined to read', 'said', role='attorney'),
    s(DEFL, 'Quigley', '"Mr. Bellweather will carry this every day of his life. Nothing this court does will change that, and nothing he says will bring Mr. Okonkwo-Pratt back,"', 'said', 'direct', role='attorney'),
    s(DEF, 'he', '"I am sorry. I know that word is too small. I was a drunk and I thought I was fine to drive, and I killed a good man,"', 'said', 'direct'),
    s(JUDGE, 'Marwick-Teal', "she believed the apology was sincere but that the defendant's history left her little room", 'said', role=R_JUDGE),
    s(JUDGE, 'she', '"You were given two chances by the courts of this state. You were told, in writing, that you could not drive,"', 'said', 'direct', role=R_JUDGE),
    s(JUDGE, '', '"The law asks me to weigh your remorse, and I have. It also asks me to protect the people on that road."', '', 'direct', role=R_JUDGE),
    s(PROS, 'Imbert', 'With credit for time served, he could be eligible for parole in about five years', 'said', role='Assistant District Attorney'),
    s(WIDOW, 'Rosalind Okonkwo-Pratt', 'the sentence was "fair, as far as anything can be fair now."', 'said', 'mixed', role='widow'),
    s(WIDOW, 'She', "she planned to ride the new bike lane on the anniversary of her husband's death", 'said', role='widow'),
    s(WIDOW, 'she', '"He\'d want me on a bike, not in a courtroom,"', 'said', 'direct', role='widow'),
)

TENANTS = 'Alder Court Tenants Association'
PRESI = 'Yolanda Brisbane-Ortiz'
LANDLORD = 'Cardine Peak Properties'
SPOKES = 'Devin Hollister'
COUNC = 'Mitchell Abernathy-Cole'

doc('af13-paper-alder-court-tenants-renovation-evictions', 'Brackenport Daily Star', '2032-07-09', '''
Alder Court tenants fight landlord's plan to empty building for renovations

Company says units are unsafe; tenants say it wants higher rents

By Priya Castellane

For 23 years, Hortense Mabry has watched the sun come up over Lake Ombra from her kitchen window on the sixth floor of Alder Court. Last month, she found an eviction notice under her door with a date on it: Oct. 31.

Mabry, 74, is one of 112 households in the east-end apartment building who have received notices from the owner, Cardine Peak Properties, saying the building must be emptied for major repairs to its plumbing, wiring and balconies.

The tenants say the repairs are a pretext.

"They bought this building two years ago, and they have been waiting for us to leave ever since," said Yolanda Brisbane-Ortiz, president of the Alder Court Tenants Association, which has about 80 members. "The repairs are real. The need to empty the building is not."

The association argues that most of the work could be done one floor at a time while residents stay in their homes, as the building's previous owner did when it replaced the windows in 2024. It has hired a lawyer and filed an application with the province's Rental Housing Tribunal to block the evictions.

Tenants at Alder Court pay an average of $1,240 a month for a two-bedroom apartment, according to the association's survey of its members. Similar renovated units in the neighbourhood are listed for $2,300 or more.

Cardine Peak Properties said in a statement that the building's electrical system and water pipes were "at the end of their safe life" and that an engineering report commissioned by the company had found the work could not safely be carried out with tenants in place.

Company spokesman Devin Hollister said tenants would receive compensation equal to three months' rent and would have the right to return at their current rent once the work was finished, as provincial law requires.

"We understand this is disruptive and we are not pretending otherwise. But we are not going to leave people living with wiring from 1968," he said in an interview.

Asked how long the work would take, Hollister said the company expected it to last about 14 months.

Tenants are skeptical that they will ever come back.

"Fourteen months. And then where do I live for 14 months, at my age, on my pension?" Mabry said. "My doctor is here. My church is here. My sister is on the fourth floor."

Another tenant, Farid Quon, a 38-year-old bus driver who lives with his wife and three children on the second floor, said he had looked at 20 apartments in the past month and could not afford any of them.

City records show that Cardine Peak has been cited 17 times since 2030 for failing to fix elevators, heating and leaks at Alder Court. Hollister said all of the orders had been dealt with.

Ward 9 Councillor Mitchell Abernathy-Cole, who represents the area, said he had asked city staff to report on whether Brackenport could require landlords to offer temporary housing nearby during major renovations, as two other cities in the province have done.

"The law says tenants can come back. But if you push a 74-year-old woman out to the suburbs for a year, you have to ask whether she ever really will," he said.

Housing researcher Anita Goldfarb-Mensah of Lakeshore University said evictions for renovation had become "the most common way long-term tenants lose affordable homes" in the city, and that tribunals rarely stopped them.

The tribunal is scheduled to hear the tenants' application in September.

Until then, Mabry said, she is not packing. "I have boxes. I'm not using them."
''',
    s('tenants', 'tenants', 'it wants higher rents', 'say'),
    s(LANDLORD, 'Company', 'units are unsafe', 'says'),
    s('The tenants', 'The tenants', 'the repairs are a pretext', 'say'),
    s(PRESI, 'Yolanda Brisbane-Ortiz, president of the Alder Court Tenants Association', '"They bought this building two years ago, and they have been waiting for us to leave ever since,"', 'said', 'direct', role='president of the Alder Court Tenants Association'),
    s(PRESI, '', '"The repairs are real. The need to empty the building is not."', '', 'direct', role='president of the Alder Court Tenants Association'),
    s(LANDLORD, 'the owner, Cardine Peak Properties', 'the building must be emptied for major repairs to its plumbing, wiring and balconies', 'saying'),
    s(TENANTS, 'The association', "most of the work could be done one floor at a time while residents stay in their homes, as the building's previous owner did when it replaced the windows in 2024", 'argues'),
    s(TENANTS, "the association's survey of its members", 'Tenants at Alder Court pay an average of $1,240 a month for a two-bedroom apartment', 'according to'),
    s(LANDLORD, 'Cardine Peak Properties', 'the building\'s electrical system and water pipes were "at the end of their safe life" and that an engineering report commissioned by the company had found the work could not safely be carried out with tenants in place', 'said', 'mixed'),
    s(SPOKES, 'Company spokesman Devin Hollister', "tenants would receive compensation equal to three months' rent and would have the right to return at their current rent once the work was finished, as provincial law requires", 'said', role='Company spokesman'),
    s(SPOKES, 'he', '"We understand this is disruptive and we are not pretending otherwise. But we are not going to leave people living with wiring from 1968,"', 'said', 'direct', role='Company spokesman'),
    s(SPOKES, 'Hollister', 'the company expected it to last about 14 months', 'said', role='Company spokesman'),
    s('Tenants', 'Tenants', 'they will ever come back', 'are skeptical'),
    s('Hortense Mabry', 'Mabry', '"Fourteen months. And then where do I live for 14 months, at my age, on my pension?"', 'said', 'direct'),
    s('Hortense Mabry', '', '"My doctor is here. My church is here. My sister is on the fourth floor."', '', 'direct'),
    s('Farid Quon', 'Another tenant, Farid Quon, a 38-year-old bus driver who lives with his wife and three children on the second floor', 'he had looked at 20 apartments in the past month and could not afford any of them', 'said', role='bus driver'),
    s('City records', 'City records', 'Cardine Peak has been cited 17 times since 2030 for failing to fix elevators, heating and leaks at Alder Court', 'show'),
    s(SPOKES, 'Hollister', 'all of the orders had been dealt with', 'said', role='Company spokesman'),
    s(COUNC, 'Ward 9 Councillor Mitchell Abernathy-Cole, who represents the area', 'he had asked city staff to report on whether Brackenport could require landlords to offer temporary housing nearby during major renovations, as two other cities in the province have done', 'said', role='Ward 9 Councillor'),
    s(COUNC, 'he', '"The law says tenants can come back. But if you push a 74-year-old woman out to the suburbs for a year, you have to ask whether she ever really will,"', 'said', 'direct', role='Ward 9 Councillor'),
    s('Anita Goldfarb-Mensah', 'Housing researcher Anita Goldfarb-Mensah of Lakeshore University', 'evictions for renovation had become "the most common way long-term tenants lose affordable homes" in the city, and that tribunals rarely stopped them', 'said', 'mixed', role='Housing researcher'),
    s('Hortense Mabry', 'Mabry', 'she is not packing', 'said'),
    s('Hortense Mabry', '', '"I have boxes. I\'m not using them."', '', 'direct'),
)

UNION = 'Tillbrook Nurses Union'
UPRES = 'Shauna Pettigrew'
HOSP = "St. Aidan's Regional Hospital"
CEO = 'Raymond Delacroix-Hume'

doc('af14-paper-st-aidans-nurses-strike', 'The Tillbrook Record', '2032-11-03', '''
Nurses walk out at St. Aidan's as talks collapse

Hospital postpones surgeries; union says staffing is 'unsafe'

By Jerome Walcott-Riggs
Record Health Reporter

About 900 nurses at St. Aidan's Regional Hospital walked off the job at 7 a.m. Tuesday, forming picket lines at all four entrances after overnight talks with the hospital broke down over staffing levels and pay.

It is the first strike at the hospital since it opened in 1987.

The hospital said it had postponed about 60 scheduled surgeries and was diverting ambulances carrying non-critical patients to Bramcote General, 40 minutes away. The emergency department, intensive care unit and maternity ward remained open, staffed by managers, replacement nurses hired through an agency and about 140 union members required to work under a court-approved essential services agreement.

"We did not want to be out here. We have been telling them for two years that there are not enough of us on a shift to keep patients safe, and they have not listened," said Shauna Pettigrew, president of the Tillbrook Nurses Union local that represents the nurses. "Today they are listening."

The union is asking for a 14 percent raise over three years and for ratios written into the contract that would limit the number of patients each nurse cares for, such as one nurse for every four patients on medical and surgical floors. The hospital has offered 9 percent and has refused to put ratios in the contract.

Hospital President and CEO Raymond Delacroix-Hume said in a statement that the hospital had "negotiated in good faith for eleven months" and that the union's proposal on ratios would require hiring about 200 nurses "who simply do not exist in this region right now."

"Our door is open, today and every day of this strike," Delacroix-Hume said. "But we cannot sign a contract that we know we cannot staff."

On the picket line outside the main entrance on Cottonwood Avenue, nurses carried coffee and hand warmers in the freezing drizzle. Car horns sounded every few seconds.

Kezia Adeyemi-Frost, who has worked in the cardiac unit for 16 years, said she routinely cared for six or seven patients on a night shift. She said she had missed her own lunch break so often that she kept granola bars in her scrubs.

"People think we're striking for money. I'm striking so I can go to the bathroom during a twelve-hour shift," she said. "And so the man in bed 12 doesn't wait 40 minutes for his pain medication."

Not all patients were sympathetic. Douglas Brennaman, 67, whose knee replacement was postponed for the second time, said he had waited 14 months for the surgery.

"I understand they're tired. I'm tired too. I can't walk to my mailbox," he said.

The state health commissioner, Dr. Lorraine Vasquez-Hadley, said her department was monitoring the hospital "hour by hour" and was prepared to send state inspectors if patient care suffered. She urged both sides to return to the bargaining table with a mediator.

A spokeswoman for the hospital, Carla Benedetti, said Tuesday afternoon that no talks were scheduled but that the hospital had asked a federal mediator to contact both sides.

Pettigrew said the union would return to talks "the minute they're ready to talk about ratios." She said the strike was open-ended.

Nurse staffing has become a flashpoint across the region. According to a survey conducted last month by the state nursing board, one in five registered nurses in the state plans to leave the profession within five years, and workload is the reason given most often.

At Bramcote General, officials said the hospital could absorb the extra patients for a few days but not for weeks.

"We are already running at 95 percent of our beds," said Dr. Samuel Oyelaran-Whitby, Bramcote's chief medical officer. "If this goes on through Thanksgiving, we have a regional problem, not a St. Aidan's problem."
''',
    s(UPRES, 'union', 'staffing is \'unsafe\'', 'says', 'mixed', role='president of the Tillbrook Nurses Union local'),
    s(HOSP, 'The hospital', 'it had postponed about 60 scheduled surgeries and was diverting ambulances carrying non-critical patients to Bramcote General, 40 minutes away', 'said'),
    s(UPRES, 'Shauna Pettigrew, president of the Tillbrook Nurses Union local that represents the nurses', '"We did not want to be out here. We have been telling them for two years that there are not enough of us on a shift to keep patients safe, and they have not listened,"', 'said', 'direct', role='president of the Tillbrook Nurses Union local'),
    s(UPRES, '', '"Today they are listening."', '', 'direct', role='president of the Tillbrook Nurses Union local'),
    s(CEO, 'Hospital President and CEO Raymond Delacroix-Hume', 'the hospital had "negotiated in good faith for eleven months" and that the union\'s proposal on ratios would require hiring about 200 nurses "who simply do not exist in this region right now."', 'said', 'mixed', role='Hospital President and CEO'),
    s(CEO, 'Delacroix-Hume', '"Our door is open, today and every day of this strike,"', 'said', 'direct', role='Hospital President and CEO'),
    s(CEO, '', '"But we cannot sign a contract that we know we cannot staff."', '', 'direct', role='Hospital President and CEO'),
    s('Kezia Adeyemi-Frost', 'Kezia Adeyemi-Frost, who has worked in the cardiac unit for 16 years', 'she routinely cared for six or seven patients on a night shift', 'said'),
    s('Kezia Adeyemi-Frost', 'She', 'she had missed her own lunch break so often that she kept granola bars in her scrubs', 'said'),
    s('Kezia Adeyemi-Frost', 'she', '"People think we\'re striking for money. I\'m striking so I can go to the bathroom during a twelve-hour shift,"', 'said', 'direct'),
    s('Kezia Adeyemi-Frost', '', '"And so the man in bed 12 doesn\'t wait 40 minutes for his pain medication."', '', 'direct'),
    s('Douglas Brennaman', 'Douglas Brennaman, 67, whose knee replacement was postponed for the second time', 'he had waited 14 months for the surgery', 'said'),
    s('Douglas Brennaman', 'he', '"I understand they\'re tired. I\'m tired too. I can\'t walk to my mailbox,"', 'said', 'direct'),
    s('Lorraine Vasquez-Hadley', 'The state health commissioner, Dr. Lorraine Vasquez-Hadley', 'her department was monitoring the hospital "hour by hour" and was prepared to send state inspectors if patient care suffered', 'said', 'mixed', role='state health commissioner'),
    s('Lorraine Vasquez-Hadley', 'She', 'both sides to return to the bargaining table with a mediator', 'urged', role='state health commissioner'),
    s('Carla Benedetti', 'A spokeswoman for the hospital, Carla Benedetti', 'no talks were scheduled but that the hospital had asked a federal mediator to contact both sides', 'said', role='spokeswoman'),
    s(UPRES, 'Pettigrew', 'the union would return to talks "the minute they\'re ready to talk about ratios."', 'said', 'mixed', role='president of the Tillbrook Nurses Union local'),
    s(UPRES, 'She', 'the strike was open-ended', 'said', role='president of the Tillbrook Nurses Union local'),
    s('state nursing board', 'a survey conducted last month by the state nursing board', 'one in five registered nurses in the state plans to leave the profession within five years, and workload is the reason given most often', 'according to'),
    s('officials', 'officials', 'the hospital could absorb the extra patients for a few days but not for weeks', 'said'),
    s('Samuel Oyelaran-Whitby', "Dr. Samuel Oyelaran-Whitby, Bramcote's chief medical officer", '"We are already running at 95 percent of our beds,"', 'said', 'direct', role='chief medical officer'),
    s('Samuel Oyelaran-Whitby', '', '"If this goes on through Thanksgiving, we have a regional problem, not a St. Aidan\'s problem."', '', 'direct', role='chief medical officer'),
)

COACH = 'Darnell Whitcomb'
QB = 'Tavian Brooks-Eldridge'
OPP = 'Gus Halvorsen'

doc('af15-paper-wrenfield-state-football-calloway-tech', 'Wrenmoor Courier-Journal', '2032-10-17', '''
Brooks-Eldridge runs for three scores as Wrenmoor State holds off Callender Tech

Whitcomb calls late goal-line stand 'the best 4 minutes' of his tenure

By Colby Aldana
Courier-Journal Sports

WRENFIELD - Tavian Brooks-Eldridge did not throw the ball much on Saturday. He did not need to.

The Wrenmoor State quarterback ran for 147 yards and three touchdowns, and the Herons' defense stopped Callender Tech four times inside the 2-yard line in the final five minutes to preserve a 27-23 victory before 41,288 at Marsh Field.

"That's the best four minutes since I've been here. I don't care who's in the other locker room," Wrenmoor State coach Darnell Whitcomb said. "Our kids were gassed. You could see it. And they would not let them in."

The win moved the Herons (6-1, 4-0 Prairie Conference) into sole possession of first place in the conference with four games left. Callender Tech (5-2, 3-1) had won four straight.

Brooks-Eldridge, a junior from Pell City, completed only 9 of 17 passes for 104 yards, but he repeatedly beat the Callender Tech pass rush with his legs, including a 52-yard touchdown run on a broken play early in the third quarter that gave Wrenmoor State a 20-10 lead.

"The line gave me the edge, and after that it was just green grass," Brooks-Eldridge said. "Coach told me at halftime to stop looking for the perfect throw and take what they give me. They gave me a lot."

Callender Tech came back behind quarterback Ellis Marchetti, who threw for 311 yards and two touchdowns. His 19-yard pass to Jamar Oduya with 9:40 left cut the lead to 27-23, and the Hornets drove to a first-and-goal at the Wrenmoor State 2 with 4:51 to play.

Four plays later, they had nothing. Two runs were stopped at the line, a pass fell incomplete in the end zone, and on fourth down linebacker Malik Stroud-Benning hit Marchetti as he threw, forcing a wobbling pass that fell short.

"I just knew he was going to roll right. He'd done it twice in the first half," Stroud-Benning said. "I kind of cheated a step. If I'm wrong, I look stupid on TV."

Callender Tech coach Gus Halvorsen said he did not regret going for the touchdown on fourth down rather than kicking a field goal that would have left his team a point short.

"We came here to win the game, not to get close," Halvorsen said. "I'd make the same call a hundred times. I just want to run a better play."

Asked whether Marchetti should have run himself on the final play, Halvorsen shook his head. "He made the read he was taught to make. That's on me, not on him," he said.

Wrenmoor State played the second half without its leading receiver, Darius Fenn, who left in the second quarter with what Whitcomb called "a tight hamstring." Whitcomb said Fenn would be evaluated Sunday but that he expected him to play next week.

The Herons also lost kicker Noah Kimbrell for two series after he was shaken up on a kickoff return. He returned to kick two field goals in the third quarter, including a 46-yarder.

Whitcomb praised his defensive coordinator, Terrell Ashdown, who switched to a five-man front for the final series.

"Terrell saw something on the sideline that I didn't see. That's why he gets paid," Whitcomb said, laughing.

The Herons travel to Kessler on Saturday. Callender Tech is home against Northfield.
''',
    s(COACH, 'Whitcomb', "late goal-line stand 'the best 4 minutes' of his tenure", 'calls', 'mixed', role='Wrenmoor State coach'),
    s(COACH, 'Wrenmoor State coach Darnell Whitcomb', '"That\'s the best four minutes since I\'ve been here. I don\'t care who\'s in the other locker room,"', 'said', 'direct', role='Wrenmoor State coach'),
    s(COACH, '', '"Our kids were gassed. You could see it. And they would not let them in."', '', 'direct', role='Wrenmoor State coach'),
    s(QB, 'Brooks-Eldridge', '"The line gave me the edge, and after that it was just green grass,"', 'said', 'direct', role='quarterback'),
    s(QB, '', '"Coach told me at halftime to stop looking for the perfect throw and take what they give me. They gave me a lot."', '', 'direct', role='quarterback'),
    s(COACH, 'Coach', 'to stop looking for the perfect throw and take what they give me', 'told', nested=True, via=QB),
    s('Malik Stroud-Benning', 'Stroud-Benning', '"I just knew he was going to roll right. He\'d done it twice in the first half,"', 'said', 'direct', role='linebacker'),
    s('Malik Stroud-Benning', '', '"I kind of cheated a step. If I\'m wrong, I look stupid on TV."', '', 'direct', role='linebacker'),
    s(OPP, 'Callender Tech coach Gus Halvorsen', 'he did not regret going for the touchdown on fourth down rather than kicking a field goal that would have left his team a point short', 'said', role='Callender Tech coach'),
    s(OPP, 'Halvorsen', '"We came here to win the game, not to get close,"', 'said', 'direct', role='Callender Tech coach'),
    s(OPP, '', '"I\'d make the same call a hundred times. I just want to run a better play."', '', 'direct', role='Callender Tech coach'),
    s(OPP, 'he', '"He made the read he was taught to make. That\'s on me, not on him,"', 'said', 'direct', role='Callender Tech coach'),
    s(COACH, 'Whitcomb', '"a tight hamstring."', 'called', 'direct', role='Wrenmoor State coach'),
    s(COACH, 'Whitcomb', 'Fenn would be evaluated Sunday but that he expected him to play next week', 'said', role='Wrenmoor State coach'),
    s(COACH, 'Whitcomb', 'his defensive coordinator, Terrell Ashdown, who switched to a five-man front for the final series', 'praised', role='Wrenmoor State coach'),
    s(COACH, 'Whitcomb', '"Terrell saw something on the sideline that I didn\'t see. That\'s why he gets paid,"', 'said', 'direct', role='Wrenmoor State coach'),
)

MAUD = 'Maud Kearsley'
CAL = 'Callum Kearsley'
INGRID = 'Ingrid Soto-Reyes'
WALT = 'Walter Penney'
BREN = 'Brenda Fogwill'
MAYOR = 'Desmond Tibbo'
LUCIE = 'Lucie Arsenault-Kaye'

doc('af16-paper-cape-ardent-fishing-town-feature', 'The Maritime Chronicle', '2032-08-28', '''
The last boats of Cape Ardent

The cod never came back. Then the crab moved north. A fishing town of 900 people is betting what it has left on lobster, and on its young

By Theresa Mulcahy-Dunne
Chronicle Features

CAPE ARDENT - At 4:15 in the morning the wharf is already loud. Diesel engines cough awake, gulls argue over a spilled bucket of bait, and somebody's radio is playing a country song nobody admits to liking.

Maud Kearsley has watched this from the same kitchen window for 51 years. She is 68 now, retired from the fish plant that closed in 2019, and she still gets up before the boats do.

“You don’t stop hearing it,” she says, pouring tea into a mug with a chipped lighthouse on it. “My husband used to say the harbour was the town’s heartbeat. When the plant shut, I thought it had stopped. It hadn’t. It just got slower.”

Her husband, Reg, died in 2027. Their son, Callum, fishes lobster out of the same berth his father did, on a 40-foot boat called the Maud K.

Callum Kearsley is 41 and does not romanticize any of it. He says the season is shorter than it was when he started, the licence cost him more than his house, and the price of bait has tripled in ten years.

“People from away come down here and take pictures of the boats and think it’s a postcard,” he says. “It’s a small business with a very bad office.”

Still, he says, the last three seasons have been the best of his life. Lobster landings in the district have roughly doubled since 2020, according to the federal fisheries department, as warmer water has pushed the animals into bays where they were once scarce.

That is the same warming that emptied the town of its snow crab, says Ingrid Soto-Reyes, a marine biologist at the federal fisheries science station in Skerrie Bay, an hour’s drive west. She has spent eight years counting what lives in the water off Cape Ardent.

“The crab needs cold bottom water, and the cold bottom water is leaving,” she says. “Lobster likes it a little warmer. So for now, lobster wins.”

For now is the part she keeps coming back to. If the water goes on warming at the rate of the last two decades, she says, the lobster will follow the crab north within a generation. She says she tells that to every fisherman who asks, and most of them do not want to hear it.

“I don’t blame them,” she says. “They have mortgages. I have a spreadsheet.”

Walter Penney has heard warnings like hers before, and promises of the opposite kind too. He is 79, a former skipper who fished cod until the moratorium in 1992, and he sits most mornings on an upturned crate near the fuel dock.

By his own count, he has seen the town lose half its people. He remembers 14 boats leaving the harbour on a single morning in 1978, and he remembers that in July 1992 the men from the government came to the community hall and read out the closure.

“Nobody said a word. Not one word,” he says. “My father stood up and walked out and went fishing anyway. They fined him. He paid it.”

He calls the lobster boom “a gift with a return date on it.”

The harbour itself is falling apart. Brenda Fogwill, who manages the Cape Ardent harbour authority, says the main wharf needs $6.2 million in repairs and the federal government has promised $1.8 million. She has written 31 letters asking for the rest.

“The boats are making money. The wharf they tie up to is sinking,” she says. “Explain that to me.”

In an email, a spokeswoman for the federal fisheries department said the Cape Ardent wharf was “a priority” and that a second phase of repairs would be considered in next year’s budget.

Mayor Desmond Tibbo, a retired school principal, keeps a chart on his office wall: the town’s population by decade. It peaks at 2,300 in 1971 and falls to 904 in the last census.

The number he watches now, he says, is a different one. Last year, for the first time since he took office, more young people came back to Cape Ardent than left it.

“Twelve of them,” he says. “I know every one by name. I’d like to know 50.”

One of the twelve is Lucie Arsenault-Kaye. She is 24, studied marine engineering in the city, and came home two years ago to work as a deckhand on Callum Kearsley’s boat. She plans to buy her own licence within five years, and she knows what it will cost.

“Everybody told me to leave, so I left,” she says. “Then I was sitting in an office looking at a screen and thinking about the smell of the bait shed. Which is not a nice smell. But it was mine.”

Kearsley says she is the best deckhand he has ever had, and the only one who can fix the engine. She says he is a fair boss who shouts too much. Both of them laugh at that.

Not everyone is so hopeful. At the Anchor Café, where the fishermen drink coffee after they land, an older man who did not want his name printed said the young ones were “fishing on borrowed time and borrowed money.” The banks, he said, would own half the fleet in ten years.

Maud Kearsley has heard all of it before. She has heard the town was finished in 1992 and finished again in 2019.

“We are very good at being finished,” she says, and smiles. “We’ve been finished three times. We’re still here.”

At 2 in the afternoon, the Maud K comes around the breakwater low in the water. Her son stands at the wheel. Lucie Arsenault-Kaye is on the stern, coiling rope.

Maud watches until they tie up. Then she goes inside and puts the kettle on.
''',
    s(MAUD, 'she', '“You don’t stop hearing it,”', 'says', 'direct', role='retired fish plant worker'),
    s(MAUD, '', '“My husband used to say the harbour was the town’s heartbeat. When the plant shut, I thought it had stopped. It hadn’t. It just got slower.”', '', 'direct', role='retired fish plant worker'),
    s('Reg', 'My husband', 'the harbour was the town’s heartbeat', 'used to say', nested=True, via=MAUD),
    s(CAL, 'He', 'the season is shorter than it was when he started, the licence cost him more than his house, and the price of bait has tripled in ten years', 'says', role='lobster fisherman'),
    s(CAL, 'he', '“People from away come down here and take pictures of the boats and think it’s a postcard,”', 'says', 'direct', role='lobster fisherman'),
    s(CAL, '', '“It’s a small business with a very bad office.”', '', 'direct', role='lobster fisherman'),
    s(CAL, 'he', 'the last three seasons have been the best of his life', 'says', role='lobster fisherman'),
    s('federal fisheries department', 'the federal fisheries department', 'Lobster landings in the district have roughly doubled since 2020', 'according to'),
    s(INGRID, 'Ingrid Soto-Reyes, a marine biologist at the federal fisheries science station in Skerrie Bay', 'That is the same warming that emptied the town of its snow crab', 'says', role='marine biologist'),
    s(INGRID, 'she', '“The crab needs cold bottom water, and the cold bottom water is leaving,”', 'says', 'direct', role='marine biologist'),
    s(INGRID, '', '“Lobster likes it a little warmer. So for now, lobster wins.”', '', 'direct', role='marine biologist'),
    s(INGRID, 'she', ['If the water goes on warming at the rate of the last two decades,', 'the lobster will follow the crab north within a generation'], 'says', role='marine biologist'),
    s(INGRID, 'She', 'she tells that to every fisherman who asks, and most of them do not want to hear it', 'says', role='marine biologist'),
    s(INGRID, 'she', '“I don’t blame them,”', 'says', 'direct', role='marine biologist'),
    s(INGRID, '', '“They have mortgages. I have a spreadsheet.”', '', 'direct', role='marine biologist'),
    s(WALT, 'his', 'he has seen the town lose half its people', 'By his own count', role='former skipper'),
    s(WALT, 'He', '14 boats leaving the harbour on a single morning in 1978', 'remembers', role='former skipper'),
    s(WALT, 'he', 'in July 1992 the men from the government came to the community hall and read out the closure', 'remembers', role='former skipper'),
    s(WALT, 'he', '“Nobody said a word. Not one word,”', 'says', 'direct', role='former skipper'),
    s(WALT, '', '“My father stood up and walked out and went fishing anyway. They fined him. He paid it.”', '', 'direct', role='former skipper'),
    s(WALT, 'He', 'the lobster boom “a gift with a return date on it.”', 'calls', 'mixed', role='former skipper'),
    s(BREN, 'Brenda Fogwill, who manages the Cape Ardent harbour authority', 'the main wharf needs $6.2 million in repairs and the federal government has promised $1.8 million', 'says', role='manager of the Cape Ardent harbour authority'),
    s('the federal government', 'the federal government', '$1.8 million', 'has promised', nested=True, via=BREN),
    s(BREN, 'she', '“The boats are making money. The wharf they tie up to is sinking,”', 'says', 'direct', role='manager of the Cape Ardent harbour authority'),
    s(BREN, '', '“Explain that to me.”', '', 'direct', role='manager of the Cape Ardent harbour authority'),
    s('a spokeswoman for the federal fisheries department', 'a spokeswoman for the federal fisheries department', 'the Cape Ardent wharf was “a priority” and that a second phase of repairs would be considered in next year’s budget', 'said', 'mixed', role='spokeswoman'),
    s(MAYOR, 'he', ['The number he watches now,', 'is a different one'], 'says', role='Mayor'),
    s(MAYOR, 'he', '“Twelve of them,”', 'says', 'direct', role='Mayor'),
    s(MAYOR, '', '“I know every one by name. I’d like to know 50.”', '', 'direct', role='Mayor'),
    s(LUCIE, 'she', '“Everybody told me to leave, so I left,”', 'says', 'direct', role='deckhand'),
    s(LUCIE, '', '“Then I was sitting in an office looking at a screen and thinking about the smell of the bait shed. Which is not a nice smell. But it was mine.”', '', 'direct', role='deckhand'),
    s(CAL, 'Kearsley', 'she is the best deckhand he has ever had, and the only one who can fix the engine', 'says', role='lobster fisherman'),
    s(LUCIE, 'She', 'he is a fair boss who shouts too much', 'says', role='deckhand'),
    s('an older man', 'an older man who did not want his name printed', 'the young ones were “fishing on borrowed time and borrowed money.”', 'said', 'mixed'),
    s('an older man', 'he', ['The banks,', 'would own half the fleet in ten years'], 'said'),
    s(MAUD, 'she', '“We are very good at being finished,”', 'says', 'direct', role='retired fish plant worker'),
    s(MAUD, '', '“We’ve been finished three times. We’re still here.”', '', 'direct', role='retired fish plant worker'),
)
