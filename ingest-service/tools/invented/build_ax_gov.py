"""Set AX's six government texts (see build_ax.py)."""
from invented_common import doc_spans as doc, s

HOLM = 'Sigrun Holmvik'
DARC = 'Tomas Darcel'
PAIR = f'{HOLM} and {DARC}'

doc('ax06-gov-norlund-estavia-fisheries-ministers-herring-call', 'Ministry of Fisheries and Coastal Affairs of Norlund', '2035-11-18', '''
MINISTRY OF FISHERIES AND COASTAL AFFAIRS
Readout

Minister Holmvik's call with Estavian Fisheries Minister Darcel

18 November 2035

Minister of Fisheries and Coastal Affairs Sigrun Holmvik spoke by telephone today with Estavia's Minister of Maritime Economy and Fisheries, Tomas Darcel, ahead of next month's annual consultations on the shared stock of Skerra Sea herring.

Minister Holmvik thanked Minister Darcel for Estavia's help in the search for the crew of the trawler Vesterhav in October.

The Minister informed Minister Darcel that Norlund's marine research institute had measured the lowest spawning stock of Skerra Sea herring since 2004, and expressed concern over reports of Estavian vessels fishing in the closed spawning grounds during February.

Minister Darcel said that Estavia took the reports seriously and that its fisheries inspectorate had opened an inquiry. He noted that the Estavian fleet had caught less than its share of the agreed quota in each of the past three years.

The two ministers agreed that the scientific advice for 2036, which recommends a cut of 28 percent in the total allowable catch, should be the starting point of the consultations.

Minister Holmvik stressed that Norlund would not accept a quota above the scientific advice, saying that "a stock that is fished down now will not be there for our grandchildren to fish."

Minister Darcel raised the issue of compensation for Estavian coastal communities that depend on herring, noting that some 3,400 jobs in the processing industry were linked to the fishery. He proposed a joint fund for affected communities financed from the two countries' licence fees.

Minister Holmvik welcomed the proposal and said Norlund was ready to discuss it at the consultations. She underlined that any agreement for 2036 must also include stricter control of herring landings in the ports of both countries.

Minister Darcel informed Minister Holmvik about Estavia's new rules on electronic logbooks for vessels over 12 metres, which entered into force on 1 November. He invited Minister Holmvik to visit the Estavian fisheries research centre in Port Lanne in the spring.

The two ministers also discussed cooperation on satellite monitoring of fishing vessels and the planned joint survey of the stock in spring 2036.

The ministers agreed to meet in person in Halvik in January.

Background:
- The Skerra Sea herring stock is shared by Norlund and Estavia under the 1998 Skerra Agreement.
- The total allowable catch for 2035 was 412,000 tonnes, of which Norlund's share was 58 percent.
- The spawning stock was estimated at 1.9 million tonnes in 2035, against 3.4 million tonnes in 2020.
- Annual consultations are held in alternating capitals; the 2035 round takes place in Ostrava Bay from 9 to 12 December.

Press contact: Communications Unit, +47 555 01 200
''',
    s(HOLM, 'The Minister', "Norlund's marine research institute had measured the lowest spawning stock of Skerra Sea herring since 2004", 'informed', role='Minister of Fisheries and Coastal Affairs'),
    s(HOLM, '', 'reports of Estavian vessels fishing in the closed spawning grounds during February', 'expressed concern over', role='Minister of Fisheries and Coastal Affairs'),
    s(DARC, 'Minister Darcel', 'Estavia took the reports seriously and that its fisheries inspectorate had opened an inquiry', 'said', role='Minister of Maritime Economy and Fisheries'),
    s(DARC, 'He', 'the Estavian fleet had caught less than its share of the agreed quota in each of the past three years', 'noted', role='Minister of Maritime Economy and Fisheries'),
    s(PAIR, 'The two ministers', 'the scientific advice for 2036, which recommends a cut of 28 percent in the total allowable catch, should be the starting point of the consultations', 'agreed'),
    s(HOLM, 'Minister Holmvik', 'Norlund would not accept a quota above the scientific advice', 'stressed', role='Minister of Fisheries and Coastal Affairs'),
    s(HOLM, '', '"a stock that is fished down now will not be there for our grandchildren to fish."', 'saying', 'direct', role='Minister of Fisheries and Coastal Affairs'),
    s(DARC, 'Minister Darcel', 'compensation for Estavian coastal communities that depend on herring, noting that some 3,400 jobs in the processing industry were linked to the fishery', 'raised the issue of', role='Minister of Maritime Economy and Fisheries'),
    s(DARC, 'He', "a joint fund for affected communities financed from the two countries' licence fees", 'proposed', role='Minister of Maritime Economy and Fisheries'),
    s(HOLM, 'Minister Holmvik', 'the proposal', 'welcomed', role='Minister of Fisheries and Coastal Affairs'),
    s(HOLM, '', 'Norlund was ready to discuss it at the consultations', 'said', role='Minister of Fisheries and Coastal Affairs'),
    s(HOLM, 'She', 'any agreement for 2036 must also include stricter control of herring landings in the ports of both countries', 'underlined', role='Minister of Fisheries and Coastal Affairs'),
    s(PAIR, 'The ministers', 'to meet in person in Halvik in January', 'agreed'),
)

