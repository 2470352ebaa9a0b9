#!/usr/bin/env python3
"""Builds invented set G: North American newspaper articles of kinds sets B, C and E have little of (a zoning fight
with two councilwomen, a health study with an outside expert, an earnings call, a tech story, a sentencing, a
wildfire with three agencies, a basketball game, a union leader's profile, a campaign's TV interviews, a Question
Period exchange in prose, an investigative piece on emails) and wire copy of kinds D and F have little of (a Security
Council meeting, a foreign story with a translated quotation, a ministry brief, a phone-call readout, a sports brief)
(issues 9 and 10), written in session 24 by "set-g", unseen: "the study found", "co-author X said", "who was not
involved in the study", "on a call with analysts", "said in a filing", "declined to comment", "said in a blog post",
"in a post on X", "said in an emailed statement", "a person familiar with the matter", "according to court
documents", residents named by first name after the first reference, "the veteran", "he recalled", "said on CNN's",
"told Fox News", "the campaign said in a statement", "the representative of X said", "told AFP", "the ministry said
in a press release", "The two leaders discussed".

All invented, annotated by hand by /work/shared/eval/GUIDELINES.md and committed before the extractor first ran on
the texts (a held-out first score); fields, "region" and 'START|END' contents as in build_d.py.

Amended in session 34 (issue 9, the lead's "expressed position" convention: a verb that reports a speaker's position on
something is a statement even with only a noun object, content = the object with its complement; courtesies and acts are
not; this supersedes any contrary line above): "raised concerns" and "raised the cases of" are statements; "expressed
his condolences" and "offered additional assistance" are none (a courtesy, an act); a plea's content runs to its "to"
object.

usage: python3 ingest-service/tools/invented/build_g.py  (writes src/test/resources/eval/invented_g_gold.jsonl)
"""
from invented_common import doc_spans as doc, s, write


doc('g01-paper-zoning-fight', 'The Eastfield Ledger', '2026-12-02', '''
Council delays vote on Birchwood tower as neighbors pack City Hall

Developer's attorney says project meets every rule; residents say 14 stories is too tall for the block

By Carla Montes
Ledger staff writer

The Eastfield City Council on Tuesday night postponed a vote on a 14-story apartment tower planned for the former Birchwood Hardware site, after more than four hours of public comment in which dozens of residents urged members to reject the rezoning.

Council member Rosa Delgado-Finch, whose district includes the site, moved to delay the vote until Dec. 16 so that city staff could answer questions about traffic and parking. The motion passed 5-2.

"I have heard from more people about this project than about anything else in my six years on this council," Delgado-Finch said. "I am not going to vote on it with half the answers."

Council member Maureen Tillett, who voted against the delay, said the council had "studied this to death" and that the city could not afford to turn away 212 new homes in the middle of a housing shortage.

"Every month we wait, rents go up for somebody," Tillett said. She noted that the planning department had recommended approval in October.

The developer, Larchmont Partners, is asking the city to rezone the 1.3-acre lot from commercial to high-density residential. Its attorney, Grant Pemberton, told the council the project "meets or exceeds every requirement in the city's own housing plan" and would set aside 32 units for households earning less than 60 percent of the area median income.

"This is exactly the kind of project the council said it wanted when it adopted that plan two years ago," Pemberton said. "You cannot ask for housing and then vote against every building that has housing in it."

Residents who spoke against the project said it would cast shadows over Linden Park, overwhelm street parking and change the character of a neighborhood of mostly one- and two-story homes.

"They keep calling it a gateway building. A gateway to what?" said Evelyn Shaw, 74, who has lived on Alder Street since 1979. "My kitchen will be in the dark by three o'clock."

Shaw said she was not opposed to new housing but thought the tower belonged "on the avenue, not on our block."

Not every neighbor agreed. Marcus Hale, a 31-year-old nurse who rents an apartment three blocks from the site, told the council he had moved four times in five years because of rent increases. "The people in this room who own their homes are going to be fine," he said. "I'm asking you to think about the people who couldn't get a babysitter tonight to come here."

A traffic study commissioned by the developer found that the tower would add about 90 car trips during the evening rush, which it described as "a minor impact." A group of residents calling itself Save Birchwood Block hired its own consultant, who told the council the study had used counts taken during the pandemic and undercounted traffic by as much as a third.

Pemberton disputed that, saying the counts had been adjusted using state formulas. He added that Larchmont had offered to pay for a new traffic signal at Alder and Ninth.

Two other council members have spoken publicly about the project. Council member Janet Oyelaran said she would support the tower if the developer increased the number of affordable units. Council member Phil Romero said he would not support any building taller than eight stories on the site.

Delgado-Finch said after the meeting that she had asked the planning staff to come back with "a real answer on parking, not a paragraph." She declined to say how she would vote.

Tillett, asked whether the delay could kill the project, said she hoped not. "Developers have other cities they can build in," she said.

Larchmont's lawyer said the company would "take the two weeks and use them," but warned that construction costs were rising and that the financing for the project would not wait indefinitely.

The council is scheduled to take up the rezoning again on Dec. 16.
''',
    s('Grant Pemberton', "Developer's attorney", 'project meets every rule', 'says', role='attorney'),
    s('Residents who spoke against the project', 'residents', '14 stories is too tall for the block', 'say'),
    s('dozens of residents', 'dozens of residents', 'members to reject the rezoning', 'urged'),
    s('Rosa Delgado-Finch', 'Delgado-Finch', '"I have heard from more people about this project|six years on this council,"', 'said', 'direct', role='Council member'),
    s('Rosa Delgado-Finch', '', '"I am not going to vote on it with half the answers."', '', 'direct', role='Council member'),
    s('Maureen Tillett', 'Council member Maureen Tillett', 'the council had "studied this to death"|in the middle of a housing shortage', 'said', 'mixed', role='Council member'),
    s('Maureen Tillett', 'Tillett', '"Every month we wait, rents go up for somebody,"', 'said', 'direct', role='Council member'),
    s('Maureen Tillett', 'She', 'the planning department had recommended approval in October', 'noted', role='Council member'),
    s('Larchmont Partners', 'The developer, Larchmont Partners', 'the city to rezone the 1.3-acre lot from commercial to high-density residential', 'asking'),
    s('Grant Pemberton', 'Its attorney, Grant Pemberton', 'the project "meets or exceeds every requirement|area median income', 'told', 'mixed', role='attorney'),
    s('Grant Pemberton', 'Pemberton', '"This is exactly the kind of project|adopted that plan two years ago,"', 'said', 'direct', role='attorney'),
    s('Grant Pemberton', '', '"You cannot ask for housing and then vote against every building that has housing in it."', '', 'direct', role='attorney'),
    s('Residents who spoke against the project', 'Residents who spoke against the project', 'it would cast shadows over Linden Park|one- and two-story homes', 'said'),
    s('Evelyn Shaw', 'Evelyn Shaw, 74, who has lived on Alder Street since 1979', '"They keep calling it a gateway building. A gateway to what?"', 'said', 'direct'),
    s('Evelyn Shaw', '', '"My kitchen will be in the dark by three o\'clock."', '', 'direct'),
    s('Evelyn Shaw', 'Shaw', 'she was not opposed to new housing but thought the tower belonged "on the avenue, not on our block."', 'said', 'mixed'),
    s('Marcus Hale', 'Marcus Hale, a 31-year-old nurse who rents an apartment three blocks from the site', 'he had moved four times in five years because of rent increases', 'told', role='nurse'),
    s('Marcus Hale', 'he', '"The people in this room who own their homes are going to be fine,"', 'said', 'direct', role='nurse'),
    s('Marcus Hale', '', '"I\'m asking you to think about the people who couldn\'t get a babysitter tonight to come here."', '', 'direct', role='nurse'),
    s('A traffic study commissioned by the developer', 'A traffic study commissioned by the developer', 'the tower would add about 90 car trips during the evening rush', 'found'),
    s('A traffic study commissioned by the developer', 'it', '"a minor impact."', 'described as', 'direct'),
    s('its own consultant', 'its own consultant', 'the study had used counts taken during the pandemic|by as much as a third', 'told'),
    s('Grant Pemberton', 'Pemberton', 'the counts had been adjusted using state formulas', 'saying', role='attorney'),
    s('Grant Pemberton', 'He', 'Larchmont had offered to pay for a new traffic signal at Alder and Ninth', 'added', role='attorney'),
    s('Janet Oyelaran', 'Council member Janet Oyelaran', 'she would support the tower if the developer increased the number of affordable units', 'said', role='Council member'),
    s('Phil Romero', 'Council member Phil Romero', 'he would not support any building taller than eight stories on the site', 'said', role='Council member'),
    s('Rosa Delgado-Finch', 'Delgado-Finch', 'she had asked the planning staff to come back with "a real answer on parking, not a paragraph."', 'said', 'mixed', role='Council member'),
    s('Rosa Delgado-Finch', 'she', 'the planning staff to come back with "a real answer on parking, not a paragraph."', 'asked', 'mixed', role='Council member', nested=True, via='Rosa Delgado-Finch'),
    s('Maureen Tillett', 'Tillett', 'she hoped not', 'said', role='Council member'),
    s('Maureen Tillett', 'she', '"Developers have other cities they can build in,"', 'said', 'direct', role='Council member'),
    s('Grant Pemberton', "Larchmont's lawyer", 'the company would "take the two weeks and use them,"', 'said', 'mixed', role='attorney'),
    s('Grant Pemberton', "Larchmont's lawyer", 'construction costs were rising and that the financing for the project would not wait indefinitely', 'warned', role='attorney'),
)

