"""Set AY's six government texts (see build_ay.py)."""
from invented_common import doc_spans as doc, s

SOLH = 'Ingrid Solheim'
STEN = 'Halvard Stenberg'
DAHL = 'Marit Dahle'

doc('ay06-gov-ardenvale-housing-minister-resignation-letters', 'Office of the Prime Minister of Ardenvale', '2035-06-11', '''
OFFICE OF THE PRIME MINISTER OF ARDENVALE
Press release

Resignation of the Minister of Housing and Local Government

11 June 2035

The Prime Minister, Halvard Stenberg, has today accepted the resignation of the Minister of Housing and Local Government, Ingrid Solheim. The exchange of letters is published below.

Letter from Ingrid Solheim to the Prime Minister

Dear Prime Minister,

I am writing to offer my resignation as Minister of Housing and Local Government, with immediate effect.

Yesterday's report by the Auditor General found that the department I lead awarded three contracts under the Homes First programme without the competition the rules require. One of those contracts went to a company in which my brother-in-law holds shares. I did not know this when the contracts were signed, and the Auditor General found no evidence that I was involved in the decisions. But the department is my responsibility, and the public must be able to trust that every krone of the programme is spent fairly.

I remain proud of what Homes First has achieved. Since 2033 it has financed more than 11,000 affordable homes, and I hope my successor will carry it forward.

I will continue to serve my constituents in Nordvik West, and I will support the Government from the back benches.

Yours sincerely,
Ingrid Solheim

Reply from the Prime Minister

Dear Ingrid,

Thank you for your letter. I accept your resignation with regret.

You have been a determined and effective minister. Homes First is your achievement, and thousands of families now have a home because of it. I respect your decision to take responsibility for failings in your department that you did not cause.

I have asked the Cabinet Secretary to review the department's procurement rules and to report to me by the end of September. Every recommendation of the Auditor General will be implemented.

I look forward to your continued contribution in Parliament.

Yours ever,
Halvard

Recommendations of the Auditor General

In her report, the Auditor General, Marit Dahle, recommended that the department:
- publish every contract above 5 million kroner within 30 days of signing;
- require every official involved in a procurement to declare in writing any family interest in the bidding companies;
- stop using emergency procedures for contracts that are not urgent.

The Auditor General found that contracts worth 214 million kroner had been awarded without competition between 2033 and 2034. She made no finding against any minister.

Notes to editors
- The Prime Minister will announce the new Minister of Housing and Local Government later today.
- The Auditor General's report, "Procurement in the Homes First Programme", was laid before Parliament on 10 June 2035.
- Homes First was launched in March 2033 with a budget of 4.1 billion kroner over five years.
''',
    s(SOLH, 'Ingrid Solheim', 'I am writing to offer my resignation|I will support the Government from the back benches.', '', role='Minister of Housing and Local Government'),
    s(DAHL, 'the Auditor General', 'the department I lead awarded three contracts under the Homes First programme without the competition the rules require', 'found', role='Auditor General', nested=True, via=SOLH),
    s(DAHL, 'the Auditor General', 'no evidence that I was involved in the decisions', 'found', role='Auditor General', nested=True, via=SOLH),
    s(STEN, 'the Prime Minister', 'Thank you for your letter. I accept your resignation with regret.|I look forward to your continued contribution in Parliament.', '', role='Prime Minister'),
    s(DAHL, 'the Auditor General, Marit Dahle', 'publish every contract above 5 million kroner within 30 days of signing;', 'recommended', role='Auditor General'),
    s(DAHL, 'the Auditor General, Marit Dahle', 'require every official involved in a procurement to declare in writing any family interest in the bidding companies;', 'recommended', role='Auditor General'),
    s(DAHL, 'the Auditor General, Marit Dahle', 'stop using emergency procedures for contracts that are not urgent.', 'recommended', role='Auditor General'),
    s(DAHL, 'The Auditor General', 'contracts worth 214 million kroner had been awarded without competition between 2033 and 2034', 'found', role='Auditor General'),
)

EBC = 'Electoral Boundaries Commission of Calderra'
MARW = 'Eleanor Marwick'
LACA = 'Marguerite Lacasse'
OSTR = 'Daniel Ostrowe'