ORTO = 'Beatrix Orton'
MACL = 'Duncan MacLeary'
FENW = 'Odile Fenwick'

doc('ax07-gov-westmark-assembly-right-to-repair-farm-equipment', 'Legislative Assembly of Westmark', '2035-03-27', '''
LEGISLATIVE ASSEMBLY OF WESTMARK
Official Report of Debates (Hansard)
Thursday, March 27, 2035

Orders of the Day

BILL 31, FARM EQUIPMENT REPAIR ACT, 2035
Second reading

The Speaker: Orders of the day. The Minister of Agriculture moves second reading of Bill 31. The Honourable Minister.

Hon. Beatrix Orton (Minister of Agriculture): Thank you, Mr. Speaker.

Every farmer in this province knows the feeling. It is harvest, the weather is turning, and a combine that cost more than a house stops in the middle of a field because a sensor has failed. The part costs forty dollars. The farmer has the part. But the machine will not run until a technician from the dealer, sometimes two hundred kilometres away, plugs in a laptop and unlocks it.

This bill ends that. It requires manufacturers who sell farm equipment in Westmark to make the same diagnostic software, manuals and parts available to owners and independent repair shops that they make available to their own dealers, at a fair price. It does not require anyone to give away trade secrets, and it does not allow anyone to tamper with emission controls.

We consulted for fourteen months. We heard from more than 900 farmers. I commend this bill to the House.

Some hon. members: Hear, hear!

The Speaker: Questions and comments? The member for Ashcombe North.

Mr. Duncan MacLeary (Ashcombe North): Mr. Speaker, the Official Opposition supports the principle of this bill. My own neighbour waited eleven days for a dealer's technician last September while his canola sat in the swath.

But the bill gives manufacturers two years to comply. The Equipment Dealers Association has told the committee that most of its members could comply in six months. Why does the minister need two years?

The Speaker: The Minister of Agriculture.

Hon. Beatrix Orton: The two years are there because some of the software is written outside this country and has to be rewritten for our rules. If manufacturers can comply sooner, I expect them to.

The Speaker: Further questions and comments? The member for Lindell-Marsh.

Ms. Odile Fenwick (Lindell-Marsh): Mr. Speaker, I want to thank the minister for bringing this bill forward.

I represent a riding with more independent repair shops than dealerships. Last spring, the owner of one of those shops showed me an invoice for a part that his own supplier was not allowed to sell him. The bill fixes that, and I will vote for it.

I do have one concern. The manufacturers' association says the bill will raise the price of new equipment by as much as eight percent. Has the minister seen any evidence for that figure?

Hon. Beatrix Orton: No, Mr. Speaker. I asked the association for its evidence in January and I am still waiting.

Some hon. members: Oh, oh!

The Speaker: Order. Is the House ready for the question?

Some hon. members: Question.

The Speaker: Ms. Orton has moved second reading of Bill 31, Farm Equipment Repair Act, 2035. Is it the pleasure of the House to adopt the motion?

Some hon. members: Agreed.

The Speaker: Carried. The bill is referred to the Standing Committee on Agriculture and Rural Affairs.

Motion agreed to; bill read a second time and referred to a committee.
''',
    s(ORTO, 'Hon. Beatrix Orton (Minister of Agriculture)', 'Every farmer in this province knows the feeling.|I commend this bill to the House.', '', role='Minister of Agriculture'),
    s(MACL, 'Mr. Duncan MacLeary (Ashcombe North)', 'the Official Opposition supports the principle of this bill.|could comply in six months.', '', role='Ashcombe North'),
    s('Equipment Dealers Association', 'The Equipment Dealers Association', 'most of its members could comply in six months', 'has told', nested=True, via=MACL),
    s(ORTO, 'Hon. Beatrix Orton', 'The two years are there because some of the software|I expect them to.', '', role='Minister of Agriculture'),
    s(FENW, 'Ms. Odile Fenwick (Lindell-Marsh)', 'I represent a riding with more independent repair shops than dealerships.|by as much as eight percent.', '', role='Lindell-Marsh'),
    s("The manufacturers' association", "The manufacturers' association", 'the bill will raise the price of new equipment by as much as eight percent', 'says', nested=True, via=FENW),
    s(ORTO, 'Hon. Beatrix Orton', 'No, Mr. Speaker. I asked the association for its evidence in January and I am still waiting.', '', role='Minister of Agriculture'),
)