doc('g02-paper-walking-study', 'The Northgate Courier', '2026-11-24', '''
Daily walk cuts dementia risk in older adults, large study finds

By Lydia Fairbanks
Courier health reporter

Older adults who walked at least 7,000 steps a day were about 30 percent less likely to develop dementia over the following eight years than those who walked fewer than 3,000, according to a study published Monday in the journal Neurology Frontiers.

The researchers tracked 41,000 people aged 60 and older in Canada and the northern United States who wore step counters for a week at the start of the study. The study found that the benefit leveled off above about 9,000 steps, and that the pace of walking mattered less than the total.

"You don't need to run a marathon," said Dr. Helen Marsh-Whitby, an epidemiologist at the University of Lakeport and the study's senior author. "The biggest drop in risk came from people going from very little to a moderate amount."

The researchers wrote that the findings could not prove that walking itself prevented dementia, because people in the earliest stages of the disease may already move less.

To reduce that risk, the team excluded anyone diagnosed in the first two years, co-author Dr. Rafael Quintero said in an interview. Even then, he said, the link remained.

"We were surprised at how consistent it was across groups," Quintero said. "Men, women, people with diabetes, people without. The curve looked the same."

Dr. Anita Broussard, a neurologist at Saint Clement Hospital in Halton who was not involved in the study, called the results "encouraging but not surprising." She said the study's size and its use of step counters, rather than questionnaires, made it more convincing than earlier work.

"The question I get from patients every week is, 'Is it too late for me?'" Broussard said. "This suggests the answer is no."

Not everyone was persuaded. Dr. Kenneth Yao, who studies aging at Westmark University, said in an email that step counts worn for a single week were "a snapshot, not a lifestyle," and that people who walk more also tend to be wealthier and to have better access to health care.

The authors acknowledged that limitation in the paper, noting that they had adjusted for income and education but could not rule out other differences.

The study was funded by the Canadian Institutes for Brain Health and the Marlowe Foundation. Two of the authors reported receiving consulting fees from a company that makes fitness trackers, according to a disclosure statement published with the paper.

Marsh-Whitby said the team planned to follow the participants for another five years and to test whether a walking program could slow decline in people who already have mild memory problems.

For now, her advice is simple. "Put on your shoes," she said.
''',
    s('a study published Monday in the journal Neurology Frontiers', 'study', 'Daily walk cuts dementia risk in older adults', 'finds'),
    s('a study published Monday in the journal Neurology Frontiers', 'a study published Monday in the journal Neurology Frontiers', 'Older adults who walked at least 7,000 steps a day|walked fewer than 3,000', 'according to'),
    s('a study published Monday in the journal Neurology Frontiers', 'The study', 'the benefit leveled off above about 9,000 steps, and that the pace of walking mattered less than the total', 'found'),
    s('Helen Marsh-Whitby', "Dr. Helen Marsh-Whitby, an epidemiologist at the University of Lakeport and the study's senior author", '"You don\'t need to run a marathon,"', 'said', 'direct', role="epidemiologist at the University of Lakeport and the study's senior author"),
    s('Helen Marsh-Whitby', '', '"The biggest drop in risk came from people going from very little to a moderate amount."', '', 'direct', role="study's senior author"),
    s('The researchers', 'The researchers', 'the findings could not prove that walking itself prevented dementia|may already move less', 'wrote'),
    s('Rafael Quintero', 'co-author Dr. Rafael Quintero', 'To reduce that risk, the team excluded anyone diagnosed in the first two years', 'said', role='co-author'),
    s('Rafael Quintero', 'he', 'the link remained', 'said', role='co-author'),
    s('Rafael Quintero', 'Quintero', '"We were surprised at how consistent it was across groups,"', 'said', 'direct', role='co-author'),
    s('Rafael Quintero', '', '"Men, women, people with diabetes, people without. The curve looked the same."', '', 'direct', role='co-author'),
    s('Anita Broussard', 'Dr. Anita Broussard, a neurologist at Saint Clement Hospital in Halton who was not involved in the study', 'the results "encouraging but not surprising."', 'called', 'mixed', role='neurologist at Saint Clement Hospital in Halton'),
    s('Anita Broussard', 'She', "the study's size and its use of step counters, rather than questionnaires, made it more convincing than earlier work", 'said', role='neurologist'),
    s('Anita Broussard', 'Broussard', '"The question I get from patients every week is, \'Is it too late for me?\'"', 'said', 'direct', role='neurologist'),
    s('Anita Broussard', '', '"This suggests the answer is no."', '', 'direct', role='neurologist'),
    s('Kenneth Yao', 'Dr. Kenneth Yao, who studies aging at Westmark University', 'step counts worn for a single week were "a snapshot, not a lifestyle," and that people who walk more|better access to health care', 'said', 'mixed'),
    s('The authors', 'The authors', 'that limitation', 'acknowledged'),
    s('The authors', 'The authors', 'they had adjusted for income and education but could not rule out other differences', 'noting'),
    s('a disclosure statement published with the paper', 'a disclosure statement published with the paper', 'Two of the authors reported receiving consulting fees from a company that makes fitness trackers', 'according to'),
    s('Two of the authors', 'Two of the authors', 'receiving consulting fees from a company that makes fitness trackers', 'reported', nested=True, via='a disclosure statement published with the paper'),
    s('Helen Marsh-Whitby', 'Marsh-Whitby', 'the team planned to follow the participants for another five years|mild memory problems', 'said', role="study's senior author"),
    s('Helen Marsh-Whitby', 'she', '"Put on your shoes,"', 'said', 'direct', role="study's senior author"),
)

doc('g03-paper-earnings-call', 'The Lakeshore Business Journal', '2026-10-30', '''
Harlow Foods profit slides as shoppers trade down; CEO says turnaround 'on track'

By Owen Radcliffe
Business Journal staff

Harlow Foods Inc. said Thursday that its profit fell 18 percent in the third quarter as shoppers squeezed by higher prices switched to store brands, and the packaged-food maker cut its forecast for the full year.

The Toledo-based company earned $212 million, or 94 cents a share, in the three months ended Sept. 30, down from $259 million, or $1.14 a share, a year earlier. Excluding one-time items, it earned $1.02 a share, short of the $1.09 analysts had expected, according to FactLine, which tracks estimates.

Shares fell 7 percent to $48.30 in afternoon trading.

"This was a tougher quarter than we planned for, and I'm not going to dress it up," Chief Executive Diane Kessler said on a call with analysts. "But the changes we made in the spring are working, and the turnaround is on track."

Kessler said the company would cut prices on about 150 products, mostly cereals and snacks, by an average of 6 percent starting in January, and would spend an additional $40 million on advertising.

Chief Financial Officer Tom Brandt told analysts the price cuts would reduce operating profit by about $60 million next year but should win back shoppers who have left the brand. He said the company now expects adjusted earnings of $4.05 to $4.15 a share for the year, down from its earlier forecast of $4.30 to $4.45.

Several analysts on the call pressed the executives on whether the price cuts would be enough. "You're cutting prices into a market where your competitors have already cut," said Priya Natarajan, an analyst at Birch Lane Securities. "What makes you think 6 percent moves anyone?"

Kessler replied that the company's own research showed shoppers were most sensitive to price on a small number of items. "We're not cutting everywhere. We're cutting where it counts," she said.

In a filing with the Securities and Exchange Commission, the company said it would close a cereal plant in Davenport, Iowa, by the end of next year and take a charge of about $75 million. About 310 workers are employed at the plant.

A Harlow spokeswoman declined to comment on whether the workers would be offered jobs at other plants. The union that represents them, Local 418 of the Bakery and Grain Workers, said in a statement that it had not been told of the closing before the filing was made public.

Analysts said the results showed how hard it has become for big food companies to raise prices after two years of increases. "The consumer has hit a wall," said Martin Ocampo of Greyfield Research. "Harlow is the first to admit it out loud, but it won't be the last."

Kessler, who took over in March after her predecessor retired, said she would not rule out selling some of the company's smaller brands. "Everything is on the table except the things that made this company," she said.
''',
    s('Diane Kessler', 'CEO', "turnaround 'on track'", 'says', 'mixed', role='CEO'),
    s('Harlow Foods Inc.', 'Harlow Foods Inc.', 'its profit fell 18 percent in the third quarter as shoppers squeezed by higher prices switched to store brands', 'said'),
    s('FactLine', 'FactLine', 'Excluding one-time items, it earned $1.02 a share, short of the $1.09 analysts had expected', 'according to'),
    s('Diane Kessler', 'Chief Executive Diane Kessler', '"This was a tougher quarter than we planned for, and I\'m not going to dress it up,"', 'said', 'direct', role='Chief Executive'),
    s('Diane Kessler', '', '"But the changes we made in the spring are working, and the turnaround is on track."', '', 'direct', role='Chief Executive'),
    s('Diane Kessler', 'Kessler', 'the company would cut prices on about 150 products|additional $40 million on advertising', 'said', role='Chief Executive'),
    s('Tom Brandt', 'Chief Financial Officer Tom Brandt', 'the price cuts would reduce operating profit by about $60 million next year but should win back shoppers who have left the brand', 'told', role='Chief Financial Officer'),
    s('Tom Brandt', 'He', 'the company now expects adjusted earnings of $4.05 to $4.15 a share for the year|$4.30 to $4.45', 'said', role='Chief Financial Officer'),
    s('Priya Natarajan', 'Priya Natarajan, an analyst at Birch Lane Securities', '"You\'re cutting prices into a market where your competitors have already cut,"', 'said', 'direct', role='analyst at Birch Lane Securities'),
    s('Diane Kessler', 'Kessler', "the company's own research showed shoppers were most sensitive to price on a small number of items", 'replied', role='Chief Executive'),
    s("the company's own research", "the company's own research", 'shoppers were most sensitive to price on a small number of items', 'showed', nested=True, via='Diane Kessler'),
    s('Diane Kessler', 'she', '"We\'re not cutting everywhere. We\'re cutting where it counts,"', 'said', 'direct', role='Chief Executive'),
    s('Harlow Foods Inc.', 'the company', 'it would close a cereal plant in Davenport, Iowa, by the end of next year and take a charge of about $75 million', 'said'),
    s('Local 418 of the Bakery and Grain Workers', 'The union that represents them, Local 418 of the Bakery and Grain Workers', 'it had not been told of the closing before the filing was made public', 'said'),
    s('Analysts', 'Analysts', 'the results showed how hard it has become for big food companies to raise prices after two years of increases', 'said'),
    s('Martin Ocampo', 'Martin Ocampo of Greyfield Research', '"The consumer has hit a wall,"', 'said', 'direct'),
    s('Martin Ocampo', '', '"Harlow is the first to admit it out loud, but it won\'t be the last."', '', 'direct'),
    s('Diane Kessler', 'Kessler', "she would not rule out selling some of the company's smaller brands", 'said', role='Chief Executive'),
    s('Diane Kessler', 'she', '"Everything is on the table except the things that made this company,"', 'said', 'direct', role='Chief Executive'),
)