doc('ay07-gov-calderra-electoral-boundaries-commission-final-report', 'Electoral Boundaries Commission of Calderra', '2035-10-03', '''
ELECTORAL BOUNDARIES COMMISSION OF CALDERRA

NEWS RELEASE
For immediate release - 3 October 2035

Commission tables final report: new district of Orrin Lakes created, 41 districts redrawn

ALDEN - The Electoral Boundaries Commission of Calderra today tabled its final report in the Legislative Assembly, creating a 58th electoral district, Orrin Lakes, and redrawing the boundaries of 41 of the province's 57 existing districts.

The Commission concluded that population growth in the northern suburbs of Alden since the 2034 census had left five districts more than 25 percent above the provincial average, the limit the Electoral Boundaries Act sets, and that the growth could not be absorbed without a new district.

"Every voter in Calderra should carry roughly the same weight at the ballot box. Where that is no longer true, the law requires us to act, and we have," said the Commission's chair, Justice Eleanor Marwick.

Justice Marwick said the Commission had tried to keep municipalities and Indigenous communities whole wherever the numbers allowed.

Changes from the proposals

The Commission received 412 written submissions and heard from 96 presenters at 14 public hearings between March and May. In response, it made the following changes to the proposals it published in January:
- the town of Greyhaven will remain whole in the district of Greyhaven-Tarn rather than being divided between two districts;
- the district of Kessel Valley will keep its current name;
- the boundary between Alden Centre and Alden East will follow Marlow Avenue instead of the rail line.

The Town of Greyhaven had asked that the town be kept in a single district, arguing that dividing it would leave its residents "a minority in two ridings and a majority in none." The Commission accepted that argument.

The Calderra Rural Alliance submitted that rural districts should be allowed to have up to 35 percent fewer voters than the provincial average. The Commission did not accept that submission. In its report, it stated that such a change "would require an amendment to the Act, which is for the Legislature, not for this Commission."

Commissioner Marguerite Lacasse, a retired deputy chief electoral officer, said the hearings had changed the Commission's mind more than once.

"People came with maps drawn by hand on the back of placemats, and some of them were better than ours," she said.

Dissent

One of the Commission's three members, Professor Daniel Ostrowe, dissented from the creation of Orrin Lakes. In a written dissent included in the report, he argued that the Commission should have waited for the 2039 census, warning that "the fastest growth of one decade is often the slowest of the next."

The other two members, Justice Marwick and Ms. Lacasse, wrote that waiting would leave about 190,000 voters under-represented for a further four years.

Next steps

Under the Electoral Boundaries Act, members of the Legislative Assembly may file objections to the report within 30 days. The Commission will then consider any objections and report again to the Speaker. The new boundaries will apply at the first general election called after 1 March 2036.

Maps of every district and the full report are available on the Commission's website.

Media contact: Samira Dube, Communications Officer, 555-0142
''',
    s(EBC, 'The Commission', 'population growth in the northern suburbs of Alden since the 2034 census|could not be absorbed without a new district', 'concluded'),
    s(MARW, "the Commission's chair, Justice Eleanor Marwick", '"Every voter in Calderra should carry roughly the same weight at the ballot box. Where that is no longer true, the law requires us to act, and we have,"', 'said', 'direct', role='chair'),
    s(MARW, 'Justice Marwick', 'the Commission had tried to keep municipalities and Indigenous communities whole wherever the numbers allowed', 'said', role='chair'),
    s('Town of Greyhaven', 'The Town of Greyhaven', 'the town be kept in a single district, arguing that dividing it would leave its residents "a minority in two ridings and a majority in none."', 'had asked', 'mixed'),
    s('Calderra Rural Alliance', 'The Calderra Rural Alliance', 'rural districts should be allowed to have up to 35 percent fewer voters than the provincial average', 'submitted'),
    s(EBC, 'it', 'such a change "would require an amendment to the Act, which is for the Legislature, not for this Commission."', 'stated', 'mixed'),
    s(LACA, 'Commissioner Marguerite Lacasse, a retired deputy chief electoral officer', "the hearings had changed the Commission's mind more than once", 'said', role='Commissioner'),
    s(LACA, 'she', '"People came with maps drawn by hand on the back of placemats, and some of them were better than ours,"', 'said', 'direct', role='Commissioner'),
    s(OSTR, 'he', 'the Commission should have waited for the 2039 census', 'argued', role='Professor'),
    s(OSTR, '', '"the fastest growth of one decade is often the slowest of the next."', 'warning', 'direct', role='Professor'),
    s(f'{MARW} and {LACA}', 'The other two members, Justice Marwick and Ms. Lacasse', 'waiting would leave about 190,000 voters under-represented for a further four years', 'wrote'),
)