TSB = 'Transportation Safety Board of Caldera'
REYE = 'Marisol Reyes'
SKYW = 'Skyward Balloon Adventures'
AEROL = 'Aerolite Envelopes'

doc('ax08-gov-caldera-safety-board-balloon-accident-interim', 'Transportation Safety Board of Caldera', '2035-08-21', '''
TRANSPORTATION SAFETY BOARD OF CALDERA
News release
Interim report A35W0117

Safety Board releases interim findings on hot-air balloon accident near Pellham

PELLHAM, 21 August 2035 - The Transportation Safety Board of Caldera (TSB) today released an interim report on its investigation into the hot-air balloon accident near Pellham on 6 June 2035, in which a balloon operated by Skyward Balloon Adventures struck a power line during landing. Two passengers died and nine people, including the pilot, were injured.

The report does not assign fault. Its purpose is to share what the investigation has established so far.

The balloon, a 2029 model with a basket for 16 passengers, was one of four operated by Skyward from its base at Pellham airfield. It had flown 212 hours before the accident.

The Board has determined that:
- the balloon's final approach was made with a surface wind of 14 to 17 knots, above the 12-knot limit in the operator's own procedures;
- the pilot had received a weather briefing at 05:40 that forecast winds of 8 knots, and did not obtain an update before take-off at 06:25;
- the power line was not marked on the landing-site map carried in the basket.

The pilot told investigators that the wind strengthened "within a couple of minutes" during the descent and that he had chosen to land rather than fly on over a forested ridge with limited fuel. Two ground crew members gave similar accounts. A passenger who was seated next to the burner told the Board that the pilot had warned everyone to "brace and hold the handles" about 20 seconds before the basket struck the line.

"Commercial balloon flights carry the same kind of passengers as any airline: people who trust that the operator has done the planning," said TSB Chair Marisol Reyes. "The rules for this industry have not kept up with its growth."

The number of commercial balloon passengers in Caldera has roughly tripled since 2025, to about 68,000 a year, according to Transport Caldera.

Reyes said the Board had written to Transport Caldera in July, asking it to require commercial balloon operators to obtain a weather update no more than 30 minutes before launch.

In its reply, Transport Caldera said it would consult the industry on the proposal this autumn.

Skyward Balloon Adventures said in a statement that it had suspended all flights after the accident, had since added a second weather check before every launch, and would resume flights only after an independent audit of its procedures.

The manufacturer of the balloon's envelope, Aerolite Envelopes, told the Board that its examination of the envelope had found no defect that contributed to the accident.

The investigation is continuing. The Board's final report will examine:
- the operator's training and supervision of pilots;
- the oversight of commercial balloon operations by Transport Caldera;
- the marking of power lines near known landing areas.

The TSB is an independent agency that investigates marine, pipeline, rail and air transportation occurrences. Its sole aim is the advancement of transportation safety. It is not the function of the Board to assign fault or determine civil or criminal liability.

Contact: TSB Media Relations, 555-0193
''',
    s(TSB, 'The Board', "the balloon's final approach was made with a surface wind of 14 to 17 knots, above the 12-knot limit in the operator's own procedures;", 'determined'),
    s(TSB, 'The Board', 'the pilot had received a weather briefing at 05:40 that forecast winds of 8 knots, and did not obtain an update before take-off at 06:25;', 'determined'),
    s(TSB, 'The Board', 'the power line was not marked on the landing-site map carried in the basket.', 'determined'),
    s('The pilot', 'The pilot', 'the wind strengthened "within a couple of minutes" during the descent|with limited fuel', 'told', 'mixed'),
    s('A passenger who was seated next to the burner', 'A passenger who was seated next to the burner', 'the pilot had warned everyone to "brace and hold the handles" about 20 seconds before the basket struck the line', 'told', 'mixed'),
    s(REYE, 'TSB Chair Marisol Reyes', '"Commercial balloon flights carry the same kind of passengers as any airline: people who trust that the operator has done the planning,"', 'said', 'direct', role='TSB Chair'),
    s(REYE, '', '"The rules for this industry have not kept up with its growth."', '', 'direct', role='TSB Chair'),
    s('Transport Caldera', 'Transport Caldera', 'The number of commercial balloon passengers in Caldera has roughly tripled since 2025, to about 68,000 a year', 'according to'),
    s(REYE, 'Reyes', 'the Board had written to Transport Caldera in July|no more than 30 minutes before launch', 'said', role='TSB Chair'),
    s('Transport Caldera', 'Transport Caldera', 'it would consult the industry on the proposal this autumn', 'said'),
    s(SKYW, 'Skyward Balloon Adventures', 'it had suspended all flights after the accident|an independent audit of its procedures', 'said'),
    s(AEROL, "The manufacturer of the balloon's envelope, Aerolite Envelopes", 'its examination of the envelope had found no defect that contributed to the accident', 'told'),
)

