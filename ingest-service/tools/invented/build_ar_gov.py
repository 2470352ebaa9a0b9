"""Set AR's six government texts (see build_ar.py)."""
from invented_common import doc_spans as doc, s

CA = 'Court of Appeal of Estermark'
MUN = 'Municipality of Brennholt'
FERR = 'Justice Ferreira'
LIND = 'Justice Lindahl'

doc('ar06-gov-estermark-appeal-court-swimming-baths-summary', 'Court of Appeal of Estermark', '2034-10-09', '''
COURT OF APPEAL OF ESTERMARK

PRESS SUMMARY

Vos and others (Appellants) v Municipality of Brennholt (Respondent) [2034] EMCA Civ 117

On appeal from the High Court, Administrative Division

Judges: Justice Okonkwo-Hale (President), Justice Ferreira, Justice Lindahl

Date of judgment: 9 October 2034

This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment is the only authoritative document.

BACKGROUND TO THE APPEAL

In 2032 the Municipality of Brennholt decided to close the public swimming baths on Kessel Street and to sell the site. The Municipality said at the time that the baths would need repairs costing about 6 million crowns within five years.

The appellants, four residents who used the baths, applied for judicial review. They argued that the Municipality had failed to consult disabled residents, for whom the baths were the only accessible pool in the district, before taking the decision.

The High Court dismissed the claim in 2033. It held that the consultation, an online survey open for six weeks, had been lawful.

The survey was published on the Municipality's website and advertised on its social media accounts. It received 1,214 responses, of which 61 came from people with a disability. Printed copies were available on request at the town hall, but this was not advertised.

The Disability Rights Council, which intervened in the appeal, submitted that online-only consultations exclude about one in five residents over 75 [para 24].

JUDGMENT

The Court of Appeal allows the appeal by a majority (Justice Lindahl dissenting) and quashes the Municipality's decision.

REASONS FOR THE JUDGMENT

Justice Okonkwo-Hale gives the lead judgment, with which Justice Ferreira agrees.

The Court holds that a consultation must give those affected a fair opportunity to respond before a decision is made [paras 31-34]. An online survey may satisfy that duty, but not where the Municipality knew that many of the people most affected could not readily use it [para 38].

The Municipality's own equality assessment recorded that about 40% of the pool's regular users were over 70 or had a disability. The Court finds that the Municipality took no steps to reach them by other means, such as printed forms or meetings at the baths [para 41].

The Municipality submitted that the decision would have been the same whatever the consultation showed, because the baths needed repairs it could not afford. The Court holds that it is not for a court to speculate about what a lawful consultation would have produced [para 47].

Justice Ferreira adds that public bodies should not treat an online survey as "a box to be ticked" when their own records tell them who is likely to be left out [para 55].

Justice Lindahl, dissenting, would have dismissed the appeal. In her view the survey was supplemented by a public notice in the local newspaper and was adequate in the circumstances [paras 60-66]. She considers that quashing the decision two years later places a heavy burden on the Municipality's budget [para 68].

The majority's reasoning does not require a public body to consult in any particular way. The Court holds that what is fair depends on who is affected and on what the body knows about them [para 50].

The Municipality must now take the decision again after a fresh consultation. The Court makes no order about whether the baths should stay open.

References in square brackets are to paragraphs in the judgment.
''',
    s(MUN, 'The Municipality', 'the baths would need repairs costing about 6 million crowns within five years', 'said', date='2032'),
    s('appellants', 'They', 'the Municipality had failed to consult disabled residents|before taking the decision', 'argued'),
    s('High Court', 'It', 'the consultation, an online survey open for six weeks, had been lawful', 'held', date='2033'),
    s('Disability Rights Council', 'The Disability Rights Council', 'online-only consultations exclude about one in five residents over 75', 'submitted'),
    s(CA, 'The Court', 'a consultation must give those affected a fair opportunity to respond before a decision is made', 'holds'),
    s(MUN, "The Municipality's own equality assessment", "about 40% of the pool's regular users were over 70 or had a disability", 'recorded'),
    s(CA, 'The Court', 'the Municipality took no steps to reach them by other means, such as printed forms or meetings at the baths', 'finds'),
    s(MUN, 'The Municipality', 'the decision would have been the same whatever the consultation showed|it could not afford', 'submitted'),
    s(CA, 'The Court', 'it is not for a court to speculate about what a lawful consultation would have produced', 'holds'),
    s(FERR, 'Justice Ferreira', 'public bodies should not treat an online survey as "a box to be ticked"|who is likely to be left out', 'adds', 'mixed', role='Justice'),
    s(CA, 'The Court', 'what is fair depends on who is affected and on what the body knows about them', 'holds'),
    s(LIND, 'her', 'the survey was supplemented by a public notice in the local newspaper and was adequate in the circumstances', 'In her view', role='Justice'),
    s(LIND, 'She', "quashing the decision two years later places a heavy burden on the Municipality's budget", 'considers', role='Justice'),
)

