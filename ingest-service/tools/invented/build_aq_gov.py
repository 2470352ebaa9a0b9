"""Set AQ's six government texts (see build_aq.py)."""
from invented_common import doc_spans as doc, s

UNION = 'Amalgamated Transit Workers, Local 418'
ATA = 'Ardmoor Transit Authority'
OYEL = 'Margaret Oyelaran'
GRADY = 'Fiona Grady'

doc('aq06-gov-ardmoor-arbitration-award-split-shifts', 'Labour Relations Commission of Ardmoor', '2034-09-12', '''
Labour Relations Commission of Ardmoor

Summary of Arbitration Award

Ardmoor Transit Authority and Amalgamated Transit Workers, Local 418
Grievance concerning the scheduling of split shifts (File No. ARB-2034-117)

Arbitrator: Margaret Oyelaran
Date of award: 9 September 2034

This summary is prepared by the Commission's staff for the information of the parties and the public. It does not form part of the award, and the award itself governs.

Background

The grievance was filed by the Union on behalf of 212 bus operators in January 2034. It concerns the Employer's practice, introduced in 2033, of scheduling split shifts whose two parts fall more than five hours apart.

The Union's position

The Union submitted that the collective agreement limits the spread of a split shift to eleven hours and that the Employer's new rosters regularly exceeded that limit. Its counsel, Daniel Achebe, told the hearing that operators were "spending more of their lives waiting in a depot than driving a bus."

The Union also argued that the Employer had not consulted it before the change, as Article 14.3 of the agreement requires.

Three operators gave evidence. One of them, Ms. Priya Salgado, testified that on some days she left home at 5:30 a.m. and returned after 8:00 p.m., having been paid for eight hours.

The Employer's position

The Employer contended that the eleven-hour limit applies only to shifts "regularly assigned" and not to the extra runs added during the 2033 network changes. Counsel for the Employer, Ms. Fiona Grady, conceded that the Employer had not held a formal consultation, but maintained that the Union had been informed of the new rosters at two joint committee meetings.

The Employer's director of operations, Mr. Stefan Kurz, told the arbitrator that the extra runs were needed to cover school routes and that the Authority could not hire enough operators to staff them as straight shifts.

Findings

The Arbitrator found that the words "regularly assigned" in Article 9.2 describe how a shift is assigned, not how long it has existed, and that the extra runs, once they appear on a published roster, are regularly assigned shifts.

She found further that two joint committee meetings at which the rosters were shown did not amount to the consultation Article 14.3 requires. In her words, "to show a union a finished timetable is to inform it, not to consult it."

The Arbitrator acknowledged that the Employer faced a genuine shortage of operators, but held that a shortage does not suspend the collective agreement.

Award

The grievance is allowed in part. The award declares that the Employer's rosters since 14 March 2033 breached Article 9.2 wherever a split shift's spread exceeded eleven hours.

The Arbitrator ordered the Employer to pay each affected operator one hour's pay for each such shift, and remitted the calculation of the payments to the parties. The Union's claim for damages for the failure to consult was dismissed.

Neither party had sought judicial review of the award on the date of this summary.

Registry of the Commission, 14 Quay Street, Ardmoor. Telephone 555-0142.
''',
    s(UNION, 'The Union', "the collective agreement limits the spread of a split shift to eleven hours and that the Employer's new rosters regularly exceeded that limit", 'submitted'),
    s('Daniel Achebe', 'Its counsel, Daniel Achebe', 'operators were "spending more of their lives waiting in a depot than driving a bus."', 'told', 'mixed', role='counsel'),
    s(UNION, 'The Union', 'the Employer had not consulted it before the change, as Article 14.3 of the agreement requires', 'argued'),
    s('Priya Salgado', 'One of them, Ms. Priya Salgado', 'on some days she left home at 5:30 a.m. and returned after 8:00 p.m., having been paid for eight hours', 'testified'),
    s(ATA, 'The Employer', 'the eleven-hour limit applies only to shifts "regularly assigned" and not to the extra runs added during the 2033 network changes', 'contended', 'mixed'),
    s(GRADY, 'Counsel for the Employer, Ms. Fiona Grady', 'the Employer had not held a formal consultation', 'conceded', role='Counsel for the Employer'),
    s(GRADY, 'Counsel for the Employer, Ms. Fiona Grady', 'the Union had been informed of the new rosters at two joint committee meetings', 'maintained', role='Counsel for the Employer'),
    s('Stefan Kurz', "The Employer's director of operations, Mr. Stefan Kurz", 'the extra runs were needed to cover school routes and that the Authority could not hire enough operators to staff them as straight shifts', 'told', role='director of operations'),
    s(OYEL, 'The Arbitrator', 'the words "regularly assigned" in Article 9.2 describe how a shift is assigned|are regularly assigned shifts', 'found', 'mixed', role='Arbitrator'),
    s(OYEL, 'She', 'two joint committee meetings at which the rosters were shown did not amount to the consultation Article 14.3 requires', 'found', role='Arbitrator'),
    s(OYEL, 'her', '"to show a union a finished timetable is to inform it, not to consult it."', 'In her words', 'direct', role='Arbitrator'),
    s(OYEL, 'The Arbitrator', 'the Employer faced a genuine shortage of operators', 'acknowledged', role='Arbitrator'),
    s(OYEL, 'The Arbitrator', 'a shortage does not suspend the collective agreement', 'held', role='Arbitrator'),
    s(OYEL, 'The award', "the Employer's rosters since 14 March 2033 breached Article 9.2 wherever a split shift's spread exceeded eleven hours", 'declares', role='Arbitrator'),
)