GRAN = 'Leona Grant'
PIKE = 'Desmond Pike'

doc('ax09-gov-brenton-911-outage-briefing-transcript', 'City of Brenton', '2035-09-03', '''
CITY OF BRENTON
Office of Emergency Management

TRANSCRIPT: Media briefing on the interruption of 911 service
September 3, 2035, 11:00 a.m., City Hall press room

Speakers: Leona Grant, Director of Emergency Management; Desmond Pike, Chief of Police; Farah Siddiqui, City Communications (moderator)

SIDDIQUI: Good morning, everyone. Director Grant will give an update, then Chief Pike, and then we'll take questions. Director.

GRANT: Thank you, Farah. Good morning.

Between 9:12 p.m. and 1:47 a.m. last night, calls to 911 from most mobile phones in Brenton did not reach our dispatch centre. Landline calls and text-to-911 kept working throughout. Our carrier, Tellam Networks, has told us the cause was a faulty software update at one of its switching centres, and service has been normal since 1:47.

During those four and a half hours, we know of at least 63 people who tried to call 911 and could not get through. We have called every one of them back. I want to be clear: we do not yet know whether anyone was harmed because a call did not connect. We will find out, and we will tell you.

PIKE: Thanks, Leona. As soon as we learned of the problem, we put extra patrol cars on the road and opened all six police stations to walk-in emergencies. Officers took 41 reports in person overnight. Fire and ambulance crews did the same from their stations.

SIDDIQUI: Questions. Go ahead, Hannah.

Q: Hannah Ruiz, Brenton Courier. A woman in Eastgate told us her father had a stroke at about eleven and she spent twenty minutes trying to get through before driving him to hospital herself. Is his case among the 63?

GRANT: I can't speak about an individual case, but if she contacts my office today, we'll make sure it's reviewed.

Q: Tom Becker, WBRN. When did the city first know 911 was down, and why did the emergency alert to phones not go out until after ten?

GRANT: The dispatch centre noticed the drop in calls at about 9:30 and confirmed the fault with Tellam at 9:48. The alert went out at 10:06. That's too long, and it's one of the things the review will look at.

Q: Councillor Ames said this morning that the city was warned about this carrier two years ago. Were you?

GRANT: In 2033, after a shorter outage, we asked Tellam for a backup route, and they told us it would be in place by last year. It wasn't. I'll leave it to Tellam to explain why.

Q: Maria Chen, Channel 6. Tellam says on its website that fewer than one percent of its customers were affected. Does the city accept that number?

GRANT: No. Nearly every mobile call in Brenton goes through Tellam's network. We've asked them for the real figure, call by call, and we'll publish it when we have it.

SIDDIQUI: Last question.

Q: Chief, did any crimes go unreported?

PIKE: Almost certainly some did. People tend to call later when they can't get through, so I'd expect more reports over the next few days.

SIDDIQUI: Thank you, everyone. We'll update you tomorrow at 11.

- END -
''',
    s(GRAN, 'GRANT', 'Between 9:12 p.m. and 1:47 a.m. last night, calls to 911|We will find out, and we will tell you.', '', role='Director of Emergency Management'),
    s('Tellam Networks', 'Our carrier, Tellam Networks', 'the cause was a faulty software update at one of its switching centres', 'has told', nested=True, via=GRAN),
    s(PIKE, 'PIKE', 'As soon as we learned of the problem|Fire and ambulance crews did the same from their stations.', '', role='Chief of Police'),
    s('A woman in Eastgate', 'A woman in Eastgate', 'her father had a stroke at about eleven|before driving him to hospital herself', 'told'),
    s(GRAN, 'GRANT', "I can't speak about an individual case, but if she contacts my office today, we'll make sure it's reviewed.", '', role='Director of Emergency Management'),
    s(GRAN, 'GRANT', "The dispatch centre noticed the drop in calls at about 9:30|it's one of the things the review will look at.", '', role='Director of Emergency Management'),
    s('Councillor Ames', 'Councillor Ames', 'the city was warned about this carrier two years ago', 'said', role='Councillor'),
    s(GRAN, 'GRANT', "In 2033, after a shorter outage, we asked Tellam for a backup route|I'll leave it to Tellam to explain why.", '', role='Director of Emergency Management'),
    s('Tellam Networks', 'they', 'it would be in place by last year', 'told', nested=True, via=GRAN),
    s('Tellam Networks', 'Tellam', 'fewer than one percent of its customers were affected', 'says'),
    s(GRAN, 'GRANT', "No. Nearly every mobile call in Brenton goes through Tellam's network.|we'll publish it when we have it.", '', role='Director of Emergency Management'),
    s(PIKE, 'PIKE', "Almost certainly some did.|I'd expect more reports over the next few days.", '', role='Chief of Police'),
)