CVU = 'Calder Valley University'
ODUY = 'Amara Oduya'
MARC = 'Julien Marchand'
SZAB = 'Helen Szabo'

doc('ar07-gov-calder-valley-university-budget-measures', 'Calder Valley University', '2034-04-14', '''
CALDER VALLEY UNIVERSITY
Office of the President
NEWS RELEASE - For immediate release
April 14, 2034

University announces budget measures after provincial grant cut

Calder Valley University will close three programs, leave 85 staff positions vacant and raise residence fees by 6% next year to cover a shortfall of $31 million, under a plan its Board of Governors approved at a special meeting on Monday.

The measures follow the provincial government's decision in February to reduce the university's operating grant by 8.5% for the 2034-35 year. The grant provides about 52% of the university's operating revenue.

"No one at this university wanted to make these decisions. The alternative was a deficit we would have carried for a decade," said President Amara Oduya. "We have protected teaching in every program that students are enrolled in today."

The programs to close are:
- the Bachelor of Arts in Classical Studies;
- the Diploma in Journalism;
- the Master of Science in Forest Products.

Students currently enrolled in these programs will be able to complete them, the university confirmed.

Provost Julien Marchand said no faculty member would be laid off this year. Positions left vacant by retirements will not be filled, he said, and the university will review the remaining vacancies in the autumn.

The Board of Governors also approved a hiring freeze for administrative staff until June 2035 and asked the President to report on the university's finances every quarter.

"The Board supports the President's plan, and we share the disappointment of everyone affected by it," said the Board's chair, Helen Szabo.

Under the plan, the university expects to balance its operating budget in 2035-36.

The Ministry of Advanced Education has said the reduction reflects lower enrolment across the province's universities and that institutions with falling enrolment must adjust.

The Faculty Association said in a statement that it would oppose any layoffs and called the closures "a short-sighted answer to a long-term problem." The Students' Union's president, Keanu Whitford, said the increase in residence fees would push more students to rent off campus, where rents have risen sharply.

Background
The university's operating grant was frozen from 2029 to 2033 before this year's reduction. Over the same period, its spending on salaries and benefits rose by about 3% a year under collective agreements, and the cost of heating its older buildings more than doubled. The university drew $9 million from its reserves in 2033-34 to balance its budget, leaving about $4 million for emergencies.

Calder Valley University has about 14,800 students and 1,900 faculty and staff on two campuses. The three programs to close enrolled a combined 212 students in 2033-34.

Media contact: University Communications, 555-0192
''',
    s(CVU, 'University', 'budget measures after provincial grant cut', 'announces'),
    s(CVU, 'the university', 'Students currently enrolled in these programs will be able to complete them', 'confirmed'),
    s(ODUY, 'President Amara Oduya', '"No one at this university wanted to make these decisions.|carried for a decade,"', 'said', 'direct', role='President'),
    s(ODUY, '', '"We have protected teaching in every program that students are enrolled in today."', '', 'direct', role='President'),
    s(MARC, 'Provost Julien Marchand', 'no faculty member would be laid off this year', 'said', role='Provost'),
    s(MARC, 'he', ['Positions left vacant by retirements will not be filled', 'and the university will review the remaining vacancies in the autumn'], 'said', role='Provost'),
    s(SZAB, "the Board's chair, Helen Szabo", '"The Board supports the President\'s plan, and we share the disappointment of everyone affected by it,"', 'said', 'direct', role="the Board's chair"),
    s(CVU, 'the university', 'to balance its operating budget in 2035-36', 'expects'),
    s('Ministry of Advanced Education', 'The Ministry of Advanced Education', "the reduction reflects lower enrolment across the province's universities|must adjust", 'has said'),
    s('Faculty Association', 'The Faculty Association', 'it would oppose any layoffs', 'said'),
    s('Faculty Association', '', 'the closures "a short-sighted answer to a long-term problem."', 'called', 'mixed'),
    s('Keanu Whitford', "The Students' Union's president, Keanu Whitford", 'the increase in residence fees would push more students to rent off campus|risen sharply', 'said', role="Students' Union's president"),
)