KORV = 'Nadia Korvel'
R_KORV = 'Minister of Energy and Water'

doc('aq07-gov-estravia-energy-minister-radio-interview', 'Ministry of Energy and Water of Estravia', '2034-01-22', '''
Transcript: Minister Nadia Korvel on Radio Estravia One, "Morning Line"

Ministry of Energy and Water
Released 22 January 2034

The following is a transcript of the interview of the Minister of Energy and Water, Nadia Korvel, with Paul Demir on Radio Estravia One's "Morning Line" programme, broadcast at 7:40 a.m. on 22 January 2034. Check against the recording.

PAUL DEMIR: Minister, good morning.

NADIA KORVEL: Good morning, Paul, and good morning to your listeners.

PAUL DEMIR: Electricity bills go up twelve per cent from the first of March. The Consumers' Council said yesterday that the rise would push 60,000 more households into arrears. What do you say to them?

NADIA KORVEL: First, that I understand them. Gas prices on the wholesale market doubled in the autumn, and we buy a third of our electricity from gas plants. I would love to tell your listeners that a government can order the price of gas to fall. It can't. What we can do is protect the households that are hit hardest, and that is what we are doing. From March, around 400,000 households will get a winter credit of 180 crowns on their bill.

PAUL DEMIR: 180 crowns against an average rise of, what, 300 crowns a year?

NADIA KORVEL: For the households that get it, the credit covers more than half of the rise. It is not everything. I have never said it was everything.

PAUL DEMIR: The opposition's energy spokesman, Viktor Lang, told this programme last week that the government should cut the electricity tax instead, which would help every household. Why not do that?

NADIA KORVEL: Because cutting the tax helps the family with a heated swimming pool as much as the pensioner in a cold flat, and it costs four times as much. Mr. Lang knows that. When his party was in government, it looked at the same idea and turned it down for the same reason.

PAUL DEMIR: Let's talk about the Harrow Point nuclear plant. It was supposed to be running by 2032. It is now 2034 and the date has moved again, to 2036. Will it be 2036?

NADIA KORVEL: I've learned not to promise dates for other people's construction sites. (laughter) The builder, Estrel Power, has told us in writing that the reactor will be loaded with fuel in the second half of 2035. Our own inspectors believe that is achievable but tight.

PAUL DEMIR: The water side of your brief. The reservoirs in the south are at 31 per cent. Is there going to be a hosepipe ban this summer?

NADIA KORVEL: If we have another dry spring, yes. The national water company told me on Monday that it would decide by the end of April, and I have asked it to give households at least two weeks' notice. Nobody should read about a ban on the morning it starts.

PAUL DEMIR: One last thing, Minister. Some of your own backbenchers say privately that you will be moved in the spring reshuffle. Will you?

NADIA KORVEL: (laughs) You'd have to ask the Prime Minister. I'll be here as long as she wants me here, and I'll be at this microphone again next winter if you invite me.

PAUL DEMIR: Minister, thank you.

NADIA KORVEL: Thank you.

[END]
''',
    s("Consumers' Council", "The Consumers' Council", 'the rise would push 60,000 more households into arrears', 'said'),
    s(KORV, 'NADIA KORVEL', 'First, that I understand them.|a winter credit of 180 crowns on their bill.', '', role=R_KORV),
    s(KORV, 'NADIA KORVEL', 'For the households that get it, the credit covers more than half of the rise.|I have never said it was everything.', '', role=R_KORV),
    s('Viktor Lang', "The opposition's energy spokesman, Viktor Lang", 'the government should cut the electricity tax instead, which would help every household', 'told', role="opposition's energy spokesman"),
    s(KORV, 'NADIA KORVEL', 'Because cutting the tax helps the family with a heated swimming pool|for the same reason.', '', role=R_KORV),
    s(KORV, 'NADIA KORVEL', "I've learned not to promise dates for other people's construction sites.", '', role=R_KORV),
    s(KORV, '', 'The builder, Estrel Power, has told us in writing|achievable but tight.', '', role=R_KORV),
    s('Estrel Power', 'The builder, Estrel Power', 'the reactor will be loaded with fuel in the second half of 2035', 'has told', nested=True, via=KORV),
    s(KORV, 'NADIA KORVEL', 'If we have another dry spring, yes.|on the morning it starts.', '', role=R_KORV),
    s('national water company', 'The national water company', 'it would decide by the end of April', 'told', nested=True, via=KORV),
    s('Some of your own backbenchers', 'Some of your own backbenchers', 'you will be moved in the spring reshuffle', 'say'),
    s(KORV, 'NADIA KORVEL', "You'd have to ask the Prime Minister.|if you invite me.", '', role=R_KORV),
)