doc('g04-scraped-tech-layoffs', 'Pacific Signal', '2026-12-01', '''
Skip to main content
Pacific Signal | Tech
Subscribe  Sign in
TECH  BUSINESS  POLITICS  CULTURE

Streamly to cut 1,200 jobs as it bets on AI tools

By Jenna Whitcomb
Updated 4:12 PM PST, Tue December 1, 2026

Share  Post  Email

Streamly, the video-sharing platform, will lay off about 1,200 employees, or 9 percent of its work force, the company's chief executive said in a blog post on Tuesday, the latest in a string of cuts at technology companies shifting money toward artificial intelligence.

In the post, Chief Executive Arjun Mehra wrote that the company had "grown faster than our discipline" during the pandemic and needed to "do fewer things, and do them better." He said affected employees in the United States would receive at least 16 weeks of severance pay.

"This is the hardest decision I have made since we started Streamly in a dorm room," Mehra wrote. "I own it."

The cuts will fall most heavily on the company's recruiting, marketing and trust-and-safety teams, according to a person familiar with the matter who spoke on condition of anonymity because the details had not been made public.

Streamly's headquarters in Palo Verde, Calif., in March. (Tomas Reyes / Pacific Signal)

Trust-and-safety workers review videos flagged for violence, harassment and false information. A Streamly spokesperson, Dana Whitfield, said in an emailed statement that the company "remains fully committed to keeping our community safe" and would rely more on automated systems "with human review where it matters most."

Critics were unconvinced. "Every platform that has tried this has ended up with more harmful content, not less," said Naomi Castellanos, a researcher at the Center for Online Accountability. "Automated systems are good at catching what they've seen before."

In a post on X, Streamly co-founder Leo Farrand, who left the company's board last year, called the layoffs "a mistake that will take years to undo." He did not respond to a request for comment.

Streamly's shares rose 4 percent after the announcement. The company said in its most recent quarterly report that revenue grew 11 percent from a year earlier, to $3.1 billion, while spending on computing infrastructure nearly doubled.

Mehra has said repeatedly that AI tools would let the company "do with 10 people what used to take 40." On a podcast in September, he said he expected the company's head count to be smaller in two years than it is today.

The Technology Workers Guild, which has been trying to organize Streamly's contractors, said in a statement that the layoffs showed "why tech workers need a union."

A person familiar with the company's plans said Streamly was also weighing the sale of its music-licensing unit, which it bought in 2023 for $600 million. The company declined to comment on that.

Read more:
Streamly removes 'Shorts Fund' after creators complain
Regulators say platforms must report AI-made videos by 2027

Most Popular
1. Storm knocks out power to 80,000 in Marlin County
2. Review: The new Kestrel phone is fast, and that's about it
3. Mayor says transit fare freeze will stay through 2027

Sign up for the Signal Tech newsletter: The week in technology, every Friday.
© 2026 Pacific Signal. All rights reserved. Terms  Privacy
''',
    s('Arjun Mehra', "the company's chief executive", 'Streamly, the video-sharing platform, will lay off about 1,200 employees, or 9 percent of its work force', 'said', role='Chief Executive'),
    s('Arjun Mehra', 'Chief Executive Arjun Mehra', 'the company had "grown faster than our discipline" during the pandemic|"do fewer things, and do them better."', 'wrote', 'mixed', role='Chief Executive'),
    s('Arjun Mehra', 'He', 'affected employees in the United States would receive at least 16 weeks of severance pay', 'said', role='Chief Executive'),
    s('Arjun Mehra', 'Mehra', '"This is the hardest decision I have made since we started Streamly in a dorm room,"', 'wrote', 'direct', role='Chief Executive'),
    s('Arjun Mehra', '', '"I own it."', '', 'direct', role='Chief Executive'),
    s('a person familiar with the matter', 'a person familiar with the matter', "The cuts will fall most heavily on the company's recruiting, marketing and trust-and-safety teams", 'according to'),
    s('Dana Whitfield', 'A Streamly spokesperson, Dana Whitfield', 'the company "remains fully committed to keeping our community safe"|"with human review where it matters most."', 'said', 'mixed', role='Streamly spokesperson'),
    s('Naomi Castellanos', 'Naomi Castellanos, a researcher at the Center for Online Accountability', '"Every platform that has tried this has ended up with more harmful content, not less,"', 'said', 'direct', role='researcher at the Center for Online Accountability'),
    s('Naomi Castellanos', '', '"Automated systems are good at catching what they\'ve seen before."', '', 'direct', role='researcher at the Center for Online Accountability'),
    s('Leo Farrand', 'Streamly co-founder Leo Farrand', 'the layoffs "a mistake that will take years to undo."', 'called', 'mixed', role='Streamly co-founder'),
    s('Streamly', 'The company', 'revenue grew 11 percent from a year earlier, to $3.1 billion, while spending on computing infrastructure nearly doubled', 'said'),
    s('Arjun Mehra', 'Mehra', 'AI tools would let the company "do with 10 people what used to take 40."', 'has said', 'mixed', role='Chief Executive'),
    s('Arjun Mehra', 'he', "he expected the company's head count to be smaller in two years than it is today", 'said', role='Chief Executive'),
    s('The Technology Workers Guild', "The Technology Workers Guild, which has been trying to organize Streamly's contractors", 'the layoffs showed "why tech workers need a union."', 'said', 'mixed'),
    s("A person familiar with the company's plans", "A person familiar with the company's plans", 'Streamly was also weighing the sale of its music-licensing unit', 'said'),
    s('Regulators', 'Regulators', 'platforms must report AI-made videos by 2027', 'say', region='related'),
    s('Mayor', 'Mayor', 'transit fare freeze will stay through 2027', 'says', role='Mayor', region='related'),
)

doc('g05-paper-church-theft-sentencing', 'The Brookfield Tribune', '2026-11-19', '''
Former bookkeeper gets 6 years for stealing $2.3 million from church

By Samuel Ortega
Tribune staff writer

A former bookkeeper who stole more than $2.3 million from a Brookfield church over nine years was sentenced Wednesday to six years in federal prison, after telling a judge that she had been "living a lie every single day."

Linda Carrow, 58, of Eastlake, pleaded guilty in June to wire fraud and filing a false tax return. According to court documents, she wrote more than 400 checks from the accounts of St. Brendan's Episcopal Church to herself and to a credit card company, and disguised them in the church's books as payments for repairs and utilities.

U.S. District Judge Miriam Adebayo-Kline said the theft was "not a momentary lapse but a long, careful betrayal" of people who had trusted Carrow with their money. The judge said she had read more than 60 letters from church members and that many described the damage to the congregation as worse than the loss of money.

"You took money that was given for the hungry and the sick," Adebayo-Kline told Carrow. "You did it with a smile on Sunday mornings."

Carrow, wearing a gray jacket, stood and read from a handwritten statement. "I have no excuse," she said, her voice breaking. "I was ashamed, and the more ashamed I was, the more I hid. I am so sorry to every person in that church."

Her lawyer, Bernard Quarles, had asked for a sentence of three years, arguing that Carrow had no criminal record, had begun repaying the church and had been caring for a husband with advanced Parkinson's disease. He told the court his client had "lost everything that matters to her."

Assistant U.S. Attorney Karen Lindahl, the prosecutor, said the sentence should reflect how long the theft went on. "This was not one bad decision," she said. "It was more than 400 decisions." Prosecutors had asked for eight years.

Among those who spoke was Rose Tennant, whose son Daniel died in 2022. Carrow took about $41,000 from a memorial fund in his name, according to court documents.

"Every check she wrote from that fund was a check with my son's name on it," Tennant said. "I want her to know that."

Tennant told reporters outside the courthouse that she did not believe six years was enough but that she was "done carrying this."

The church's rector, the Rev. Alan Pryce, said the congregation had cut its food pantry hours and delayed a roof repair after the theft was discovered. He said the church had forgiven Carrow "as a matter of faith" but that forgiveness "is not the same as pretending it didn't happen."

Adebayo-Kline ordered Carrow to pay $2.3 million in restitution and to report to prison by Feb. 1. Carrow's lawyer said she would not appeal.
''',
    s('Linda Carrow', 'A former bookkeeper who stole more than $2.3 million from a Brookfield church over nine years', 'she had been "living a lie every single day."', 'telling', 'mixed', role='former bookkeeper'),
    s('Linda Carrow', 'Linda Carrow, 58, of Eastlake', 'guilty in June to wire fraud and filing a false tax return', 'pleaded', role='former bookkeeper'),
    s('court documents', 'court documents', "she wrote more than 400 checks from the accounts of St. Brendan's Episcopal Church|payments for repairs and utilities", 'According to'),
    s('Miriam Adebayo-Kline', 'U.S. District Judge Miriam Adebayo-Kline', 'the theft was "not a momentary lapse but a long, careful betrayal" of people who had trusted Carrow with their money', 'said', 'mixed', role='U.S. District Judge'),
    s('Miriam Adebayo-Kline', 'The judge', 'she had read more than 60 letters from church members|worse than the loss of money', 'said', role='U.S. District Judge'),
    s('many', 'many', 'the damage to the congregation as worse than the loss of money', 'described', nested=True, via='Miriam Adebayo-Kline'),
    s('Miriam Adebayo-Kline', 'Adebayo-Kline', '"You took money that was given for the hungry and the sick,"', 'told', 'direct', role='U.S. District Judge'),
    s('Miriam Adebayo-Kline', '', '"You did it with a smile on Sunday mornings."', '', 'direct', role='U.S. District Judge'),
    s('Linda Carrow', 'she', '"I have no excuse,"', 'said', 'direct', role='former bookkeeper'),
    s('Linda Carrow', '', '"I was ashamed, and the more ashamed I was, the more I hid. I am so sorry to every person in that church."', '', 'direct', role='former bookkeeper'),
    s('Bernard Quarles', 'Her lawyer, Bernard Quarles', "a sentence of three years, arguing that|advanced Parkinson's disease", 'asked for', role='lawyer'),
    s('Bernard Quarles', 'He', 'his client had "lost everything that matters to her."', 'told', 'mixed', role='lawyer'),
    s('Karen Lindahl', 'Assistant U.S. Attorney Karen Lindahl, the prosecutor', 'the sentence should reflect how long the theft went on', 'said', role='Assistant U.S. Attorney'),
    s('Karen Lindahl', 'she', '"This was not one bad decision,"', 'said', 'direct', role='Assistant U.S. Attorney'),
    s('Karen Lindahl', '', '"It was more than 400 decisions."', '', 'direct', role='Assistant U.S. Attorney'),
    s('Prosecutors', 'Prosecutors', 'eight years', 'asked for'),
    s('court documents', 'court documents', 'Carrow took about $41,000 from a memorial fund in his name', 'according to'),
    s('Rose Tennant', 'Tennant', '"Every check she wrote from that fund was a check with my son\'s name on it,"', 'said', 'direct'),
    s('Rose Tennant', '', '"I want her to know that."', '', 'direct'),
    s('Rose Tennant', 'Tennant', 'she did not believe six years was enough but that she was "done carrying this."', 'told', 'mixed'),
    s('Alan Pryce', "The church's rector, the Rev. Alan Pryce", 'the congregation had cut its food pantry hours and delayed a roof repair after the theft was discovered', 'said', role="church's rector"),
    s('Alan Pryce', 'He', 'the church had forgiven Carrow "as a matter of faith" but that forgiveness "is not the same as pretending it didn\'t happen."', 'said', 'mixed', role="church's rector"),
    s('Bernard Quarles', "Carrow's lawyer", 'she would not appeal', 'said', role='lawyer'),
)