LIND = 'Amara Rask'
SOTO = 'Kevin Soto'

doc('ay08-gov-marlow-legionnaires-outbreak-media-availability', 'City of Marlow Public Health', '2035-07-18', '''
CITY OF MARLOW PUBLIC HEALTH

Transcript: Media availability on the Legionnaires' disease outbreak in Eastfield
Wednesday, July 18, 2035, 2:00 p.m.

Participants: Dr. Amara Rask, Medical Officer of Health; Kevin Soto, Director, Environmental Health; Joanne Price, Manager, Communications (moderator)

PRICE: Good afternoon. Dr. Rask will begin, followed by Mr. Soto, and then we'll open the line to reporters.

DR. RASK: Thank you, Joanne. As of noon today, we have 23 confirmed cases of Legionnaires' disease in people who live or work in Eastfield. Nineteen are in hospital, six of them in intensive care. I am very sorry to report that a man in his seventies died on Monday.

Legionnaires' disease is a serious pneumonia caused by bacteria that grow in warm water. It does not spread from person to person. You catch it by breathing in fine droplets of contaminated water, and the most common source in an outbreak like this is a cooling tower on the roof of a large building.

If you live or work in Eastfield and you develop a fever, cough or shortness of breath in the next two weeks, please see a doctor and tell them where you have been.

SOTO: Thanks. Since Friday our inspectors have sampled 31 cooling towers within two kilometres of the cases. Preliminary results from the provincial laboratory show Legionella at high levels in two of them, at the Harbourgate office tower and at the Eastfield Cold Storage warehouse on Cannery Road. Both towers were shut down and disinfected yesterday under orders from the Medical Officer of Health.

The owners of both buildings have cooperated fully. Harbourgate's property manager told us their tower was last cleaned in April, which is within the bylaw's requirements.

PRICE: We'll take questions. First, Daniel Ferreira from the Marlow Sentinel.

Q: Thank you. Residents on Cannery Road say they complained about mist from the warehouse roof last summer. Did the city inspect it then?

SOTO: We have a record of one complaint in August 2034, about noise, not mist. An inspector visited and found no violation. We are going back through every call from that area.

Q: Dr. Rask, is the man who died linked to one of these towers?

DR. RASK: We're testing samples from him and from the other patients against the bacteria from both towers. Until those results come back, I can't say which tower, or whether either one, caused his illness.

PRICE: Next, Amy Chu, CMRL Radio.

Q: Amy Chu, CMRL. The warehouse owner told us this morning that its tower passed an inspection in May. How does a tower go from passing to this in two months?

SOTO: A tower can be clean on the day it's tested and grow bacteria within weeks if the water treatment fails or the system sits idle in hot weather. That's why the bylaw requires monthly testing, not just an annual inspection.

Q: Mark Tessier, Global Eastfield. The Cannery Road Residents' Association says on its website that three of the people in hospital work at the warehouse. Can you confirm that?

DR. RASK: I won't discuss where individual patients work. What I can tell you is that cases are spread across the whole neighbourhood, not clustered around one building, which is what we'd expect when droplets carry on the wind.

Q: A follow-up. Should people in Eastfield stay indoors?

DR. RASK: No. The towers we're concerned about are shut down. There is no need to avoid the neighbourhood, and no reason to stop using your tap water or your shower. This is not about household water.

PRICE: That's all the time we have. We'll post the next update on the city's website on Friday.
''',
    s(LIND, 'DR. RASK', "As of noon today, we have 23 confirmed cases|please see a doctor and tell them where you have been.", '', role='Medical Officer of Health'),
    s(SOTO, 'SOTO', "Since Friday our inspectors have sampled 31 cooling towers|which is within the bylaw's requirements.", '', role='Director, Environmental Health'),
    s('Preliminary results from the provincial laboratory', 'Preliminary results from the provincial laboratory', 'Legionella at high levels in two of them|on Cannery Road', 'show', nested=True, via=SOTO),
    s("Harbourgate's property manager", "Harbourgate's property manager", 'their tower was last cleaned in April', 'told', nested=True, via=SOTO),
    s('Residents on Cannery Road', 'Residents on Cannery Road', 'they complained about mist from the warehouse roof last summer', 'say'),
    s(SOTO, 'SOTO', 'We have a record of one complaint in August 2034, about noise, not mist.|We are going back through every call from that area.', '', role='Director, Environmental Health'),
    s(LIND, 'DR. RASK', "We're testing samples from him and from the other patients|caused his illness.", '', role='Medical Officer of Health'),
    s('The warehouse owner', 'The warehouse owner', 'its tower passed an inspection in May', 'told'),
    s("Cannery Road Residents' Association", "The Cannery Road Residents' Association", 'three of the people in hospital work at the warehouse', 'says'),
    s(LIND, 'DR. RASK', "I won't discuss where individual patients work.|when droplets carry on the wind.", '', role='Medical Officer of Health'),
    s(SOTO, 'SOTO', "A tower can be clean on the day it's tested|not just an annual inspection.", '', role='Director, Environmental Health'),
    s(LIND, 'DR. RASK', "No. The towers we're concerned about are shut down.|This is not about household water.", '', role='Medical Officer of Health'),
)