HALE = 'Martin Hale'
R_HALE = 'City Treasurer'
PRYCE = 'Donald Pryce'

doc('aq08-gov-marrowby-budget-hearing-transcript', 'City of Marrowby', '2034-11-04', '''
CITY OF MARROWBY
BUDGET COMMITTEE - PUBLIC HEARING ON THE 2035 OPERATING BUDGET
Verbatim transcript, Council Chamber, 4 November 2034, 6:00 p.m.

Present: Councillor Joan Whitcombe (Chair), Councillor Rafael Ortega, Councillor Liam Byrne, Councillor Grace Okonjo. Staff: Martin Hale, City Treasurer.

THE CHAIR (Councillor Whitcombe): Good evening. I call this public hearing to order. Each delegation has five minutes. We will begin with the Treasurer's overview.

MR. HALE: Thank you, Madam Chair. The draft budget before you is $412 million, an increase of 4.8 per cent. About two thirds of that increase is wages and benefits under contracts already signed, and most of the rest is the transit subsidy. A 4.8 per cent increase would add about $96 to the average residential tax bill. Staff have identified $3.1 million in possible reductions, which are listed in Appendix C; none of them is recommended.

THE CHAIR: Thank you. Councillor Ortega.

COUNCILLOR ORTEGA: Through you, Madam Chair. Mr. Hale, the library board has told us that the $400,000 cut in Appendix C would close two branches on Sundays. Is that staff's reading too?

MR. HALE: It is. The board's own letter, which is in your package, says Sunday hours at Eastfield and Carrow Lane would end from January.

COUNCILLOR OKONJO: Madam Chair, a question for the Treasurer. Mr. Hale, the province announced in September that it would cover half of the cost of the new transit fleet. Is that in these numbers?

MR. HALE: Not yet. The province has said it will confirm its share in its spring budget, and staff did not think it prudent to count money that has not been confirmed. If it comes, it reduces next year's increase by about half a point.

THE CHAIR: We will now hear the delegations. Ms. Bianca Ferreira, for the Eastfield Tenants' Association.

MS. FERREIRA: Good evening. I live on Carrow Lane, and I am here for the 340 households in our association. The Sunday library is the only quiet place a lot of our kids have to do homework. Our members voted last week to oppose any cut to library hours, and we ask the committee to take the $400,000 out of Appendix C altogether. I also want to say, on the tax increase: most of our members are renters. When the tax goes up, the landlord passes it on. Please remember that.

THE CHAIR: Thank you, Ms. Ferreira. Mr. Donald Pryce, Marrowby Chamber of Commerce.

MR. PRYCE: Madam Chair, members of the committee. The Chamber's position is simple. A 4.8 per cent increase is more than twice inflation, and our members cannot raise their prices by 4.8 per cent. We are asking the committee to hold the increase to 3 per cent and to take the difference from the transit subsidy, which has grown by 40 per cent in four years while ridership has not come back.

COUNCILLOR BYRNE: Mr. Pryce, you said the transit subsidy has grown 40 per cent. Are you suggesting fewer buses?

MR. PRYCE: I'm suggesting the committee ask why it costs 40 per cent more to run the same number of buses. I'm not the one who should design the routes.

THE CHAIR: Thank you. Our last delegation is Dr. Helen Asante.

DR. ASANTE: Thank you, Madam Chair. I'm a family physician at the Carrow Lane clinic and I'm speaking for myself, not the clinic. I want to support what Ms. Ferreira said. Twice this year I have seen children with asthma in August because the cooling centre at the Eastfield library was closed on a Sunday. The budget calls that a service level. I call it a health decision.

THE CHAIR: Thank you, Doctor. That concludes the delegations. Committee members will debate the budget at the meeting of November 18. This hearing is adjourned.
''',
    s(HALE, 'MR. HALE', 'The draft budget before you is $412 million|none of them is recommended.', '', role=R_HALE),
    s('library board', 'the library board', 'the $400,000 cut in Appendix C would close two branches on Sundays', 'has told'),
    s(HALE, 'MR. HALE', 'It is. The board\'s own letter|would end from January.', '', role=R_HALE),
    s('library board', "The board's own letter", 'Sunday hours at Eastfield and Carrow Lane would end from January', 'says', nested=True, via=HALE),
    s('the province', 'the province', 'it would cover half of the cost of the new transit fleet', 'announced'),
    s(HALE, 'MR. HALE', 'Not yet. The province has said|by about half a point.', '', role=R_HALE),
    s('the province', 'The province', 'it will confirm its share in its spring budget', 'has said', nested=True, via=HALE),
    s('Bianca Ferreira', 'MS. FERREIRA', 'Good evening. I live on Carrow Lane|Please remember that.', ''),
    s(PRYCE, 'MR. PRYCE', "The Chamber's position is simple.|ridership has not come back.", ''),
    s(PRYCE, 'you', 'the transit subsidy has grown 40 per cent', 'said'),
    s(PRYCE, 'MR. PRYCE', "I'm suggesting the committee ask why|design the routes.", ''),
    s('Helen Asante', 'DR. ASANTE', "I'm a family physician at the Carrow Lane clinic|I call it a health decision.", '', role='family physician'),
)