doc('g06-paper-copper-ridge-fire', 'The Sierra Valley Herald', '2026-10-13', '''
Copper Ridge Fire forces 4,000 from homes as winds ease; officials warn 'we are not out of it'

By Marco Benedetti
Herald staff writer

A wind-driven wildfire that tore through the foothills east of Pine Hollow on Sunday had burned more than 11,000 acres by Monday evening and destroyed at least 38 homes, fire officials said, as calmer winds gave crews their first chance to build lines around its eastern edge.

The Copper Ridge Fire was 15 percent contained, according to the state Office of Wildland Fire, which said about 1,100 firefighters were assigned to it.

"We had a good day today, and I don't want anyone to hear that as 'it's over,'" said Battalion Chief Ray Dominguez of the Office of Wildland Fire at an evening briefing. "The forecast has the wind coming back Wednesday. We are not out of it."

Evacuation orders remained in place for about 4,000 residents of Pine Hollow, Cedar Flats and the Rayburn Road area, Marlin County Sheriff Denise Ortiz said. She said deputies had gone door to door on Sunday night and that two people who refused to leave had later been rescued by a helicopter crew.

"Please, when we tell you to go, go," Ortiz said. "My deputies should not have to risk their lives twice."

The National Weather Service said winds would stay light through Tuesday before gusts of up to 45 mph return late Wednesday. The agency issued a red flag warning for the area beginning Wednesday afternoon.

The cause of the fire is under investigation. Ortiz said investigators were looking at a report of a downed power line near Rayburn Road. Sierra Gas & Electric said in a statement that it was cooperating with investigators and that it had shut off power to about 9,000 customers as a precaution.

At an evacuation center at Pine Hollow High School, residents waited for news of their homes. Gloria Vance, 67, said she had left with her two dogs, her medications and "not one single photograph."

"You think you'll have time to grab things. You don't," Gloria said. Her neighbor had told her Monday morning that their street had burned, she said.

Tom Reddick, who runs a horse boarding stable on Cedar Flats Road, stayed behind Sunday night to move 14 horses. "I wasn't leaving them," Tom said. He said a sheriff's deputy had warned him twice to leave.

Marlin County Supervisor Helen Park said the county would open a second shelter at the fairgrounds on Tuesday for large animals and people with RVs. She urged residents not to return to evacuated areas even when roads reopened, because crews were still putting out hot spots.

Dominguez said the fire had moved so quickly on Sunday afternoon that crews spent the first hours rescuing people rather than fighting flames. "For about three hours, this was a rescue operation, not a firefight," he said.

Gloria said she planned to stay with her daughter in Rivermont until she knew more. "Whatever is there, or isn't, I'll find out soon enough," she said.
''',
    s('Ray Dominguez', 'officials', "'we are not out of it'", 'warn', 'direct', role='Battalion Chief'),
    s('fire officials', 'fire officials', 'A wind-driven wildfire that tore through the foothills east of Pine Hollow|destroyed at least 38 homes', 'said'),
    s('the state Office of Wildland Fire', 'the state Office of Wildland Fire', 'The Copper Ridge Fire was 15 percent contained', 'according to'),
    s('the state Office of Wildland Fire', 'which', 'about 1,100 firefighters were assigned to it', 'said'),
    s('Ray Dominguez', 'Battalion Chief Ray Dominguez of the Office of Wildland Fire', '"We had a good day today, and I don\'t want anyone to hear that as \'it\'s over,\'"', 'said', 'direct', role='Battalion Chief'),
    s('Ray Dominguez', '', '"The forecast has the wind coming back Wednesday. We are not out of it."', '', 'direct', role='Battalion Chief'),
    s('Denise Ortiz', 'Marlin County Sheriff Denise Ortiz', 'Evacuation orders remained in place for about 4,000 residents|the Rayburn Road area', 'said', role='Marlin County Sheriff'),
    s('Denise Ortiz', 'She', 'deputies had gone door to door on Sunday night|rescued by a helicopter crew', 'said', role='Marlin County Sheriff'),
    s('Denise Ortiz', 'Ortiz', '"Please, when we tell you to go, go,"', 'said', 'direct', role='Marlin County Sheriff'),
    s('Denise Ortiz', '', '"My deputies should not have to risk their lives twice."', '', 'direct', role='Marlin County Sheriff'),
    s('The National Weather Service', 'The National Weather Service', 'winds would stay light through Tuesday before gusts of up to 45 mph return late Wednesday', 'said'),
    s('Denise Ortiz', 'Ortiz', 'investigators were looking at a report of a downed power line near Rayburn Road', 'said', role='Marlin County Sheriff'),
    s('Sierra Gas & Electric', 'Sierra Gas & Electric', 'it was cooperating with investigators and that it had shut off power to about 9,000 customers as a precaution', 'said'),
    s('Gloria Vance', 'Gloria Vance, 67', 'she had left with her two dogs, her medications and "not one single photograph."', 'said', 'mixed'),
    s('Gloria Vance', 'Gloria', '"You think you\'ll have time to grab things. You don\'t,"', 'said', 'direct'),
    s('Gloria Vance', 'she', 'Her neighbor had told her Monday morning that their street had burned', 'said'),
    s('Her neighbor', 'Her neighbor', 'their street had burned', 'told', nested=True, via='Gloria Vance'),
    s('Tom Reddick', 'Tom', '"I wasn\'t leaving them,"', 'said', 'direct'),
    s('Tom Reddick', 'He', "a sheriff's deputy had warned him twice to leave", 'said'),
    s('Helen Park', 'Marlin County Supervisor Helen Park', 'the county would open a second shelter at the fairgrounds on Tuesday for large animals and people with RVs', 'said', role='Marlin County Supervisor'),
    s('Helen Park', 'She', 'residents not to return to evacuated areas even when roads reopened, because crews were still putting out hot spots', 'urged', role='Marlin County Supervisor'),
    s('Ray Dominguez', 'Dominguez', 'the fire had moved so quickly on Sunday afternoon|rather than fighting flames', 'said', role='Battalion Chief'),
    s('Ray Dominguez', 'he', '"For about three hours, this was a rescue operation, not a firefight,"', 'said', 'direct', role='Battalion Chief'),
    s('Gloria Vance', 'Gloria', 'she planned to stay with her daughter in Rivermont until she knew more', 'said'),
    s('Gloria Vance', 'she', '"Whatever is there, or isn\'t, I\'ll find out soon enough,"', 'said', 'direct'),
)

doc('g07-scraped-kingfishers-comets', 'Harbor Sports Daily', '2026-12-02', '''
SPORTS | NBA | Scores | Standings | Teams
Advertisement

Bishop's 34 lift Kingfishers past Comets in overtime

Veteran guard says team 'grew up tonight'

By Alex Romero | Dec. 2, 2026 11:48 PM

EASTPORT — Terrence Bishop scored 34 points, including a go-ahead 3-pointer with 41 seconds left in overtime, and the Eastport Kingfishers beat the Halton Comets 118-113 on Tuesday night to win their fifth straight game.

Rookie Caleb Nwosu added 19 points and 12 rebounds for Eastport, which rallied from 16 points down in the third quarter. Jalen Price led Halton with 31 points.

"That's a grown-up win," Kingfishers coach Maria Solano said. "A month ago we lose that game by 20. Tonight nobody panicked."

Bishop, a 33-year-old in his 12th season, had missed eight of his first 10 shots. The veteran said he told himself at halftime to stop "trying to win the game in one shot."

"I've been in this league long enough to know the ball doesn't care how you started," Bishop said. "The young guys grew up tonight. They kept giving it back to me."

Solano said she had considered sitting Bishop in the fourth quarter but decided against it after Nwosu told her during a timeout that the veteran was "about to get hot."

Nwosu laughed when asked about it. "I might have said that," the rookie said. "I just knew he was due."

Halton coach Greg Tomlin said his team had "stopped moving the ball" in the fourth quarter and overtime, when the Comets shot 7 for 24. "We played 40 good minutes. You need 53," Tomlin said.

Price, who scored 14 in the third quarter, said the Comets had let Eastport's crowd "get into it" and "that's on us." He left the arena without speaking further after a trainer checked his left ankle.

Up next: The Kingfishers host Marlow on Thursday. The Comets play at Riverton on Friday.

Box score
Halton (113): Price 12-25 5-6 31, Okoro 6-11 2-2 15, Dalton 4-9 0-0 10
Eastport (118): Bishop 11-27 8-8 34, Nwosu 8-13 3-4 19, Feld 5-8 0-0 12

More from Sports
Comets' Price says ankle 'fine,' expects to play Friday
Kingfishers sign guard to 10-day contract

Comments (14)
hoopsfan22: Bishop still has it!!
''',
    s('Terrence Bishop', 'Veteran guard', "team 'grew up tonight'", 'says', 'mixed', role='Veteran guard'),
    s('Maria Solano', 'Kingfishers coach Maria Solano', '"That\'s a grown-up win,"', 'said', 'direct', role='Kingfishers coach'),
    s('Maria Solano', '', '"A month ago we lose that game by 20. Tonight nobody panicked."', '', 'direct', role='Kingfishers coach'),
    s('Terrence Bishop', 'The veteran', 'he told himself at halftime to stop "trying to win the game in one shot."', 'said', 'mixed', role='veteran'),
    s('Terrence Bishop', 'Bishop', '"I\'ve been in this league long enough to know the ball doesn\'t care how you started,"', 'said', 'direct', role='veteran'),
    s('Terrence Bishop', '', '"The young guys grew up tonight. They kept giving it back to me."', '', 'direct', role='veteran'),
    s('Maria Solano', 'Solano', 'she had considered sitting Bishop in the fourth quarter|"about to get hot."', 'said', 'mixed', role='Kingfishers coach'),
    s('Caleb Nwosu', 'Nwosu', 'the veteran was "about to get hot."', 'told', 'mixed', role='Rookie', nested=True, via='Maria Solano'),
    s('Caleb Nwosu', 'the rookie', '"I might have said that,"', 'said', 'direct', role='Rookie'),
    s('Caleb Nwosu', '', '"I just knew he was due."', '', 'direct', role='Rookie'),
    s('Greg Tomlin', 'Halton coach Greg Tomlin', 'his team had "stopped moving the ball" in the fourth quarter and overtime', 'said', 'mixed', role='Halton coach'),
    s('Greg Tomlin', 'Tomlin', '"We played 40 good minutes. You need 53,"', 'said', 'direct', role='Halton coach'),
    s('Jalen Price', 'Price', 'the Comets had let Eastport\'s crowd "get into it" and "that\'s on us."', 'said', 'mixed'),
    s('Jalen Price', "Comets' Price", "ankle 'fine,'", 'says', 'mixed', region='related'),
    s('Jalen Price', "Comets' Price", 'to play Friday', 'expects', region='related'),
)