GLC = 'Gaming and Lottery Commission of New Haldane'
SRC = 'Silver Reef Casino Ltd.'
ASHB = 'Colin Ashby'
NASS = 'Farid Nassar'

doc('ay09-gov-new-haldane-gaming-commission-casino-self-exclusion', 'Gaming and Lottery Commission of New Haldane', '2035-04-24', '''
GAMING AND LOTTERY COMMISSION OF NEW HALDANE

DECISION SUMMARY
In the matter of Silver Reef Casino Ltd. (casino operator licence C-0117)
Decision date: 24 April 2035
Panel: Commissioner Rosalind Tegg (presiding), Commissioner Farid Nassar, Commissioner Ulla Brandt

This summary is provided for the public. It does not form part of the reasons for the decision.

Summary of decision
1. The Commission has suspended the casino operator licence of Silver Reef Casino Ltd. for 21 days, from 1 May 2035, and imposed a penalty of $1.8 million.
2. The Commission found that between January 2033 and June 2034 Silver Reef allowed 38 people who had excluded themselves from gambling under the Province's self-exclusion program to enter its premises and gamble on 1,145 occasions.
3. The Commission also found that Silver Reef offered free hotel rooms, meals and credit to at least 11 of those people as "valued guests".

Background
4. Under the self-exclusion program, a person may ask to be barred from every casino in the Province for one, three or five years. Casinos must check every patron against the list at the door.
5. The matter came to the Commission's attention in July 2034, when the spouse of a self-excluded patron wrote to the Commission. The letter stated that her husband had lost "our savings, our car and very nearly our home" at Silver Reef while he was on the list.

Submissions of the intervener
6. The Responsible Gambling Council of New Haldane, granted intervener status, submitted that the self-exclusion program "works only if the door is shut," and asked the panel to cancel the licence outright.

The operator's position
7. Silver Reef admitted that the 38 patrons had entered its premises. It submitted that the failures were caused by a faulty facial recognition system installed in 2032, which it has since replaced, and that no employee knowingly admitted an excluded person.
8. Silver Reef's general manager, Colin Ashby, testified that the complimentary offers were generated automatically by the casino's loyalty software. He told the panel: "Nobody sat down and decided to give a room to someone on the list. The system did it, and we didn't catch it."

The Commission's findings
9. The panel does not accept that the failures were solely technical. Staff logs show that floor supervisors recognised at least four of the patrons by name and did not remove them.
10. The panel finds that Silver Reef's senior management learned of problems with the facial recognition system from an internal audit in March 2033 and took no action for more than a year.
11. In setting the penalty, the panel took into account that Silver Reef has cooperated with the investigation and has refunded $412,000 in losses to the affected patrons.

Dissent in part
12. Commissioner Nassar would have imposed a suspension of 60 days. In his view, "a regulator that does not close the doors when the doors were the problem has not understood the problem."

Other matters
13. Silver Reef may appeal the decision to the Gaming Appeal Tribunal within 30 days.
14. Silver Reef said in a statement on 24 April that it accepted the decision and would not appeal.
15. The full reasons for the decision are available from the Commission's registry.
''',
    s(GLC, 'The Commission', "between January 2033 and June 2034 Silver Reef allowed 38 people|gamble on 1,145 occasions", 'found'),
    s(GLC, 'The Commission', 'Silver Reef offered free hotel rooms, meals and credit to at least 11 of those people as "valued guests"', 'found', 'mixed'),
    s('the spouse of a self-excluded patron', 'The letter', 'her husband had lost "our savings, our car and very nearly our home" at Silver Reef while he was on the list', 'stated', 'mixed'),
    s('Responsible Gambling Council of New Haldane', 'The Responsible Gambling Council of New Haldane, granted intervener status', 'the self-exclusion program "works only if the door is shut,"', 'submitted', 'mixed'),
    s('Responsible Gambling Council of New Haldane', '', 'the panel to cancel the licence outright', 'asked'),
    s(SRC, 'Silver Reef', 'the 38 patrons had entered its premises', 'admitted'),
    s(SRC, 'It', 'the failures were caused by a faulty facial recognition system installed in 2032|no employee knowingly admitted an excluded person', 'submitted'),
    s(ASHB, "Silver Reef's general manager, Colin Ashby", "the complimentary offers were generated automatically by the casino's loyalty software", 'testified', role='general manager'),
    s(ASHB, 'He', '"Nobody sat down and decided to give a room to someone on the list. The system did it, and we didn\'t catch it."', 'told', 'direct', role='general manager'),
    s(GLC, 'The panel', 'the failures were solely technical', 'does not accept'),
    s('Staff logs', 'Staff logs', 'floor supervisors recognised at least four of the patrons by name and did not remove them', 'show'),
    s(GLC, 'The panel', "Silver Reef's senior management learned of problems with the facial recognition system|took no action for more than a year", 'finds'),
    s(GLC, 'the panel', 'Silver Reef has cooperated with the investigation and has refunded $412,000 in losses to the affected patrons', 'took into account'),
    s(NASS, 'Commissioner Nassar', '"a regulator that does not close the doors when the doors were the problem has not understood the problem."', 'In his view', 'direct', role='Commissioner'),
    s(SRC, 'Silver Reef', 'it accepted the decision and would not appeal', 'said'),
)