DPC = 'Data Protection Commission'
QUILL = 'Quillfoot Ltd'
BRANDT = 'Aurelia Brandt'

doc('aq09-gov-veltria-data-commission-smartwatch-fine', 'Data Protection Commission of Veltria', '2034-06-26', '''
Data Protection Commission fines Quillfoot Ltd 6.2 million marks over children's location data

Press release, 26 June 2034

The Data Protection Commission has imposed a fine of 6.2 million marks on Quillfoot Ltd, the maker of the Quillfoot children's smartwatch, for collecting the precise location of children every 30 seconds and sharing it with an advertising partner without a lawful basis.

The decision follows an inquiry opened in March 2033 after a complaint by the Veltrian Parents' Network.

In its decision, the Commission found that:
- Quillfoot collected location data far more often than its own features required;
- the consent screen shown to parents did not mention the advertising partner;
- location histories were kept for up to five years, with no deletion schedule.

Quillfoot argued during the inquiry that the data had been "pseudonymised" before it was shared and could not be linked to any child. The Commission rejected this argument. It noted that the shared records included the watch's serial number, which Quillfoot's own support service uses to identify customers.

The Commission has also ordered Quillfoot to delete all location histories older than 30 days within three months and to stop sharing location data with third parties.

Commissioner Aurelia Brandt said:

"Parents bought these watches to keep their children safe. They did not agree to have their children's movements sold to advertisers, and nothing in the screen they were shown told them that this would happen. The size of the fine reflects how sensitive this data is and how many children were affected."

Asked at a press briefing whether other watch makers were under investigation, Ms. Brandt said the Commission did not comment on inquiries it had not concluded.

The Commission estimates that around 210,000 children in Veltria wore a Quillfoot watch during the period covered by the inquiry.

Quillfoot has 28 days to appeal the decision to the Administrative Court. In a statement, the company said it "respectfully disagrees" with the Commission's findings on consent and was considering an appeal, but that it had already ended its advertising partnership in January.

The Veltrian Parents' Network welcomed the decision. Its chair, Tomas Reinholt, said the network had first raised the problem after a member noticed targeted toy advertisements on her phone that matched her son's school route.

The Commission reminds parents that they may ask any company for a copy of the data it holds about their child, and that companies must answer within one month.

Guidance for parents choosing a connected device for a child:
- check whether location tracking can be switched off;
- read who the data is shared with before you accept;
- ask the seller how long the data is kept.

Notes to editors
1. The Data Protection Commission is Veltria's independent supervisory authority for data protection.
2. The full decision (DPC-2034-041) is published on the Commission's website.

Media contact: press office, +44 555 0188
''',
    s(DPC, 'the Commission', 'Quillfoot collected location data far more often than its own features required;', 'found'),
    s(DPC, 'the Commission', 'the consent screen shown to parents did not mention the advertising partner;', 'found'),
    s(DPC, 'the Commission', 'location histories were kept for up to five years, with no deletion schedule.', 'found'),
    s(QUILL, 'Quillfoot', 'the data had been "pseudonymised" before it was shared and could not be linked to any child', 'argued', 'mixed'),
    s(DPC, 'It', "the shared records included the watch's serial number, which Quillfoot's own support service uses to identify customers", 'noted'),
    s(BRANDT, 'Commissioner Aurelia Brandt', '"Parents bought these watches to keep their children safe.|how many children were affected."', 'said', 'direct', role='Commissioner'),
    s(BRANDT, 'Ms. Brandt', 'the Commission did not comment on inquiries it had not concluded', 'said', role='Commissioner'),
    s(DPC, 'The Commission', 'around 210,000 children in Veltria wore a Quillfoot watch during the period covered by the inquiry', 'estimates'),
    s(QUILL, 'the company', 'it "respectfully disagrees" with the Commission\'s findings on consent|advertising partnership in January', 'said', 'mixed'),
    s("Veltrian Parents' Network", "The Veltrian Parents' Network", 'the decision', 'welcomed'),
    s('Tomas Reinholt', 'Its chair, Tomas Reinholt', "the network had first raised the problem after a member noticed targeted toy advertisements on her phone that matched her son's school route", 'said', role='chair'),
    s(DPC, 'The Commission', 'they may ask any company for a copy of the data it holds about their child, and that companies must answer within one month', 'reminds'),
)