NTRC = 'Northgate University Transportation Research Centre'
DELO = 'Patrice Delorme'
OSEI = 'Mei-Lin Osei'

doc('ar08-gov-port-avery-speed-camera-evaluation', 'City of Port Avery', '2034-06-18', '''
CITY OF PORT AVERY
Transportation Services - News Release
June 18, 2034

Speed cameras cut crashes near schools by a third, city evaluation finds

Port Avery's automated speed cameras reduced injury collisions in school zones by 34% in their first two years, an independent evaluation released today has found.

The evaluation, carried out for the City by the Northgate University Transportation Research Centre, compared 40 school zones with cameras with 40 similar zones without them between 2031 and 2033.

The evaluation found that:
- the average speed in zones with cameras fell from 47 km/h to 36 km/h;
- the share of drivers exceeding the limit by more than 10 km/h fell by more than 70%;
- injury collisions fell by 34%, compared with 6% in zones without cameras;
- there was no measurable increase in speeding on nearby streets.

"Every one of those numbers is a child who got home safely," said Mayor Patrice Delorme. "We are going to put a camera in every school zone in this city."

The researchers used the City's collision records and speed counts taken by roadside sensors at the same times of day before and after the cameras were installed. The 40 comparison zones were chosen to match the camera zones in traffic volume, road width and the number of pupils at the nearby schools.

The City will add 60 cameras over the next 18 months, bringing the total to 100.

The report's authors, led by Professor Mei-Lin Osei, cautioned that the study could not show whether the effect would last beyond two years. They recommended that the City publish camera locations and collision data every year.

A survey of 1,200 residents carried out with the evaluation showed that 68% support the cameras, up from 51% before they were installed.

Fines from the cameras totalled $4.1 million in 2033. All camera revenue is spent on school-zone safety projects.

Councillor Ravi Bhandari, who chairs the Public Works Committee, said the results answered critics who had called the cameras "a cash grab." Police Chief Dana Whitlock said officers had been able to move traffic patrols to other parts of the city, including the highway corridor, where complaints about speeding have grown.

Residents can read the full evaluation at portavery.ca/speedcameras.

Quick facts
- Port Avery's first speed cameras were installed in September 2031.
- Drivers caught speeding receive a fine by mail; no demerit points are issued.
- Camera locations are marked with signs at both ends of each school zone.

Media contact: Transportation Services Communications, 555-0174
''',
    s(NTRC, 'city evaluation', 'Speed cameras cut crashes near schools by a third', 'finds'),
    s(NTRC, 'an independent evaluation released today', "Port Avery's automated speed cameras reduced injury collisions in school zones by 34% in their first two years", 'has found'),
    s(NTRC, 'The evaluation', 'the average speed in zones with cameras fell from 47 km/h to 36 km/h;', 'found'),
    s(NTRC, 'The evaluation', 'the share of drivers exceeding the limit by more than 10 km/h fell by more than 70%;', 'found'),
    s(NTRC, 'The evaluation', 'injury collisions fell by 34%, compared with 6% in zones without cameras;', 'found'),
    s(NTRC, 'The evaluation', 'there was no measurable increase in speeding on nearby streets.', 'found'),
    s(DELO, 'Mayor Patrice Delorme', '"Every one of those numbers is a child who got home safely,"', 'said', 'direct', role='Mayor'),
    s(DELO, '', '"We are going to put a camera in every school zone in this city."', '', 'direct', role='Mayor'),
    s(OSEI, "The report's authors, led by Professor Mei-Lin Osei", 'the study could not show whether the effect would last beyond two years', 'cautioned', role='Professor'),
    s(OSEI, 'They', 'the City publish camera locations and collision data every year', 'recommended', role='Professor'),
    s('A survey of 1,200 residents', 'A survey of 1,200 residents carried out with the evaluation', '68% support the cameras, up from 51% before they were installed', 'showed'),
    s('Ravi Bhandari', 'Councillor Ravi Bhandari', 'the results answered critics who had called the cameras "a cash grab."', 'said', 'mixed', role='Councillor'),
    s('critics', 'critics', 'the cameras "a cash grab."', 'had called', 'mixed', nested=True, via='Ravi Bhandari'),
    s('Dana Whitlock', 'Police Chief Dana Whitlock', 'officers had been able to move traffic patrols to other parts of the city|have grown', 'said', role='Police Chief'),
)