CCC = 'Competition Commission of Aurenne'
VOSK = 'Helga Voskuil'
TIXA = 'TixArena Holdings'
SEAT = 'SeatStream Ltd'

doc('ax10-gov-aurenne-competition-commission-ticketing-merger', 'Competition Commission of Aurenne', '2035-05-29', '''
COMPETITION COMMISSION OF AURENNE

Media statement
29 May 2035

Commission blocks TixArena's proposed acquisition of SeatStream

The Competition Commission has prohibited the proposed acquisition of SeatStream Ltd by TixArena Holdings, after concluding that the merger would substantially lessen competition in the sale of tickets for live events in Aurenne.

TixArena and SeatStream are the two largest sellers of tickets for concerts, sport and theatre in Aurenne. Together they sold about 81 percent of the primary tickets for venues with more than 2,000 seats in 2034.

In its decision, the Commission found that:
- venues that switched between the two companies in recent years had obtained lower booking fees and better contract terms as a result;
- no other ticket seller had the technology or the venue contracts to replace the competition that SeatStream provides;
- the service fees paid by fans would be likely to rise after the merger.

"Fans already pay booking fees of up to 18 percent on a ticket. A merger of the two biggest sellers would have left them with nowhere else to go," said Commissioner Helga Voskuil, who chaired the inquiry panel.

The parties argued that international streaming and social media platforms would soon enter the ticketing market. The Commission did not accept that argument, noting that none of those platforms had sold tickets in Aurenne and that none had told the Commission it planned to.

The Commission also noted that TixArena had bought three smaller ticket sellers since 2029, none of which had to be notified to the Commission because each fell below the thresholds for notification.

TixArena offered to sell its theatre ticketing business and to cap its booking fees for five years. The Commission considered that these remedies would not address its concerns, because a fee cap would need constant monitoring and the theatre business accounts for less than a tenth of TixArena's sales.

During the inquiry, the Commission received submissions from 46 venues, promoters and fan groups. The Live Music Venues Association told the Commission that its members feared "a single gatekeeper" for their ticket sales. The Fans' Council of Aurenne said fans had been "paying more every year for less choice."

TixArena said in a statement that it was disappointed and was considering an appeal to the Competition Appeal Court.

SeatStream's chief executive, Jules Marchetti, said the company would "continue to compete hard" and had no plans to seek another buyer.

The parties may appeal the decision within 20 working days.

Background
TixArena, founded in 2008, sells tickets in four countries. SeatStream was founded in Aurenne in 2015 and sells tickets for about 300 venues, including the national stadium.
The Commission was notified of the merger on 14 October 2034 and opened an in-depth inquiry on 2 December 2034. The full reasons for the decision will be published on the Commission's website once confidential information has been removed.

Media enquiries: media@compcom.example
''',
    s(CCC, 'The Competition Commission', 'the merger would substantially lessen competition in the sale of tickets for live events in Aurenne', 'concluding'),
    s(CCC, 'the Commission', 'venues that switched between the two companies in recent years had obtained lower booking fees and better contract terms as a result;', 'found'),
    s(CCC, 'the Commission', 'no other ticket seller had the technology or the venue contracts to replace the competition that SeatStream provides;', 'found'),
    s(CCC, 'the Commission', 'the service fees paid by fans would be likely to rise after the merger.', 'found'),
    s(VOSK, 'Commissioner Helga Voskuil, who chaired the inquiry panel', '"Fans already pay booking fees of up to 18 percent on a ticket. A merger of the two biggest sellers would have left them with nowhere else to go,"', 'said', 'direct', role='Commissioner'),
    s(f'{TIXA} and {SEAT}', 'The parties', 'international streaming and social media platforms would soon enter the ticketing market', 'argued'),
    s(CCC, 'The Commission', 'none of those platforms had sold tickets in Aurenne and that none had told the Commission it planned to', 'noting'),
    s(CCC, 'The Commission', 'TixArena had bought three smaller ticket sellers since 2029|below the thresholds for notification', 'noted'),
    s(CCC, 'The Commission', "these remedies would not address its concerns|less than a tenth of TixArena's sales", 'considered'),
    s('Live Music Venues Association', 'The Live Music Venues Association', 'its members feared "a single gatekeeper" for their ticket sales', 'told', 'mixed'),
    s("Fans' Council of Aurenne", "The Fans' Council of Aurenne", 'fans had been "paying more every year for less choice."', 'said', 'mixed'),
    s(TIXA, 'TixArena', 'it was disappointed and was considering an appeal to the Competition Appeal Court', 'said'),
    s('Jules Marchetti', "SeatStream's chief executive, Jules Marchetti", 'the company would "continue to compete hard" and had no plans to seek another buyer', 'said', 'mixed', role='chief executive'),
)