ALD = 'Miriam Aldane'
VARN = 'Tobias Varnum'
WEST = 'Borough of Westmere'

doc('aq10-gov-rhenmark-court-of-appeal-pothole-press-summary', 'Court of Appeal of Rhenmark', '2034-04-17', '''
COURT OF APPEAL OF RHENMARK

PRESS SUMMARY

Halloran v. Borough of Westmere [2034] RCA 58
On appeal from the High Court (Justice Ormsby)

Judges: Chief Justice Miriam Aldane, Justice Ruth Kipling-Reyes, Justice Tobias Varnum

This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment is the only authoritative document.

BACKGROUND TO THE APPEAL

Ms. Orla Halloran, a cyclist, was seriously injured in 2030 when her front wheel dropped into a pothole on Mill Road, Westmere. She sued the Borough, which is the highway authority for the road. The Borough defended the claim under section 58 of the Highways Act, which protects an authority that has a reasonable system of inspection in place. The trial judge found that the Borough's system was reasonable in the circumstances [8] and dismissed her claim. Ms. Halloran appealed.

The Borough accepted that the pothole was more than 60 mm deep at the time of the accident [11].

JUDGMENT

The Court of Appeal allows the appeal by a majority (Justice Varnum dissenting). Chief Justice Aldane gives the lead judgment, with which Justice Kipling-Reyes agrees.

REASONS FOR THE JUDGMENT

The Borough's inspectors walked Mill Road every six months. Ms. Halloran argued that six months was too long for a road that the Borough's own records classed as a busy cycle route, for which its published policy required inspection every month [14].

The Borough submitted that the monthly standard was a target rather than a rule, and that its inspectors had been redeployed to flood damage elsewhere during the winter of 2029-30 [17]. The Cycling Safety Trust, which intervened, submitted that inspection records are often the only evidence an injured cyclist can obtain of what an authority knew [19].

The Chief Justice notes that the Borough's own guidance described the monthly standard as "the minimum necessary for cycle safety" [22]. She holds that an authority which sets its own standard of inspection cannot rely on the statutory defence when it has failed to meet that standard without recording a reason for the departure [25]. A decision to redeploy inspectors may be reasonable, but it must be a decision, taken and recorded, and not a drift [27]. There was no record of any such decision here [29].

Justice Kipling-Reyes adds that the Borough's argument, if accepted, would allow any authority to escape liability by publishing an ambitious standard and then ignoring it [41].

Justice Varnum, dissenting, would have dismissed the appeal. In his view, the trial judge was entitled to find that a six-monthly inspection was reasonable in the exceptional conditions of that winter, and an appeal court should be slow to interfere with such a finding [52]. He warns that the majority's approach may lead authorities to publish lower standards in order to protect themselves [58].

The case is remitted to the High Court to assess damages.

References in square brackets are to paragraphs in the judgment.
''',
    s('Ormsby', 'The trial judge', "the Borough's system was reasonable in the circumstances", 'found', role='trial judge'),
    s(WEST, 'The Borough', 'the pothole was more than 60 mm deep at the time of the accident', 'accepted'),
    s('Orla Halloran', 'Ms. Halloran', "six months was too long for a road that the Borough's own records classed as a busy cycle route, for which its published policy required inspection every month", 'argued'),
    s(WEST, 'The Borough', 'the monthly standard was a target rather than a rule|during the winter of 2029-30', 'submitted'),
    s('Cycling Safety Trust', 'The Cycling Safety Trust, which intervened', 'inspection records are often the only evidence an injured cyclist can obtain of what an authority knew', 'submitted'),
    s(ALD, 'The Chief Justice', 'the Borough\'s own guidance described the monthly standard as "the minimum necessary for cycle safety"', 'notes', 'mixed', role='Chief Justice'),
    s(WEST, "the Borough's own guidance", 'the monthly standard as "the minimum necessary for cycle safety"', 'described', 'mixed', nested=True, via=ALD),
    s(ALD, 'She', 'an authority which sets its own standard of inspection|a reason for the departure', 'holds', role='Chief Justice'),
    s('Ruth Kipling-Reyes', 'Justice Kipling-Reyes', "the Borough's argument, if accepted, would allow any authority|and then ignoring it", 'adds', role='Justice'),
    s(VARN, 'his', 'the trial judge was entitled to find that a six-monthly inspection was reasonable|interfere with such a finding', 'In his view', role='Justice'),
    s(VARN, 'He', "the majority's approach may lead authorities to publish lower standards in order to protect themselves", 'warns', role='Justice'),
)