HOLT = 'Agnieszka Holt-Ramires'
MARR = "Marrowby's Stores Ltd"

doc('ar09-gov-data-protection-commissioner-loyalty-profiling-fine', 'Office of the Data Protection Commissioner', '2034-09-02', '''
OFFICE OF THE DATA PROTECTION COMMISSIONER

Decision summary: Marrowby's Stores Ltd (MarrowbyPlus loyalty programme)
Reference DP-2034-0412
Published 2 September 2034

The Data Protection Commissioner has fined Marrowby's Stores Ltd 3.8 million crowns for using the shopping records of members of its MarrowbyPlus loyalty programme to build health profiles without their consent.

The investigation began after a complaint by a member who received advertisements for pregnancy tests and vitamins after buying ginger tea and unscented soap. The member told investigators that she had not yet told her own family she was pregnant.

The Commissioner found that:
1. Marrowby's placed about 1.9 million members into 14 "health interest" groups based on the products they bought;
2. the groups were used to select advertisements sent by email and printed on till receipts;
3. the programme's privacy notice did not mention health profiling.

The groups had names such as "expecting parents", "digestive care" and "joint and mobility". A member was placed in a group after buying at least three products linked to it within 60 days. Members in some groups received up to four targeted offers a week.

In its response to the investigation, Marrowby's argued that the groups were based on products, not on people's health, and that members could opt out of marketing at any time.

The Commissioner concluded that buying patterns can reveal a pregnancy or an illness as clearly as a medical record, and that the law treats such inferences as health data.

Marrowby's has co-operated with the investigation and has deleted the health interest groups. The Commissioner has ordered the company to notify every affected member by 31 October.

Data Protection Commissioner Agnieszka Holt-Ramires said: "Loyalty cards are sold to customers as a way to save money. Nobody signing up for cheaper coffee expects to be sorted by their supposed medical condition."

"Retailers hold more information about our private lives than most of us realise. This decision should be read by every one of them."

Marrowby's may appeal the decision to the Administrative Court within 30 days. In a statement published on its website, the company said it "accepted the Commissioner's findings" and would not appeal.

The Commissioner reminds organisations that profiling based on inferred health data requires the explicit consent of the people concerned.

About the Commissioner
The Data Protection Commissioner is an independent authority that supervises the processing of personal data by public bodies and private companies. Decisions are published in summary once the time limit for an appeal has been set.
''',
    s('The member', 'The member', 'she had not yet told her own family she was pregnant', 'told'),
    s(HOLT, 'The Commissioner', 'Marrowby\'s placed about 1.9 million members into 14 "health interest" groups based on the products they bought;', 'found', 'mixed', role='Data Protection Commissioner'),
    s(HOLT, 'The Commissioner', 'the groups were used to select advertisements sent by email and printed on till receipts;', 'found', role='Data Protection Commissioner'),
    s(HOLT, 'The Commissioner', "the programme's privacy notice did not mention health profiling.", 'found', role='Data Protection Commissioner'),
    s(MARR, "Marrowby's", "the groups were based on products, not on people's health|opt out of marketing at any time", 'argued'),
    s(HOLT, 'The Commissioner', 'buying patterns can reveal a pregnancy or an illness|such inferences as health data', 'concluded', role='Data Protection Commissioner'),
    s(HOLT, 'Data Protection Commissioner Agnieszka Holt-Ramires', '"Loyalty cards are sold to customers as a way to save money.|their supposed medical condition."', 'said', 'direct', role='Data Protection Commissioner'),
    s(HOLT, '', '"Retailers hold more information about our private lives|every one of them."', '', 'direct', role='Data Protection Commissioner'),
    s(MARR, 'the company', 'it "accepted the Commissioner\'s findings" and would not appeal', 'said', 'mixed'),
    s(HOLT, 'The Commissioner', 'profiling based on inferred health data requires the explicit consent of the people concerned', 'reminds', role='Data Protection Commissioner'),
)