KARA = 'Lidija Vekaric'
NIPH = 'National Institute for Plant Health'
UBS = 'Union of Beekeepers of Savarra'
HRIB = 'Tomas Hribar'
FF = "Farmers' Federation"

doc('ay10-gov-savarra-agriculture-ministry-suspends-fenprazole-bees', 'Ministry of Agriculture and Food of Savarra', '2035-05-09', '''
MINISTRY OF AGRICULTURE AND FOOD
REPUBLIC OF SAVARRA

Press release

Minister suspends use of fenprazole on flowering crops after mass bee deaths

Tarvos, 9 May 2035

Minister of Agriculture and Food Lidija Vekaric today suspended the use of the insecticide fenprazole on all flowering crops for 12 months, after more than 14,000 bee colonies died in the Sarn plain this spring.

"Bees pollinate a third of what we eat. When beekeepers find their hives dead in the middle of April, we do not wait for the next season to act," Minister Vekaric said.

The decision follows a report by the National Institute for Plant Health, which the Minister asked on 22 April to investigate the deaths. The Institute found that:
- fenprazole residues were present in dead bees from 41 of the 52 apiaries sampled;
- in 29 of those apiaries, residues were above the level known to kill bees within 48 hours;
- most of the affected apiaries were within one kilometre of rapeseed fields treated in the first two weeks of April.

The Institute noted that cold weather in early April may have weakened some colonies, but concluded that "the weather alone cannot explain losses on this scale."

Under the suspension, farmers may not apply fenprazole to any crop in flower, or within 48 hours before flowering. Seed already treated with fenprazole may be sown until 30 June. The Ministry's phytosanitary inspectors will carry out at least 600 checks on farms during the flowering season.

The Union of Beekeepers of Savarra welcomed the suspension but said it came "a year too late" for many of its members. Its president, Tomas Hribar, said beekeepers had first reported unusual losses near treated fields in 2034, and called for compensation of 150 euros for every colony lost.

The Farmers' Federation said the suspension would cost rapeseed growers up to 30 million euros and that alternatives to fenprazole were "more expensive and less effective." The Federation urged the Ministry to allow exceptions for farmers who spray at night, when bees are not flying.

The Minister said the Ministry would discuss compensation with both organisations, and that the suspension would be reviewed in the light of the Institute's final report, expected in December.

The manufacturer of fenprazole, Agrevia, said in a statement that its product was safe when used according to the label and that it would provide the Institute with all its data.

Notes to editors:
- Fenprazole is authorised in Savarra for use on rapeseed, sunflower and maize. About 210,000 hectares were treated in 2034.
- Savarra has about 19,000 registered beekeepers and 640,000 colonies.
- The Institute's interim report is available on its website.

Contact: Press Office, Ministry of Agriculture and Food
''',
    s(KARA, 'Minister Vekaric', '"Bees pollinate a third of what we eat. When beekeepers find their hives dead in the middle of April, we do not wait for the next season to act,"', 'said', 'direct', role='Minister of Agriculture and Food'),
    s(NIPH, 'The Institute', 'fenprazole residues were present in dead bees from 41 of the 52 apiaries sampled;', 'found'),
    s(NIPH, 'The Institute', 'in 29 of those apiaries, residues were above the level known to kill bees within 48 hours;', 'found'),
    s(NIPH, 'The Institute', 'most of the affected apiaries were within one kilometre of rapeseed fields treated in the first two weeks of April.', 'found'),
    s(NIPH, 'The Institute', 'cold weather in early April may have weakened some colonies', 'noted'),
    s(NIPH, '', '"the weather alone cannot explain losses on this scale."', 'concluded', 'direct'),
    s(UBS, 'The Union of Beekeepers of Savarra', 'the suspension', 'welcomed'),
    s(UBS, '', 'it came "a year too late" for many of its members', 'said', 'mixed'),
    s(HRIB, 'Its president, Tomas Hribar', 'beekeepers had first reported unusual losses near treated fields in 2034', 'said', role='president'),
    s(HRIB, '', 'compensation of 150 euros for every colony lost', 'called for', role='president'),
    s(FF, "The Farmers' Federation", 'the suspension would cost rapeseed growers up to 30 million euros and that alternatives to fenprazole were "more expensive and less effective."', 'said', 'mixed'),
    s(FF, 'The Federation', 'the Ministry to allow exceptions for farmers who spray at night, when bees are not flying', 'urged'),
    s(KARA, 'The Minister', "the Ministry would discuss compensation with both organisations, and that the suspension would be reviewed in the light of the Institute's final report, expected in December", 'said', role='Minister of Agriculture and Food'),
    s('Agrevia', 'The manufacturer of fenprazole, Agrevia', 'its product was safe when used according to the label and that it would provide the Institute with all its data', 'said'),
)