CPSO = 'Consumer Product Safety Office'
VAND = 'Piet Vandermolen'
RAO = 'Sunita Rao'

doc('aq11-gov-lindmark-radiator-recall-notice', 'Consumer Product Safety Office of Lindmark', '2034-11-12', '''
Recall notice: Hearthglow HG-200 and HG-250 oil-filled radiators

Consumer Product Safety Office
Recall date: 12 November 2034
Recall number: RA-2034-0977

Product: Hearthglow HG-200 and HG-250 oil-filled electric radiators, sold in white and grey, with model numbers beginning HG-200 or HG-250 printed on a label under the control panel.

Hazard: The power cord can overheat where it enters the radiator, posing a fire and burn hazard.

Number sold: About 41,000 units in Lindmark, between September 2032 and October 2034.

Incidents: The manufacturer, Hearthglow Appliances Ltd, has received 23 reports of cords overheating, including four reports of fires that damaged flooring or furniture and one report of a minor burn to a hand. No serious injuries have been reported.

What consumers should do: Stop using the recalled radiators immediately, unplug them and contact Hearthglow for a free replacement cord assembly or a full refund.

Sold at: Brightmarket, Homestead Hardware and online at the Hearthglow web shop from September 2032 to October 2034 for about 90 marks.

Manufactured in: Tervia

Background

Two retailers told the Office in July that customers had returned radiators with melted plugs, and it opened a review in August. Testing at the Office's laboratory found that the cord's strain relief could crack after repeated heating, exposing the wires.

Hearthglow's managing director, Piet Vandermolen, said in a statement that the company was "very sorry" and that every customer would be offered a replacement or a refund, whichever they preferred. "We have traced the fault to one supplier's part and have stopped using it," he said.

The Office's director, Sunita Rao, said the recall had been agreed with the company within three weeks of the test results. She urged anyone who had given one of the radiators as a gift to tell the recipient.

"A radiator is the kind of product people put in a child's bedroom and leave on overnight," Rao said. "Please check the label tonight, not next week."

The Office reminds consumers that a recalled product may not be sold, given away or resold online, and that sellers who list one may be fined.

Consumers can contact Hearthglow toll-free at 0800-555-0190 from 8 a.m. to 8 p.m., Monday to Saturday.

Report a safety incident: consumers can report an incident involving this or any other product to the Consumer Product Safety Office on its website.

This recall is also posted on the international recalls portal.
''',
    s('Two retailers', 'Two retailers', 'customers had returned radiators with melted plugs', 'told'),
    s(CPSO, "Testing at the Office's laboratory", "the cord's strain relief could crack after repeated heating, exposing the wires", 'found'),
    s(VAND, "Hearthglow's managing director, Piet Vandermolen", 'the company was "very sorry" and that every customer would be offered a replacement or a refund, whichever they preferred', 'said', 'mixed', role='managing director'),
    s(VAND, 'he', '"We have traced the fault to one supplier\'s part and have stopped using it,"', 'said', 'direct', role='managing director'),
    s(RAO, "The Office's director, Sunita Rao", 'the recall had been agreed with the company within three weeks of the test results', 'said', role='director'),
    s(RAO, 'She', 'anyone who had given one of the radiators as a gift to tell the recipient', 'urged', role='director'),
    s(RAO, 'Rao', '"A radiator is the kind of product people put in a child\'s bedroom and leave on overnight,"', 'said', 'direct', role='director'),
    s(RAO, '', '"Please check the label tonight, not next week."', '', 'direct', role='director'),
    s(CPSO, 'The Office', 'a recalled product may not be sold, given away or resold online, and that sellers who list one may be fined', 'reminds'),
)