PSK = 'Parks Service of Kestravia'
ARSE = 'Colette Arsenault'
RASK = 'Gideon Rask'

doc('ar10-gov-tamarack-park-bear-attack-trail-closure', 'Parks Service of Kestravia', '2034-08-09', '''
PARKS SERVICE OF KESTRAVIA - NEWS RELEASE

Hiker injured by grizzly bear near Ashfall Lake; five trails closed

August 9, 2034 - Tamarack National Park

A hiker was seriously injured by a grizzly bear on the Ashfall Lake trail in Tamarack National Park on Thursday afternoon. The Parks Service has closed the trail and four connecting trails until further notice.

The hiker, a 52-year-old man from Dunmore, was travelling alone when he surprised a female bear with two cubs feeding on berries beside the trail, park wardens believe. He used bear spray and was able to walk about two kilometres to the trailhead, where other visitors called for help. He was flown to hospital in Dunmore and is in stable condition.

"This appears to have been a sudden encounter at close range, which is the situation in which a bear is most likely to defend her young," said Colette Arsenault, the park's resource conservation manager. "Nothing we have seen so far suggests the bear was looking for food from people."

Wardens do not plan to capture or destroy the bear. Arsenault said the family group would be watched with remote cameras and that the closure would be reviewed after ten days.

The hiker's family, in a statement released through the Parks Service, thanked the visitors who helped him and said he was "sore, stitched and very lucky."

Park Superintendent Gideon Rask said visitor numbers in the Ashfall area had doubled since 2030 and that the Service was considering a permit system for its busiest trails.

The Parks Service reminds visitors that:
- berries are ripening along many trails, and bears are active throughout the day;
- hikers should travel in groups, make noise and carry bear spray where they can reach it;
- dogs must be kept on a leash at all times.

According to the Service's latest survey, about 60 grizzly bears live in Tamarack National Park and the forests around it, up from about 45 in 2024.

This is the second serious bear encounter in the park this year. In June, a cyclist was knocked from his bike by a young black bear on the parkway; he was not seriously hurt.

Trails closed until further notice:
- Ashfall Lake trail
- Larch Valley connector
- Grey Ridge loop
- Hidden Creek trail
- Cascade Meadows trail

Visitors who see a bear near a trail or road are asked to report it to park dispatch at 555-0148.
''',
    s('park wardens', 'park wardens', 'The hiker, a 52-year-old man from Dunmore, was travelling alone|beside the trail', 'believe'),
    s(ARSE, "Colette Arsenault, the park's resource conservation manager", '"This appears to have been a sudden encounter at close range|defend her young,"', 'said', 'direct', role="park's resource conservation manager"),
    s(ARSE, '', '"Nothing we have seen so far suggests the bear was looking for food from people."', '', 'direct', role="park's resource conservation manager"),
    s(ARSE, 'Arsenault', 'the family group would be watched with remote cameras and that the closure would be reviewed after ten days', 'said', role="park's resource conservation manager"),
    s("The hiker's family", "The hiker's family", 'he was "sore, stitched and very lucky."', 'said', 'mixed'),
    s(RASK, 'Park Superintendent Gideon Rask', 'visitor numbers in the Ashfall area had doubled since 2030|for its busiest trails', 'said', role='Park Superintendent'),
    s(PSK, "the Service's latest survey", 'about 60 grizzly bears live in Tamarack National Park|up from about 45 in 2024', 'According to'),
    s(PSK, 'The Parks Service', 'berries are ripening along many trails, and bears are active throughout the day;', 'reminds'),
    s(PSK, 'The Parks Service', 'hikers should travel in groups, make noise and carry bear spray where they can reach it;', 'reminds'),
    s(PSK, 'The Parks Service', 'dogs must be kept on a leash at all times.', 'reminds'),
)