OKAF = 'Amara Okafor'
PRES = 'Prescott Lane Properties Inc.'
DUVA = 'Gilles Duval'
MEMB = 'Rowena Fitch'

doc('ax11-gov-eastmere-human-rights-tribunal-service-dog-tenancy', 'Human Rights Tribunal of Eastmere', '2035-07-30', '''
HUMAN RIGHTS TRIBUNAL OF EASTMERE

Okafor v. Prescott Lane Properties Inc., 2035 EHRT 212

Date of decision: July 30, 2035
Tribunal member: Rowena Fitch

SUMMARY OF DECISION

[1] Amara Okafor, who has epilepsy, alleges that Prescott Lane Properties Inc. discriminated against her on the basis of disability when it refused to rent her an apartment because she lives with a seizure-response dog. Prescott Lane denies that it discriminated. It says that its building has a no-pets policy that applies to every tenant and that it did not know the dog was a service animal.

[2] For the reasons that follow, I find that Prescott Lane discriminated against Ms. Okafor and I order it to pay her $18,000 as compensation for injury to dignity, feelings and self-respect.

Evidence

[3] Ms. Okafor testified that she viewed the apartment on February 11, 2034, with her dog, Juniper, who wore a vest marked "Service Dog". She said the building manager, Gilles Duval, told her that day that the unit was hers if she wanted it.

[4] Ms. Okafor testified that Mr. Duval telephoned her two days later and said the owner "does not allow dogs, no exceptions." She said she told him that Juniper was trained to alert her before a seizure and offered to provide a letter from her neurologist. According to Ms. Okafor, Mr. Duval replied that a letter "would not change anything."

[5] Mr. Duval gave evidence for Prescott Lane. He agreed that he saw the vest but said he had understood it to be "a pet accessory." He denied that Ms. Okafor had mentioned her epilepsy or offered a letter. He said the unit was rented to another applicant on February 14.

[6] Dr. Ilse Maran, Ms. Okafor's neurologist, provided a letter stating that Juniper had been trained by an accredited program and that Ms. Okafor's seizures had become less frequent since she received the dog in 2031.

Analysis

[7] Prescott Lane submits that it applied its no-pets policy in good faith and that a landlord cannot be expected to recognize a service animal without being told. I do not accept that submission. A vest marked "Service Dog" is a clear sign that an animal is not a pet, and Mr. Duval admitted he saw it.

[8] Where the evidence of Ms. Okafor and Mr. Duval conflicts, I prefer hers. Her account was detailed and consistent, and it is supported by a text message she sent her sister on February 13, 2034, which reads: "They won't take me because of Juniper. I told him about the seizures. He didn't care."

[9] I find that Ms. Okafor's disability was a factor in Prescott Lane's refusal to rent her the apartment. The Code required Prescott Lane to accommodate her to the point of undue hardship. It has not shown any hardship at all. It led no evidence about the cost or difficulty of admitting a trained dog to a building whose lease already allows guide dogs for visiting guests.

Remedy

[10] Ms. Okafor seeks $25,000. Considering the awards in similar cases, I find that $18,000 is appropriate. I also order Prescott Lane to amend its no-pets policy within 60 days to exempt service animals and to train its staff on the Code.
''',
    s(OKAF, 'Amara Okafor', 'Prescott Lane Properties Inc. discriminated against her on the basis of disability|because she lives with a seizure-response dog', 'alleges'),
    s(PRES, 'Prescott Lane', 'it discriminated', 'denies'),
    s(PRES, 'It', 'its building has a no-pets policy that applies to every tenant and that it did not know the dog was a service animal', 'says'),
    s(MEMB, 'I', 'Prescott Lane discriminated against Ms. Okafor', 'find', role='Tribunal member'),
    s(OKAF, 'Ms. Okafor', 'she viewed the apartment on February 11, 2034, with her dog, Juniper, who wore a vest marked "Service Dog"', 'testified', 'mixed'),
    s(OKAF, 'She', 'the building manager, Gilles Duval, told her that day that the unit was hers if she wanted it', 'said'),
    s(DUVA, 'the building manager, Gilles Duval', 'the unit was hers if she wanted it', 'told', nested=True, via=OKAF),
    s(OKAF, 'Ms. Okafor', 'Mr. Duval telephoned her two days later and said the owner "does not allow dogs, no exceptions."', 'testified', 'mixed'),
    s(DUVA, 'Mr. Duval', 'the owner "does not allow dogs, no exceptions."', 'said', 'mixed', nested=True, via=OKAF),
    s(OKAF, 'She', 'she told him that Juniper was trained to alert her before a seizure and offered to provide a letter from her neurologist', 'said'),
    s(OKAF, 'Ms. Okafor', 'Mr. Duval replied that a letter "would not change anything."', 'According to', 'mixed'),
    s(DUVA, 'Mr. Duval', 'a letter "would not change anything."', 'replied', 'mixed', nested=True, via=OKAF),
    s(DUVA, 'He', 'he saw the vest', 'agreed', role='building manager'),
    s(DUVA, '', 'he had understood it to be "a pet accessory."', 'said', 'mixed', role='building manager'),
    s(DUVA, 'He', 'Ms. Okafor had mentioned her epilepsy or offered a letter', 'denied', role='building manager'),
    s(DUVA, 'He', 'the unit was rented to another applicant on February 14', 'said', role='building manager'),
    s('Ilse Maran', "Dr. Ilse Maran, Ms. Okafor's neurologist", "Juniper had been trained by an accredited program|since she received the dog in 2031", 'stating', role='neurologist'),
    s(PRES, 'Prescott Lane', 'it applied its no-pets policy in good faith|without being told', 'submits'),
    s(DUVA, 'Mr. Duval', 'he saw it', 'admitted', role='building manager'),
    s(OKAF, 'a text message she sent her sister on February 13, 2034', '"They won\'t take me because of Juniper. I told him about the seizures. He didn\'t care."', 'reads', 'direct'),
    s(MEMB, 'I', "Ms. Okafor's disability was a factor in Prescott Lane's refusal to rent her the apartment", 'find', role='Tribunal member'),
    s(MEMB, 'I', '$18,000 is appropriate', 'find', role='Tribunal member'),
)