ASHD = 'Margaret Ashdown'
ORTI = 'Lucia Ortiz'
PELL = 'Graham Pell'
FISK = 'Naomi Fisk'
PATE = 'Henry Patel'
LOWR = 'Karen Lowry'

doc('ay11-gov-westholm-pathology-inquiry-hearing-day-one', 'Commission of Inquiry into Delayed Pathology Results at Westholm General Hospital', '2035-02-05', '''
COMMISSION OF INQUIRY INTO DELAYED PATHOLOGY RESULTS AT WESTHOLM GENERAL HOSPITAL

Public hearing - Day 1
Transcript (excerpt)

Held at the Westholm Civic Centre, Monday, February 5, 2035, at 9:30 a.m.

Before: The Honourable Margaret Ashdown, Commissioner

Appearances: Lucia Ortiz, Commission counsel; Graham Pell, for the Westholm Regional Health Authority; Naomi Fisk, for the Patients' and Families' Group

THE COMMISSIONER: Good morning. We are here because, between 2031 and 2034, the results of more than 2,600 biopsies taken at Westholm General Hospital reached the doctors who ordered them weeks or months late. Some of those patients had cancer. Some of them have since died.

This is a public inquiry, not a trial. I will not find anyone civilly or criminally liable; the law does not allow me to. What I can do, and what I will do, is find out what happened, why it happened, and what must change so that it does not happen again.

I have read the letters many of you sent me. I want the families here today to know that every one of them was read.

Ms. Ortiz, you may begin.

MS. ORTIZ: Thank you, Commissioner. The evidence will show that the hospital's pathology laboratory lost six of its eleven pathologists between 2030 and 2032 and replaced two. It will show that the laboratory's managers warned the health authority about the backlog at least nine times. And it will show that the authority's board first saw the backlog in a formal report only in October 2034, after a patient's family went to the Westholm Courier.

MR. PELL: Commissioner, the Authority accepts that the delays were unacceptable, and it has apologized to every patient affected. We will say, however, that the laboratory's staffing problems reflected a national shortage of pathologists that no single authority could have solved alone.

THE COMMISSIONER: Thank you, Mr. Pell. You will have your opportunity to call evidence on that. Ms. Fisk?

MS. FISK: Commissioner, the people I represent have one question: who knew, and when. A national shortage does not explain why a woman waited 14 weeks for a result that her surgeon had marked urgent.

THE COMMISSIONER: We will now hear from the first witness.

DR. HENRY PATEL, sworn.

EXAMINATION BY MS. ORTIZ:

Q. Dr. Patel, you were the head of the pathology laboratory from 2029 to 2034?

A. That's right. I ran it for five years.

Q. When did you first tell anyone outside the laboratory that results were being delayed?

A. In March 2031. I wrote to the vice-president for clinical services, Dr. Karen Lowry, that without at least three more pathologists we would fall behind on every biopsy that wasn't marked urgent. She replied that recruitment was under way.

Q. Was it?

A. There was an advertisement. We had two applicants in a year. By the end of 2032 we were taking an average of 38 days to report a biopsy. The standard is ten.

Q. Did you ever raise it with the board?

A. I wasn't allowed to. Our reports went to Dr. Lowry, and she decided what went to the board. I asked her twice to let me present to the board, and twice she said it wasn't necessary.

MR. PELL: Commissioner, before the break, may I ask the witness two questions arising from that answer?

THE COMMISSIONER: Briefly.

CROSS-EXAMINATION BY MR. PELL:

Q. Dr. Patel, the Authority approved a locum pathologist for you in 2032, didn't it?

A. It approved one for three months. She left after six weeks because her flat had no heating. I'm not blaming anyone for the flat, but a locum for six weeks does not clear a backlog of nine hundred cases.

Q. And you never put your concerns to the board's quality committee directly?

A. No. I was told by Dr. Lowry's office that the committee did not take submissions from department heads.

THE COMMISSIONER: We will take our morning break. Fifteen minutes.

(Recess)
''',
    s(ASHD, 'THE COMMISSIONER', 'Good morning. We are here because, between 2031 and 2034|every one of them was read.', '', role='Commissioner'),
    s(ORTI, 'MS. ORTIZ', "The evidence will show that the hospital's pathology laboratory lost six|after a patient's family went to the Westholm Courier.", '', role='Commission counsel'),
    s(PELL, 'MR. PELL', 'the Authority accepts that the delays were unacceptable|could have solved alone.', ''),
    s(FISK, 'MS. FISK', 'the people I represent have one question: who knew, and when.|her surgeon had marked urgent.', ''),
    s(PATE, 'A.', "That's right. I ran it for five years.", ''),
    s(PATE, 'A.', "In March 2031. I wrote to the vice-president for clinical services|She replied that recruitment was under way.", ''),
    s(LOWR, 'She', 'recruitment was under way', 'replied', role='vice-president for clinical services', nested=True, via=PATE),
    s(PATE, 'A.', 'There was an advertisement. We had two applicants in a year.|The standard is ten.', ''),
    s(PATE, 'A.', "I wasn't allowed to. Our reports went to Dr. Lowry|twice she said it wasn't necessary.", ''),
    s(PATE, 'A.', "It approved one for three months.|does not clear a backlog of nine hundred cases.", ''),
    s(PATE, 'A.', "No. I was told by Dr. Lowry's office that the committee did not take submissions from department heads.", ''),
    s("Dr. Lowry's office", "Dr. Lowry's office", 'the committee did not take submissions from department heads', 'was told by', nested=True, via=PATE),
    s(LOWR, 'she', "it wasn't necessary", 'said', role='vice-president for clinical services', nested=True, via=PATE),
)