STB = 'Statistics Borvalia'
BRAN = 'Ottilie Brandt'

doc('ar11-gov-statistics-borvalia-labour-force-survey', 'Statistics Borvalia', '2034-11-07', '''
STATISTICS BORVALIA

The Daily - Labour Force Survey, October 2034

Released at 8:30 a.m. Eastern time, November 7, 2034

Employment rose by 22,000 (+0.4%) in October, the third consecutive monthly increase. The unemployment rate fell 0.2 percentage points to 5.9%, the lowest rate since April 2032.

Gains were led by health care and social assistance (+14,000) and construction (+9,000), while employment in manufacturing fell for a fourth consecutive month (-6,000). Employers in manufacturing most often cited lower export orders as the reason for reducing staff, according to the agency's Survey of Employment, Payrolls and Hours.

"The labour market has held up better than many expected this year, but the gains are narrow," Chief Statistician Ottilie Brandt said in remarks accompanying the release. "Outside health care and construction, employment is essentially flat."

By province, employment rose most in Westmarch (+9,000) and the Lakes region (+6,000), and was little changed elsewhere. The unemployment rate in the Northern Territories fell to 8.2%, its lowest level since comparable data became available in 2011.

Youth unemployment (ages 15 to 24) was little changed at 11.8%. Among core-aged women, the employment rate reached a record high of 82.1%.

Respondents who were not working but wanted a job most often said they had stopped looking because they believed no suitable work was available in their area. Their number rose by 9,000 to 118,000.

Average hourly wages of employees rose 4.1% year over year, compared with 4.4% in September.

Brandt said the October sample had been slightly smaller than usual because of a postal strike, and that the estimates had been adjusted to take account of it.

The Borvalian Chamber of Commerce said the increase in wages was still running ahead of productivity and urged the government to delay a planned rise in payroll contributions.

The Ministry of Labour said in a separate statement that the figures showed its apprenticeship programme was "beginning to pay off" in construction.

Note to readers

The Labour Force Survey is a monthly household survey of about 54,000 households. Estimates are subject to sampling variability; the standard error of the monthly change in employment is about 28,000. Estimates for August and September have been revised to reflect updated population estimates.

Next release: The Labour Force Survey for November will be released on December 5.
''',
    s(STB, "the agency's Survey of Employment, Payrolls and Hours", 'Employers in manufacturing most often cited lower export orders as the reason for reducing staff', 'according to'),
    s(BRAN, 'Chief Statistician Ottilie Brandt', '"The labour market has held up better than many expected this year, but the gains are narrow,"', 'said', 'direct', role='Chief Statistician'),
    s(BRAN, '', '"Outside health care and construction, employment is essentially flat."', '', 'direct', role='Chief Statistician'),
    s('Respondents who were not working but wanted a job', 'Respondents who were not working but wanted a job', 'they had stopped looking because they believed no suitable work was available in their area', 'said'),
    s(BRAN, 'Brandt', 'the October sample had been slightly smaller than usual|to take account of it', 'said', role='Chief Statistician'),
    s('Borvalian Chamber of Commerce', 'The Borvalian Chamber of Commerce', 'the increase in wages was still running ahead of productivity', 'said'),
    s('Borvalian Chamber of Commerce', '', 'the government to delay a planned rise in payroll contributions', 'urged'),
    s('Ministry of Labour', 'The Ministry of Labour', 'the figures showed its apprenticeship programme was "beginning to pay off" in construction', 'said', 'mixed'),
)