doc('g08-paper-union-leader-profile', 'The Great Lakes Examiner', '2026-11-29', '''
The last hardliner: Ray Dombrowski, 40 years on the picket line, gets ready for one more fight

By Ellen Szabo
Examiner staff writer

Ray Dombrowski still keeps the bullhorn. It sits on a shelf in his office at the union hall on Tamarack Avenue, dented on one side from the day in 1989 when, he recalled, a bus supervisor knocked it out of his hands.

"I told him he could have it back when we had a contract," Dombrowski said last week, sitting under a framed photograph of the 1994 strike. "He never asked for it."

At 66, Dombrowski is in his seventh term as president of Local 12 of the United Transit and Rail Workers, which represents about 5,800 bus drivers, mechanics and train operators at the Harrisport Regional Transit Authority. Its contract expires Dec. 31, and the two sides remain far apart on wages and on the authority's plan to use driverless shuttles on three routes.

The authority's chair, Lorraine Becker, said in an interview that the agency had offered raises of 9 percent over three years, "the most generous offer in the authority's history," and that the shuttle pilot would not eliminate a single job.

"Ray is a tough negotiator, and I respect that," Becker said. "But the world he organized in doesn't exist anymore."

Dombrowski has heard that before. In 2006, when the authority proposed cutting night service, he told the Examiner that management "wants to run a transit system without the transit." Asked last week whether he still believed that, he said, "More than ever."

He grew up in the Polish neighborhood of Ferndale Heights, the son of a steelworker who was laid off when Dombrowski was 14. He recalled his father sitting at the kitchen table "reading the want ads like they were a letter from somebody who had died."

"That's when I learned what a job is," he said. "It's not a paycheck. It's whether your kid sees you ashamed."

He started driving the No. 22 bus in 1982 and was elected shop steward two years later. Walt Hennessey, a retired driver who worked beside him for 20 years, called him "the only guy who read the whole contract, twice."

"Ray would stand up at a meeting with the contract in one hand and a coffee in the other, and nobody from management wanted to be the one he was looking at," Hennessey said.

The 1994 strike, which shut down buses for 23 days, made him a public figure. The Examiner's editorial page called the walkout "a hostage-taking," and the mayor at the time, Edward Lusk, said Dombrowski had "held the city by the throat."

Dombrowski does not dispute that the strike was hard on riders. "People missed work. People missed doctor's appointments. I think about that," he said. But he said the contract that ended it, which created the first pension plan for part-time drivers, "paid for itself a hundred times over."

Not everyone in the local agrees with his approach. Angela Ruiz, a mechanic who ran against him in 2023 and won 41 percent of the vote, said members were tired of "hearing about 1994" and wanted leaders who could negotiate over technology.

"Ray fought the last war, and he won it," Ruiz said. "This is a different war."

Dombrowski said he had heard the criticism and called Ruiz "a smart young woman who will run this local someday, just not yet."

On the driverless shuttles, he will not move. In a 2005 speech to the state labor federation, he warned that automation would come to transit "the way it came to the steel mills — one department at a time, and always with a promise." He said last week that the authority's promise of no job losses was "the same promise, word for word."

Becker said the authority had put the promise in writing in its latest offer. According to the authority's spokesman, Jerome Tate, the shuttle pilot would cost about $4 million and run for two years on routes that now carry fewer than 300 riders a day.

The local's members will vote on Dec. 14 on whether to authorize a strike. Dombrowski said he expected the authorization to pass "by a lot," but that a strike was "the last thing anybody in this building wants."

His wife, Carol, a retired schoolteacher, said she had stopped asking him when he would retire. "He says, 'After this contract.' He's been saying that since 2003," she said, laughing.

Dombrowski, asked the same question, said only that the members would decide. Then he pointed at the bullhorn.

"Still works," he said.
''',
    s('Ray Dombrowski', 'he', 'a bus supervisor knocked it out of his hands', 'recalled', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Ray Dombrowski', 'Dombrowski', '"I told him he could have it back when we had a contract,"', 'said', 'direct', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Ray Dombrowski', '', '"He never asked for it."', '', 'direct', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Lorraine Becker', "The authority's chair, Lorraine Becker", 'the agency had offered raises of 9 percent over three years|would not eliminate a single job', 'said', 'mixed', role="authority's chair"),
    s('Lorraine Becker', 'Becker', '"Ray is a tough negotiator, and I respect that,"', 'said', 'direct', role="authority's chair"),
    s('Lorraine Becker', '', '"But the world he organized in doesn\'t exist anymore."', '', 'direct', role="authority's chair"),
    s('Harrisport Regional Transit Authority', 'the authority', 'cutting night service', 'proposed', date='2006'),
    s('Ray Dombrowski', 'he', 'management "wants to run a transit system without the transit."', 'told', 'mixed', role='president of Local 12 of the United Transit and Rail Workers', date='2006'),
    s('Ray Dombrowski', 'he', '"More than ever."', 'said', 'direct', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Ray Dombrowski', 'He', 'his father sitting at the kitchen table "reading the want ads like they were a letter from somebody who had died."', 'recalled', 'mixed', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Ray Dombrowski', 'he', '"That\'s when I learned what a job is,"', 'said', 'direct', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Ray Dombrowski', '', '"It\'s not a paycheck. It\'s whether your kid sees you ashamed."', '', 'direct', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Walt Hennessey', 'Walt Hennessey, a retired driver who worked beside him for 20 years', 'him "the only guy who read the whole contract, twice."', 'called', 'mixed', role='retired driver'),
    s('Walt Hennessey', 'Hennessey', '"Ray would stand up at a meeting with the contract in one hand|the one he was looking at,"', 'said', 'direct', role='retired driver'),
    s("The Examiner's editorial page", "The Examiner's editorial page", 'the walkout "a hostage-taking,"', 'called', 'mixed', date='1994'),
    s('Edward Lusk', 'the mayor at the time, Edward Lusk', 'Dombrowski had "held the city by the throat."', 'said', 'mixed', role='mayor', date='1994'),
    s('Ray Dombrowski', 'he', '"People missed work. People missed doctor\'s appointments. I think about that,"', 'said', 'direct', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Ray Dombrowski', 'he', 'the contract that ended it, which created the first pension plan for part-time drivers, "paid for itself a hundred times over."', 'said', 'mixed', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Angela Ruiz', 'Angela Ruiz, a mechanic who ran against him in 2023 and won 41 percent of the vote', 'members were tired of "hearing about 1994" and wanted leaders who could negotiate over technology', 'said', 'mixed', role='mechanic'),
    s('Angela Ruiz', 'Ruiz', '"Ray fought the last war, and he won it,"', 'said', 'direct', role='mechanic'),
    s('Angela Ruiz', '', '"This is a different war."', '', 'direct', role='mechanic'),
    s('Ray Dombrowski', 'Dombrowski', 'he had heard the criticism', 'said', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Ray Dombrowski', 'Dombrowski', 'Ruiz "a smart young woman who will run this local someday, just not yet."', 'called', 'mixed', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Ray Dombrowski', 'he', 'automation would come to transit "the way it came to the steel mills|always with a promise."', 'warned', 'mixed', role='president of Local 12 of the United Transit and Rail Workers', date='2005'),
    s('Ray Dombrowski', 'He', 'the authority\'s promise of no job losses was "the same promise, word for word."', 'said', 'mixed', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Lorraine Becker', 'Becker', 'the authority had put the promise in writing in its latest offer', 'said', role="authority's chair"),
    s('Jerome Tate', "the authority's spokesman, Jerome Tate", 'the shuttle pilot would cost about $4 million|fewer than 300 riders a day', 'According to', role="authority's spokesman"),
    s('Ray Dombrowski', 'Dombrowski', 'he expected the authorization to pass "by a lot," but that a strike was "the last thing anybody in this building wants."', 'said', 'mixed', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Carol', 'His wife, Carol, a retired schoolteacher', 'she had stopped asking him when he would retire', 'said', role='retired schoolteacher'),
    s('Carol', 'she', '"He says, \'After this contract.\' He\'s been saying that since 2003,"', 'said', 'direct', role='retired schoolteacher'),
    s('Ray Dombrowski', 'He', "'After this contract.'", 'says', 'direct', role='president of Local 12 of the United Transit and Rail Workers', nested=True, via='Carol'),
    s('Ray Dombrowski', 'Dombrowski', 'the members would decide', 'said', role='president of Local 12 of the United Transit and Rail Workers'),
    s('Ray Dombrowski', 'he', '"Still works,"', 'said', 'direct', role='president of Local 12 of the United Transit and Rail Workers'),
)

doc('g09-paper-senate-race-health', 'The Commonwealth Globe', '2026-10-26', '''
Tanner, Whitford trade attacks over health plan as Senate race tightens

By Nathan Pierce
Globe staff

Republican Senate candidate Doug Tanner said Sunday that Representative Karen Whitford's health care plan would "put Washington between you and your doctor," sharpening an attack that his campaign has made the center of its closing ads.

"Her plan is a government takeover dressed up as a public option," Tanner said on CNN's "State of the Union." "People in this state like their coverage. They don't want to start over."

Whitford, a three-term Democrat from Marston, said the plan would let people buy into the state employees' health plan but would not require anyone to give up private insurance. "Doug knows that. He has read the plan. He just doesn't like what it costs his friends in the insurance business," she said in an interview with the Globe on Saturday.

Tanner's campaign later said in a statement that Whitford "has spent six years in Congress voting for every tax increase she could find" and that her plan would cost the state $3 billion a year, a figure drawn from an analysis by the Pioneer Fiscal Institute, a conservative research group.

The institute's analysis assumed that about 400,000 people would switch to the public plan in its first year. Whitford's campaign called that assumption "pure fantasy" and pointed to a study by the state's own Health Policy Commission, which estimated that fewer than 90,000 would switch.

In an interview on Fox News's "Sunday Briefing," Tanner declined to say whether he would support repealing the federal health law, saying only that "it needs a lot of fixing." He told Fox News that he would "sit down with anybody" to lower drug prices.

A poll released Thursday by Eastbrook University found Whitford leading 47 percent to 44 percent among likely voters, within the poll's margin of error. In September, the same poll found her ahead by nine points.

"This race was always going to close," said Margaret Liu, who directs the Eastbrook poll. She said independent voters, who make up about 40 percent of the electorate, had moved toward Tanner since the candidates' first debate.

Whitford appeared on MSNBC's "Morning Line" on Monday and said Tanner's attacks showed he was "worried about his own record," pointing to his company's decision in 2019 to cut health benefits for 1,200 part-time workers.

Tanner has said the cuts saved the company, Tanner Logistics, from bankruptcy. "I made a hard call to save 3,000 jobs, and I'd make it again," he said in a debate last month.

A spokesman for Whitford, Luis Ferreira, said in a statement Sunday evening that voters "can see through a millionaire's scare campaign."

The two candidates meet for their final debate on Thursday at Marston Community College.
''',
    s('Doug Tanner', 'Republican Senate candidate Doug Tanner', 'Representative Karen Whitford\'s health care plan would "put Washington between you and your doctor,"', 'said', 'mixed', role='Republican Senate candidate'),
    s('Doug Tanner', 'Tanner', '"Her plan is a government takeover dressed up as a public option,"', 'said', 'direct', role='Republican Senate candidate'),
    s('Doug Tanner', '', '"People in this state like their coverage. They don\'t want to start over."', '', 'direct', role='Republican Senate candidate'),
    s('Karen Whitford', 'Whitford', "the plan would let people buy into the state employees' health plan but would not require anyone to give up private insurance", 'said', role='Representative'),
    s('Karen Whitford', 'she', '"Doug knows that. He has read the plan. He just doesn\'t like what it costs his friends in the insurance business,"', 'said', 'direct', role='Representative'),
    s("Tanner's campaign", "Tanner's campaign", 'Whitford "has spent six years in Congress voting for every tax increase she could find" and that her plan would cost the state $3 billion a year', 'said', 'mixed'),
    s('Pioneer Fiscal Institute', "The institute's analysis", 'about 400,000 people would switch to the public plan in its first year', 'assumed'),
    s("Whitford's campaign", "Whitford's campaign", 'that assumption "pure fantasy"', 'called', 'mixed'),
    s('Health Policy Commission', 'which', 'fewer than 90,000 would switch', 'estimated'),
    s('Doug Tanner', 'Tanner', '"it needs a lot of fixing."', 'saying', 'direct', role='Republican Senate candidate'),
    s('Doug Tanner', 'He', 'he would "sit down with anybody" to lower drug prices', 'told', 'mixed', role='Republican Senate candidate'),
    s('Eastbrook University', 'A poll released Thursday by Eastbrook University', 'Whitford leading 47 percent to 44 percent among likely voters', 'found'),
    s('Eastbrook University', 'the same poll', 'her ahead by nine points', 'found'),
    s('Margaret Liu', 'Margaret Liu, who directs the Eastbrook poll', '"This race was always going to close,"', 'said', 'direct'),
    s('Margaret Liu', 'She', "independent voters, who make up about 40 percent of the electorate, had moved toward Tanner since the candidates' first debate", 'said'),
    s('Karen Whitford', 'Whitford', 'Tanner\'s attacks showed he was "worried about his own record,"', 'said', 'mixed', role='Representative'),
    s('Karen Whitford', 'Whitford', "his company's decision in 2019 to cut health benefits for 1,200 part-time workers", 'pointing to', role='Representative'),
    s('Doug Tanner', 'Tanner', 'the cuts saved the company, Tanner Logistics, from bankruptcy', 'has said', role='Republican Senate candidate'),
    s('Doug Tanner', 'he', '"I made a hard call to save 3,000 jobs, and I\'d make it again,"', 'said', 'direct', role='Republican Senate candidate'),
    s('Luis Ferreira', 'A spokesman for Whitford, Luis Ferreira', 'voters "can see through a millionaire\'s scare campaign."', 'said', 'mixed', role='spokesman for Whitford'),
)

doc('g10-paper-question-period-housing', 'The Capital Citizen', '2026-11-26', '''
Leclerc, Whitmore clash over housing starts in heated Question Period

Tory leader says government 'lost control' of housing; minister says starts on pace for 20-year high

By Geneviève Tremblay
Parliamentary bureau

OTTAWA — Prime Minister Anne-Marie Leclerc on Wednesday accused the Conservatives of "cheering for bad news" as the Opposition pressed her government over figures showing housing starts fell 12 per cent in October.

The national housing agency reported Tuesday that starts fell to an annual rate of 214,000 in October from 243,000 in September, the lowest monthly figure in more than two years.

Conservative Leader Gordon Whitmore opened Question Period by saying the government had "lost control" of housing and asking Leclerc to "admit her plan has failed."

"Young families in this country have given up on owning a home, and this Prime Minister is giving speeches about record investments," Mr. Whitmore said. "Record investments, record failure."

Ms. Leclerc replied that housing starts for the year remained on track to be the highest since 2006 and that one month's figures did not make a trend. "The member opposite has found one bad number in a good year, and he is very happy about it," she said, to applause from the government benches.

Housing Minister Sean Doyle told the House that 41 municipalities had signed agreements under the federal housing accelerator and that permits in those cities were up 18 per cent. Mr. Doyle said the October drop reflected "a wet month and high interest rates," not a failed policy.

NDP Leader Priya Sandhu said both the Liberals and the Conservatives had "let speculators treat homes like stocks" and called on the government to ban corporate purchases of single-family houses. Ms. Sandhu said her party would table a motion next week.

Later, Conservative housing critic Marc Bélanger asked whether the minister could name "one single family" that had bought a home because of the accelerator. Mr. Doyle answered that the program was meant to speed up construction, not to subsidize buyers, and accused Mr. Bélanger of "not reading the program he criticizes."

Speaker of the House Louis Kaplan twice interrupted the exchange, warning members that "the volume is not an argument."

Outside the House, Mr. Whitmore told reporters that the Prime Minister "talks about 2006 because she doesn't want to talk about 2026." Asked whether a Conservative government would keep the accelerator, he said his party would "review every program" and keep those that worked.

The Canadian Home Builders' Council said in a statement that high borrowing costs, not federal programs, were the main reason for the slowdown, and urged the Bank of Canada to keep cutting rates.

The Prime Minister's Office said later Wednesday that Ms. Leclerc would meet the country's big-city mayors in Toronto next month to discuss permits and infrastructure money.
''',
    s('Gordon Whitmore', 'Tory leader', "government 'lost control' of housing", 'says', 'mixed', role='Conservative Leader'),
    s('Sean Doyle', 'minister', 'starts on pace for 20-year high', 'says', role='Housing Minister'),
    s('Anne-Marie Leclerc', 'Prime Minister Anne-Marie Leclerc', 'the Conservatives of "cheering for bad news"', 'accused', 'mixed', role='Prime Minister'),
    s('The national housing agency', 'The national housing agency', 'starts fell to an annual rate of 214,000 in October from 243,000 in September|in more than two years', 'reported'),
    s('Gordon Whitmore', 'Conservative Leader Gordon Whitmore', 'the government had "lost control" of housing', 'saying', 'mixed', role='Conservative Leader'),
    s('Gordon Whitmore', 'Conservative Leader Gordon Whitmore', 'Leclerc to "admit her plan has failed."', 'asking', 'mixed', role='Conservative Leader'),
    s('Gordon Whitmore', 'Mr. Whitmore', '"Young families in this country have given up on owning a home|record investments,"', 'said', 'direct', role='Conservative Leader'),
    s('Gordon Whitmore', '', '"Record investments, record failure."', '', 'direct', role='Conservative Leader'),
    s('Anne-Marie Leclerc', 'Ms. Leclerc', "housing starts for the year remained on track to be the highest since 2006 and that one month's figures did not make a trend", 'replied', role='Prime Minister'),
    s('Anne-Marie Leclerc', 'she', '"The member opposite has found one bad number in a good year, and he is very happy about it,"', 'said', 'direct', role='Prime Minister'),
    s('Sean Doyle', 'Housing Minister Sean Doyle', '41 municipalities had signed agreements under the federal housing accelerator and that permits in those cities were up 18 per cent', 'told', role='Housing Minister'),
    s('Sean Doyle', 'Mr. Doyle', 'the October drop reflected "a wet month and high interest rates," not a failed policy', 'said', 'mixed', role='Housing Minister'),
    s('Priya Sandhu', 'NDP Leader Priya Sandhu', 'both the Liberals and the Conservatives had "let speculators treat homes like stocks"', 'said', 'mixed', role='NDP Leader'),
    s('Priya Sandhu', 'NDP Leader Priya Sandhu', 'the government to ban corporate purchases of single-family houses', 'called on', role='NDP Leader'),
    s('Priya Sandhu', 'Ms. Sandhu', 'her party would table a motion next week', 'said', role='NDP Leader'),
    s('Sean Doyle', 'Mr. Doyle', 'the program was meant to speed up construction, not to subsidize buyers', 'answered', role='Housing Minister'),
    s('Sean Doyle', 'Mr. Doyle', 'Mr. Bélanger of "not reading the program he criticizes."', 'accused', 'mixed', role='Housing Minister'),
    s('Louis Kaplan', 'Speaker of the House Louis Kaplan', '"the volume is not an argument."', 'warning', 'direct', role='Speaker of the House'),
    s('Gordon Whitmore', 'Mr. Whitmore', 'the Prime Minister "talks about 2006 because she doesn\'t want to talk about 2026."', 'told', 'mixed', role='Conservative Leader'),
    s('Gordon Whitmore', 'he', 'his party would "review every program" and keep those that worked', 'said', 'mixed', role='Conservative Leader'),
    s("The Canadian Home Builders' Council", "The Canadian Home Builders' Council", 'high borrowing costs, not federal programs, were the main reason for the slowdown', 'said'),
    s("The Canadian Home Builders' Council", "The Canadian Home Builders' Council", 'the Bank of Canada to keep cutting rates', 'urged'),
    s("The Prime Minister's Office", "The Prime Minister's Office", "Ms. Leclerc would meet the country's big-city mayors in Toronto next month to discuss permits and infrastructure money", 'said'),
)

doc('g11-paper-lab-emails-investigation', 'The Midland Record', '2026-12-03', '''
Emails show health officials knew of lab backlog months before test errors

Lab director warned in February that staff were 'cutting corners'; department blames faulty kits

By Hannah Pell and Derek Stroud
Record staff

Senior officials at the state Department of Health were warned as early as February that a backlog at the state's public health laboratory was leading technicians to skip quality checks, according to internal emails obtained by the Record.

In an email on Feb. 11, the laboratory's director, Dr. Paul Haverty, wrote to Deputy Health Commissioner Irene Castellano that his staff was "cutting corners we should never cut" to keep up with demand.

"If we keep this pace, we will report a wrong result, and we will not know it," Haverty wrote in the same email.

Castellano replied the next day that she would "raise it upstairs" but that there was "no money for new positions this fiscal year," according to the emails, which the Record obtained under the state's public records law.

In July, the laboratory notified 212 people that their tests for a tick-borne illness had been wrongly reported as negative. At least nine of them were later hospitalized, according to two people with direct knowledge of the cases, who spoke on the condition that they not be named because they were not authorized to discuss patient information.

The department has said publicly that the errors were caused by a faulty batch of test kits from a supplier. In a statement to the Record on Tuesday, department spokeswoman Kim Oduya said that explanation "remains accurate" and that "staffing was not a factor in the kit failure."

But three current and former laboratory employees told the Record that the faulty kits would likely have been caught by the quality checks that had been suspended. "The whole point of those checks is to catch a bad batch," said one of them, a technician who left the lab in August. "We stopped doing them in March."

An internal audit dated June 3, which the Record also obtained, found that quality-control logs for 14 weeks between March and June were blank. The audit recommended that the department "immediately restore" the checks and hire at least six technicians.

Castellano, who left the department in September to take a job at a hospital system, did not respond to phone calls and emails. Haverty, who remains the laboratory's director, declined to be interviewed but said in a brief email that he had "raised these concerns through the proper channels" and would "cooperate fully with any review."

Castellano wrote in a May 20 email obtained by the Record that she had "flagged the lab issue" for Health Commissioner Dr. Victor Amsel. "He knows. He doesn't want a story about it before the budget vote," she wrote to a colleague.

Amsel said through a spokeswoman that he did not recall the conversation and that he had first learned of the scale of the backlog in July.

Gov. Teresa Quill's office said Wednesday that it had asked the state inspector general to review the laboratory. A spokesman for the governor, Adam Lisowski, said the governor was "deeply troubled" by the Record's findings.

State Sen. Howard Brill, who chairs the Senate health committee, said he would call Amsel to testify. "Somebody decided a budget vote mattered more than getting test results right," Brill said. "I want to know who."

A former senior official in the department, who spoke on condition of anonymity because she still works in state government, said the lab's staffing had been "an open secret" for two years.

"Everyone on the fourth floor knew," she said. "Nobody wanted to be the one to put it in writing, and then Paul did."
''',
    s('internal emails obtained by the Record', 'Emails', 'health officials knew of lab backlog months before test errors', 'show'),
    s('Paul Haverty', 'Lab director', "staff were 'cutting corners'", 'warned', 'mixed', role="laboratory's director"),
    s('the state Department of Health', 'department', 'faulty kits', 'blames'),
    s('internal emails obtained by the Record', 'internal emails obtained by the Record', "Senior officials at the state Department of Health were warned as early as February|to skip quality checks", 'according to'),
    s('Paul Haverty', "the laboratory's director, Dr. Paul Haverty", 'his staff was "cutting corners we should never cut" to keep up with demand', 'wrote', 'mixed', role="laboratory's director"),
    s('Paul Haverty', 'Haverty', '"If we keep this pace, we will report a wrong result, and we will not know it,"', 'wrote', 'direct', role="laboratory's director"),
    s('Irene Castellano', 'Castellano', 'she would "raise it upstairs" but that there was "no money for new positions this fiscal year,"', 'replied', 'mixed', role='Deputy Health Commissioner'),
    s('the laboratory', 'the laboratory', 'their tests for a tick-borne illness had been wrongly reported as negative', 'notified'),
    s('two people with direct knowledge of the cases', 'two people with direct knowledge of the cases', 'At least nine of them were later hospitalized', 'according to'),
    s('the state Department of Health', 'The department', 'the errors were caused by a faulty batch of test kits from a supplier', 'has said'),
    s('Kim Oduya', 'department spokeswoman Kim Oduya', 'that explanation "remains accurate" and that "staffing was not a factor in the kit failure."', 'said', 'mixed', role='department spokeswoman'),
    s('three current and former laboratory employees', 'three current and former laboratory employees', 'the faulty kits would likely have been caught by the quality checks that had been suspended', 'told'),
    s('a technician who left the lab in August', 'one of them, a technician who left the lab in August', '"The whole point of those checks is to catch a bad batch,"', 'said', 'direct', role='technician'),
    s('a technician who left the lab in August', '', '"We stopped doing them in March."', '', 'direct', role='technician'),
    s('An internal audit dated June 3', 'An internal audit dated June 3', 'quality-control logs for 14 weeks between March and June were blank', 'found'),
    s('An internal audit dated June 3', 'The audit', 'the department "immediately restore" the checks and hire at least six technicians', 'recommended', 'mixed'),
    s('Paul Haverty', 'Haverty', 'he had "raised these concerns through the proper channels" and would "cooperate fully with any review."', 'said', 'mixed', role="laboratory's director"),
    s('Irene Castellano', 'Castellano', 'she had "flagged the lab issue" for Health Commissioner Dr. Victor Amsel', 'wrote', 'mixed', role='Deputy Health Commissioner'),
    s('Irene Castellano', 'she', '"He knows. He doesn\'t want a story about it before the budget vote,"', 'wrote', 'direct', role='Deputy Health Commissioner'),
    s('Victor Amsel', 'Amsel', 'he did not recall the conversation and that he had first learned of the scale of the backlog in July', 'said', role='Health Commissioner'),
    s("Gov. Teresa Quill's office", "Gov. Teresa Quill's office", 'it had asked the state inspector general to review the laboratory', 'said'),
    s("Gov. Teresa Quill's office", 'it', 'the state inspector general to review the laboratory', 'asked', nested=True, via="Gov. Teresa Quill's office"),
    s('Adam Lisowski', 'A spokesman for the governor, Adam Lisowski', 'the governor was "deeply troubled" by the Record\'s findings', 'said', 'mixed', role='spokesman for the governor'),
    s('Howard Brill', 'State Sen. Howard Brill, who chairs the Senate health committee', 'he would call Amsel to testify', 'said', role='State Sen.'),
    s('Howard Brill', 'Brill', '"Somebody decided a budget vote mattered more than getting test results right,"', 'said', 'direct', role='State Sen.'),
    s('Howard Brill', '', '"I want to know who."', '', 'direct', role='State Sen.'),
    s('A former senior official in the department', 'A former senior official in the department', 'the lab\'s staffing had been "an open secret" for two years', 'said', 'mixed'),
    s('A former senior official in the department', 'she', '"Everyone on the fourth floor knew,"', 'said', 'direct'),
    s('A former senior official in the department', '', '"Nobody wanted to be the one to put it in writing, and then Paul did."', '', 'direct'),
)

doc('g12-wire-security-council-verania', 'Meridian Press', '2026-12-02', '''
Security Council split over Verania sanctions as U.N. aid chief warns of famine

By Petra Lindgren

UNITED NATIONS, Dec 2 (Meridian) - Members of the U.N. Security Council clashed on Tuesday over whether to ease sanctions on Verania, as the United Nations' humanitarian chief warned that 3 million people there faced "famine conditions within months."

Briefing the Council, Under-Secretary-General for Humanitarian Affairs Elena Sobral said aid convoys had reached only four of the country's 11 provinces since September. "We are counting the dead in districts we cannot reach," she said. "I ask this Council to give us the access we need."

Castria's representative, Ambassador Jean-Luc Moreau, whose delegation drafted a resolution to exempt food and fuel from the sanctions, said the measures "were designed to pressure a government, not to starve a people." The Ambassador told the Council that Castria would put the draft to a vote "before the end of the year."

The representative of Tarvos, Ilya Brandt, said his country would oppose any easing "as long as political prisoners remain in Veranian jails." He accused the government in Sollen of using "every previous humanitarian pause to rearm."

Norvania's deputy representative, Anna Kowal, said her delegation shared the humanitarian concerns but wanted "ironclad monitoring" of any exemptions. "Food must reach people, not warehouses," she said.

Speaking for the three African members of the Council, the representative of Oduna said sanctions "have never fed a child" and called for the immediate reopening of the port of Marisa.

Verania's Ambassador to the United Nations, Tomas Ravel, who was invited to address the meeting, rejected the accusations. "My government has opened every door the United Nations has knocked on," he said, adding that the sanctions had "destroyed our hospitals' supply of insulin."

Sobral told reporters after the meeting that Ravel had promised her "full cooperation." "I will believe it when I see the trucks move," she said.

A diplomat from a Council member that supports the draft, speaking on condition of anonymity, said Castria had not yet secured the nine votes needed to adopt it and that at least one permanent member was expected to abstain.

The sanctions, imposed in 2023 after a disputed election, freeze the assets of Veranian state banks and bar most imports of fuel.

(Reporting by Petra Lindgren; Editing by Sam Okafor)
''',
    s('Elena Sobral', "the United Nations' humanitarian chief", '3 million people there faced "famine conditions within months."', 'warned', 'mixed', role='Under-Secretary-General for Humanitarian Affairs'),
    s('Elena Sobral', 'Under-Secretary-General for Humanitarian Affairs Elena Sobral', "aid convoys had reached only four of the country's 11 provinces since September", 'said', role='Under-Secretary-General for Humanitarian Affairs'),
    s('Elena Sobral', 'she', '"We are counting the dead in districts we cannot reach,"', 'said', 'direct', role='Under-Secretary-General for Humanitarian Affairs'),
    s('Elena Sobral', '', '"I ask this Council to give us the access we need."', '', 'direct', role='Under-Secretary-General for Humanitarian Affairs'),
    s('Jean-Luc Moreau', "Castria's representative, Ambassador Jean-Luc Moreau", 'the measures "were designed to pressure a government, not to starve a people."', 'said', 'mixed', role="Castria's representative"),
    s('Jean-Luc Moreau', 'The Ambassador', 'Castria would put the draft to a vote "before the end of the year."', 'told', 'mixed', role="Castria's representative"),
    s('Ilya Brandt', 'The representative of Tarvos, Ilya Brandt', 'his country would oppose any easing "as long as political prisoners remain in Veranian jails."', 'said', 'mixed', role='representative of Tarvos'),
    s('Ilya Brandt', 'He', 'the government in Sollen of using "every previous humanitarian pause to rearm."', 'accused', 'mixed', role='representative of Tarvos'),
    s('Anna Kowal', "Norvania's deputy representative, Anna Kowal", 'her delegation shared the humanitarian concerns but wanted "ironclad monitoring" of any exemptions', 'said', 'mixed', role="Norvania's deputy representative"),
    s('Anna Kowal', 'she', '"Food must reach people, not warehouses,"', 'said', 'direct', role="Norvania's deputy representative"),
    s('the representative of Oduna', 'the representative of Oduna', 'sanctions "have never fed a child"', 'said', 'mixed', role='representative of Oduna'),
    s('the representative of Oduna', 'the representative of Oduna', 'the immediate reopening of the port of Marisa', 'called for', role='representative of Oduna'),
    s('Tomas Ravel', "Verania's Ambassador to the United Nations, Tomas Ravel", 'the accusations', 'rejected', role="Verania's Ambassador to the United Nations"),
    s('Tomas Ravel', 'he', '"My government has opened every door the United Nations has knocked on,"', 'said', 'direct', role="Verania's Ambassador to the United Nations"),
    s('Tomas Ravel', 'he', 'the sanctions had "destroyed our hospitals\' supply of insulin."', 'adding', 'mixed', role="Verania's Ambassador to the United Nations"),
    s('Elena Sobral', 'Sobral', 'Ravel had promised her "full cooperation."', 'told', 'mixed', role='Under-Secretary-General for Humanitarian Affairs'),
    s('Tomas Ravel', 'Ravel', '"full cooperation."', 'promised', 'direct', role="Verania's Ambassador to the United Nations", nested=True, via='Elena Sobral'),
    s('Elena Sobral', 'she', '"I will believe it when I see the trucks move,"', 'said', 'direct', role='Under-Secretary-General for Humanitarian Affairs'),
    s('A diplomat from a Council member that supports the draft', 'A diplomat from a Council member that supports the draft', 'Castria had not yet secured the nine votes needed to adopt it and that at least one permanent member was expected to abstain', 'said'),
)

doc('g13-wire-port-fishermen', 'AFP', '2026-12-01', '''
Costa Salina fishermen vow to fight port expansion

PUERTO ALMENDRA, Costa Salina, Dec 1, 2026 (AFP) - Fishermen in this town on Costa Salina's Pacific coast say a government plan to turn their harbour into a container port will wipe out a way of life that has lasted for generations.

“My father fished here, and his father. Where will my son go, to the factories in the capital?” said Ramón Quispe, 61, mending a net on the beach. “They did not ask us anything,” he told AFP.

The 1.4-billion-dollar project, financed largely by a consortium of Asian banks, would triple the port's capacity by 2031, according to the transport ministry.

Transport Minister Elisa Barrenechea defended the project on Monday, saying it would create 6,000 jobs and that fishermen would be offered training and compensation. “No one will be left behind,” she told reporters in the capital, San Ignacio, in comments translated from Spanish.

But the local fishing cooperative, which represents about 900 families, said no one from the ministry had visited the town since the plan was announced in March. Its president, Lucía Mamani, told AFP the compensation offered — about 4,000 dollars per family — was “an insult.”

“With 4,000 dollars you buy a used motor. You do not buy a new life,” she said.

Environmental groups have also raised concerns. The Pacific Coast Alliance said in a report last month that dredging the harbour would destroy mangroves that shelter young fish and protect the town from storm surges.

A spokesman for the consortium, who asked not to be named, told AFP that an environmental study had been completed and would be made public “in the coming weeks.”

In Puerto Almendra, Quispe said he would join a protest march to the capital planned for next week. “We are not against progress,” he said. “We are against disappearing.”

rq-lm/jb/sst
''',
    s("Fishermen in this town on Costa Salina's Pacific coast", 'Costa Salina fishermen', 'to fight port expansion', 'vow'),
    s("Fishermen in this town on Costa Salina's Pacific coast", "Fishermen in this town on Costa Salina's Pacific coast", 'a government plan to turn their harbour into a container port|lasted for generations', 'say'),
    s('Ramón Quispe', 'Ramón Quispe, 61', '“My father fished here, and his father. Where will my son go, to the factories in the capital?”', 'said', 'direct'),
    s('Ramón Quispe', 'he', '“They did not ask us anything,”', 'told', 'direct'),
    s('the transport ministry', 'the transport ministry', "The 1.4-billion-dollar project, financed largely by a consortium of Asian banks, would triple the port's capacity by 2031", 'according to'),
    s('Elisa Barrenechea', 'Transport Minister Elisa Barrenechea', 'the project', 'defended', role='Transport Minister'),
    s('Elisa Barrenechea', 'Transport Minister Elisa Barrenechea', 'it would create 6,000 jobs and that fishermen would be offered training and compensation', 'saying', role='Transport Minister'),
    s('Elisa Barrenechea', 'she', '“No one will be left behind,”', 'told', 'direct', role='Transport Minister'),
    s('the local fishing cooperative', 'the local fishing cooperative, which represents about 900 families', 'no one from the ministry had visited the town since the plan was announced in March', 'said'),
    s('Lucía Mamani', 'Its president, Lucía Mamani', 'the compensation offered — about 4,000 dollars per family — was “an insult.”', 'told', 'mixed', role='president'),
    s('Lucía Mamani', 'she', '“With 4,000 dollars you buy a used motor. You do not buy a new life,”', 'said', 'direct', role='president'),
    s('Environmental groups', 'Environmental groups', 'concerns', 'raised'),
    s('The Pacific Coast Alliance', 'The Pacific Coast Alliance', 'dredging the harbour would destroy mangroves|protect the town from storm surges', 'said'),
    s('A spokesman for the consortium', 'A spokesman for the consortium, who asked not to be named', 'an environmental study had been completed and would be made public “in the coming weeks.”', 'told', 'mixed', role='spokesman for the consortium'),
    s('Ramón Quispe', 'Quispe', 'he would join a protest march to the capital planned for next week', 'said'),
    s('Ramón Quispe', 'he', '“We are not against progress,”', 'said', 'direct'),
    s('Ramón Quispe', '', '“We are against disappearing.”', '', 'direct'),
)

doc('g14-wire-rice-aid-brief', 'Haedong News', '2026-12-03', '''
Gyeoryeo to send 50,000 tons of rice to flood-hit Sanbuk

SORA, Dec. 3 (Haedong News) -- Gyeoryeo will send 50,000 tons of rice to flood-hit Sanbuk by the end of January, the unification ministry said in a press release Thursday.

The shipment, worth about 62 billion won, will be the first government aid to the neighboring country in four years. The ministry said the rice would be delivered through the World Food Agency, which will monitor its distribution.

Unification Minister Park Min-seo told reporters the decision was made on "purely humanitarian grounds" and was not linked to stalled talks on reopening the border industrial zone.

A government official, who spoke on condition of anonymity, said Sanbuk had not yet formally accepted the offer but had "responded positively" through a liaison channel. "We expect an answer within days," the official said.

Sanbuk's state media reported last week that floods in September destroyed about 40,000 hectares of farmland. The World Food Agency estimated in October that 4.2 million people in Sanbuk faced food shortages.

Opposition lawmaker Choi Jae-won of the Unity Party said the aid should be conditioned on the release of six Gyeoryeo nationals detained in Sanbuk. Park said the two issues should be handled "on separate tracks."

(END)
''',
    s('the unification ministry', 'the unification ministry', 'Gyeoryeo will send 50,000 tons of rice to flood-hit Sanbuk by the end of January', 'said'),
    s('the unification ministry', 'The ministry', 'the rice would be delivered through the World Food Agency, which will monitor its distribution', 'said'),
    s('Park Min-seo', 'Unification Minister Park Min-seo', 'the decision was made on "purely humanitarian grounds"|reopening the border industrial zone', 'told', 'mixed', role='Unification Minister'),
    s('A government official', 'A government official, who spoke on condition of anonymity', 'Sanbuk had not yet formally accepted the offer but had "responded positively" through a liaison channel', 'said', 'mixed'),
    s('A government official', 'the official', '"We expect an answer within days,"', 'said', 'direct'),
    s("Sanbuk's state media", "Sanbuk's state media", 'floods in September destroyed about 40,000 hectares of farmland', 'reported'),
    s('The World Food Agency', 'The World Food Agency', '4.2 million people in Sanbuk faced food shortages', 'estimated'),
    s('Choi Jae-won', 'Opposition lawmaker Choi Jae-won of the Unity Party', 'the aid should be conditioned on the release of six Gyeoryeo nationals detained in Sanbuk', 'said', role='Opposition lawmaker'),
    s('Park Min-seo', 'Park', 'the two issues should be handled "on separate tracks."', 'said', 'mixed', role='Unification Minister'),
)

doc('g15-readout-hollander-adeyemi', 'Office of the President of the United Republic', '2026-12-02', '''
Readout of President Hollander's Call with Prime Minister Adeyemi of Zanoria

December 2, 2026

President Marcus Hollander spoke today with Prime Minister Folake Adeyemi of Zanoria. The two leaders discussed the security situation in the Sahelian border region, efforts to expand trade and investment between the United Republic and Zanoria, and preparations for next year's Coastal States Summit in Port Ebere.

The President underscored the United Republic's commitment to Zanoria's security and welcomed the Prime Minister's decision to host a regional conference on counterterrorism cooperation. He expressed his condolences for the victims of last week's attack on a military base in Kaduri province and offered additional assistance for the investigation.

The President thanked Prime Minister Adeyemi for Zanoria's leadership of the regional peacekeeping mission and said the United Republic would provide an additional $40 million to support the mission's logistics.

The President and the Prime Minister agreed that their teams would finalize a new framework for critical minerals cooperation before the summit. The Prime Minister noted that Zanoria had approved new mining regulations that would, in her words, "give investors certainty and our communities a fair share."

President Hollander raised the cases of two United Republic citizens detained in Zanoria and urged their swift release. The leaders committed to stay in close touch.

###
''',
    s('Marcus Hollander', 'The President', "the United Republic's commitment to Zanoria's security", 'underscored', role='President'),
    s('Marcus Hollander', 'The President', "the Prime Minister's decision to host a regional conference on counterterrorism cooperation", 'welcomed', role='President'),
    s('Marcus Hollander', 'The President', "the United Republic would provide an additional $40 million to support the mission's logistics", 'said', role='President'),
    s('Marcus Hollander and Folake Adeyemi', 'The President and the Prime Minister', 'their teams would finalize a new framework for critical minerals cooperation before the summit', 'agreed'),
    s('Folake Adeyemi', 'The Prime Minister', 'Zanoria had approved new mining regulations', 'noted', role='Prime Minister'),
    s('Folake Adeyemi', 'her', '"give investors certainty and our communities a fair share."', 'in her words', 'direct', role='Prime Minister'),
    s('Marcus Hollander', 'President Hollander', 'the cases of two United Republic citizens detained in Zanoria', 'raised', role='President'),
    s('Marcus Hollander', 'President Hollander', 'their swift release', 'urged', role='President'),
    s('Marcus Hollander and Folake Adeyemi', 'The leaders', 'to stay in close touch', 'committed'),
)

doc('g16-wire-striker-injury-brief', 'Meridian Press', '2026-12-01', '''
Soccer-Brava striker Serrano out for six weeks with torn hamstring

Dec 1 (Meridian) - Valdorra striker Mateo Serrano will miss at least six weeks after tearing a hamstring in Sunday's league win over Castellon, his club Atletico Brava said on Tuesday.

The 27-year-old, who leads the league with 14 goals, had scans on Monday that confirmed the tear, the club said in a statement.

Brava coach Luis Arteaga told reporters the injury was "a big blow" but said he trusted his squad. "We have players who have been waiting for this chance," Arteaga said.

Serrano is expected to miss both legs of Brava's Continental Cup quarter-final against Rio Azul in January, according to sports daily El Pregon.

Valdorra national team coach Ana Ibarra said last month that she planned to call up Serrano for the February qualifiers.

(Reporting by Diego Marin; Editing by Ken Ferris)
''',
    s('Atletico Brava', 'his club Atletico Brava', "Valdorra striker Mateo Serrano will miss at least six weeks after tearing a hamstring in Sunday's league win over Castellon", 'said'),
    s('Atletico Brava', 'the club', 'The 27-year-old, who leads the league with 14 goals, had scans on Monday that confirmed the tear', 'said'),
    s('Luis Arteaga', 'Brava coach Luis Arteaga', 'the injury was "a big blow"', 'told', 'mixed', role='Brava coach'),
    s('Luis Arteaga', 'Brava coach Luis Arteaga', 'he trusted his squad', 'said', role='Brava coach'),
    s('Luis Arteaga', 'Arteaga', '"We have players who have been waiting for this chance,"', 'said', 'direct', role='Brava coach'),
    s('El Pregon', 'sports daily El Pregon', "Serrano is expected to miss both legs of Brava's Continental Cup quarter-final against Rio Azul in January", 'according to'),
    s('Ana Ibarra', 'Valdorra national team coach Ana Ibarra', 'she planned to call up Serrano for the February qualifiers', 'said', role='Valdorra national team coach'),
)

if __name__ == '__main__':
    write('invented_g_gold.jsonl', per_document=True)
