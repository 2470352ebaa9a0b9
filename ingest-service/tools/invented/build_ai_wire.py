"""Set AI's five wire stories (see build_ai.py)."""
from invented_common import doc_spans as doc, s

MSA = 'Medicines Safety Agency'
MARV = 'Ilse Marvik'
CORV = 'Corvane Pharma'
AALTO = 'Benedikt Aalto'
QUIN = 'Rosa Quintel'
FERR = 'Tomas Ferreira'

doc('ai01-wire-velmora-blood-pressure-recall', 'Reuters', '2033-04-14', '''
Velmora regulator recalls Corvane blood pressure pills over impurity

TARNOV, Velmora, April 14 (Reuters) - Velmora's medicines regulator on Monday ordered the recall of three batches of a widely used blood pressure drug made by Corvane Pharma after laboratory tests found traces of a possibly cancer-causing impurity, and said patients should not stop taking their tablets without first speaking to a doctor.

The Medicines Safety Agency said the impurity, a nitrosamine compound, had been found at up to four times the acceptable daily limit in batches of Tensiral 20 mg tablets shipped to pharmacies between October and January. About 310,000 packs were affected, it said.

"The risk to any individual patient is very low, but it is not zero, and that is not a standard we accept for a medicine people take every day," Ilse Marvik, the agency's chief executive, told reporters in Tarnov.

Marvik said the agency had asked Corvane to explain how the compound entered the product and would inspect its plant at Ostrel "within days." She would not say whether the company faced a fine.

Corvane, Velmora's second-largest drugmaker, said in a statement it was recalling the batches "out of an abundance of caution" and had traced the impurity to a solvent bought from an outside supplier, which it did not name. The company said no other products were affected.

"Patient safety is our first responsibility, and we are sorry for the worry this will cause," Corvane's chief executive, Benedikt Aalto, said in the statement.

Corvane shares closed down 6.2 percent in Tarnov, their steepest one-day fall in more than two years, after trading was briefly halted in the morning.

Analysts at Hellbrandt Securities said the direct cost of the recall was likely to be small, under 15 million crowns, but warned that any long halt at the Ostrel plant would put the company's supply contracts with state hospitals at risk. Tensiral accounts for roughly a tenth of Corvane's domestic sales, according to the company's latest annual report.

The Velmoran Heart Patients' Alliance said its helpline had taken more than 2,000 calls since the morning, many of them from elderly people who had already thrown their tablets away.

"People are frightened, and frightened people make bad decisions. Throwing your pills in the bin is far more dangerous than anything in those batches," said Rosa Quintel, the alliance's chair.

She urged the agency to send letters to every affected patient rather than relying on pharmacies and websites to spread the word.

Dr. Tomas Ferreira, a cardiologist at St. Agathe Hospital in Tarnov, said pharmacies held enough unaffected stock, and enough of two rival brands, to switch patients without a break in treatment.

"Most people will not notice any difference at all. The ones I worry about are those who stop everything for a week and end up in my emergency room," he said.

Ferreira added that patients who had taken the recalled tablets for a few months had no reason to seek extra tests.

The agency said pharmacists would exchange affected packs free of charge and listed the batch numbers on its website. It said it had informed regulators in neighbouring countries, although Corvane said it did not export Tensiral.

Regulators in several countries have tightened limits on nitrosamine impurities over the past decade after similar contaminants turned up in heartburn and diabetes medicines. Velmora's agency has ordered two other blood pressure recalls since 2030, both involving imported generic tablets.

Opposition health spokesman Karel Drost said the case showed the agency needed more inspectors, not more press conferences. The health ministry did not respond to a request for comment.

(Reporting by Anneli Voss; Editing by Mark Pettigrew)
''',
    s(MSA, "Velmora's medicines regulator", 'patients should not stop taking their tablets without first speaking to a doctor', 'said'),
    s(MSA, 'The Medicines Safety Agency', 'the impurity, a nitrosamine compound,|between October and January', 'said'),
    s(MSA, 'it', 'About 310,000 packs were affected', 'said'),
    s(MARV, "Ilse Marvik, the agency's chief executive", '"The risk to any individual patient is very low|for a medicine people take every day,"', 'told', 'direct', role='chief executive'),
    s(MARV, 'Marvik', 'the agency had asked Corvane to explain how the compound entered the product and would inspect its plant at Ostrel "within days."', 'said', 'mixed', role='chief executive'),
    s(CORV, "Corvane, Velmora's second-largest drugmaker", 'it was recalling the batches "out of an abundance of caution" and had traced the impurity to a solvent bought from an outside supplier, which it did not name', 'said', 'mixed'),
    s(CORV, 'The company', 'no other products were affected', 'said'),
    s(AALTO, "Corvane's chief executive, Benedikt Aalto", '"Patient safety is our first responsibility, and we are sorry for the worry this will cause,"', 'said', 'direct', role='chief executive'),
    s('Analysts at Hellbrandt Securities', 'Analysts at Hellbrandt Securities', 'the direct cost of the recall was likely to be small, under 15 million crowns', 'said'),
    s('Analysts at Hellbrandt Securities', 'Analysts at Hellbrandt Securities', "any long halt at the Ostrel plant would put the company's supply contracts with state hospitals at risk", 'warned'),
    s(CORV, "the company's latest annual report", "Tensiral accounts for roughly a tenth of Corvane's domestic sales", 'according to'),
    s("Velmoran Heart Patients' Alliance", "The Velmoran Heart Patients' Alliance", 'its helpline had taken more than 2,000 calls since the morning|thrown their tablets away', 'said'),
    s(QUIN, "Rosa Quintel, the alliance's chair", '"People are frightened, and frightened people make bad decisions.|anything in those batches,"', 'said', 'direct', role='chair'),
    s(QUIN, 'She', 'the agency to send letters to every affected patient rather than relying on pharmacies and websites to spread the word', 'urged', role='chair'),
    s(FERR, 'Dr. Tomas Ferreira, a cardiologist at St. Agathe Hospital in Tarnov', 'pharmacies held enough unaffected stock, and enough of two rival brands, to switch patients without a break in treatment', 'said', role='cardiologist'),
    s(FERR, 'he', '"Most people will not notice any difference at all.|end up in my emergency room,"', 'said', 'direct', role='cardiologist'),
    s(FERR, 'Ferreira', 'patients who had taken the recalled tablets for a few months had no reason to seek extra tests', 'added', role='cardiologist'),
    s(MSA, 'The agency', 'pharmacists would exchange affected packs free of charge', 'said'),
    s(MSA, 'It', 'it had informed regulators in neighbouring countries', 'said'),
    s(CORV, 'Corvane', 'it did not export Tensiral', 'said'),
    s('Karel Drost', 'Opposition health spokesman Karel Drost', 'the case showed the agency needed more inspectors, not more press conferences', 'said', role='Opposition health spokesman'),
)

COAST = 'Ostranian coast guard'
LUND = 'Mirela Lund'
UNRA = 'U.N. refugee agency'
HASS = 'Pieter Hassan'

doc('ai02-wire-ostrania-boat-rescue', 'Associated Press', '2033-08-02', '''
Coast guard pulls 212 from sinking boat off Ostrania; at least 9 dead

PORT SALVERO, Ostrania (AP) - Coast guard crews pulled 212 people from an overcrowded fishing boat that began taking on water in rough seas south of the island of Pelarno before dawn Saturday, and recovered the bodies of nine others, including two children, officials said.

The Ostranian coast guard said a patrol vessel and two merchant ships reached the boat about 40 nautical miles off Pelarno after a distress call relayed by a volunteer hotline. Survivors told rescuers that as many as 15 more people had been swept overboard during the night, a coast guard spokeswoman said.

"When our crew arrived, the lower deck was already half flooded and people were standing on the roof of the wheelhouse," spokeswoman Cmdr. Mirela Lund told The Associated Press by phone. "Another hour and we would be counting very different numbers."

Lund said the search for the missing continued with a helicopter and three boats, but that the chances of finding anyone alive were falling as the water cooled overnight.

The boat had left the coast of Tamrah, about 300 kilometers (190 miles) to the south, on Wednesday evening, according to survivors. Most of those on board were young men from countries in West and East Africa, though there were also 23 women and 11 children, the coast guard said.

The survivors were brought to the port of Pelarno, where Red Crescent and local volunteers handed out blankets and water on the quay. Several were taken to the island's small hospital with hypothermia and chemical burns caused by fuel mixing with seawater.

Speaking through an interpreter, a 19-year-old man who gave his name only as Yusuf said the engine had failed on the second night and that the smugglers had left the boat in a speedboat hours before the storm.

"They told us the coast was six hours away. We were at sea three days," he said. "My cousin was next to me. Then he was not."

A woman from the same boat, who did not want her name published because she feared for relatives at home, said through the interpreter that passengers had paid between $1,500 and $3,000 each and had been beaten when they asked for water.

Pieter Hassan, a spokesman for the U.N. refugee agency, said the agency was "deeply saddened" by the deaths and called on governments in the region to restore search-and-rescue patrols that were cut back two years ago.

"Every one of these shipwrecks is a reminder that when the rescue ships go, the boats do not stop. They simply sink further from anyone who can help," Hassan said in Geneva.

According to the agency, more than 1,400 people have died or gone missing on the route between Tamrah and the Ostranian islands so far this year, already more than in all of last year.

Ostrania's interior ministry said the survivors would be registered on Pelarno and moved to a reception center on the mainland within a week. The mayor of Pelarno, Silvio Acardi, said the island's center had room for 150 people and was now holding almost 400.

"We will not leave anyone sleeping on the quay. But the island cannot do this alone every summer," Acardi told local television.

The Ostranian government has said it cannot take more arrivals without help from its neighbors, and last month it signed an agreement with Tamrah to train that country's coast guard.

Rights groups have criticized the deal. The volunteer hotline that relayed Saturday's distress call said it had alerted authorities nearly five hours before the patrol vessel arrived, a delay the coast guard disputed.

"Our vessel sailed within 20 minutes of the alert reaching us," Lund said.
''',
    s('officials', 'officials', 'Coast guard crews pulled 212 people from an overcrowded fishing boat|including two children', 'said'),
    s(COAST, 'The Ostranian coast guard', 'a patrol vessel and two merchant ships reached the boat about 40 nautical miles off Pelarno after a distress call relayed by a volunteer hotline', 'said'),
    s(LUND, 'a coast guard spokeswoman', 'Survivors told rescuers that as many as 15 more people had been swept overboard during the night', 'said', role='coast guard spokeswoman'),
    s('Survivors', 'Survivors', 'as many as 15 more people had been swept overboard during the night', 'told', nested=True, via=LUND),
    s(LUND, 'spokeswoman Cmdr. Mirela Lund', '"When our crew arrived, the lower deck was already half flooded and people were standing on the roof of the wheelhouse,"', 'told', 'direct', role='spokeswoman'),
    s(LUND, '', '"Another hour and we would be counting very different numbers."', '', 'direct', role='spokeswoman'),
    s(LUND, 'Lund', 'the search for the missing continued with a helicopter and three boats, but that the chances of finding anyone alive were falling as the water cooled overnight', 'said', role='spokeswoman'),
    s('survivors', 'survivors', 'The boat had left the coast of Tamrah, about 300 kilometers (190 miles) to the south, on Wednesday evening', 'according to'),
    s(COAST, 'the coast guard', 'Most of those on board were young men from countries in West and East Africa, though there were also 23 women and 11 children', 'said'),
    s('Yusuf', 'a 19-year-old man who gave his name only as Yusuf', 'the engine had failed on the second night and that the smugglers had left the boat in a speedboat hours before the storm', 'said'),
    s('Yusuf', 'he', '"They told us the coast was six hours away. We were at sea three days,"', 'said', 'direct'),
    s('Yusuf', '', '"My cousin was next to me. Then he was not."', '', 'direct'),
    s('A woman from the same boat', 'A woman from the same boat, who did not want her name published because she feared for relatives at home', 'passengers had paid between $1,500 and $3,000 each and had been beaten when they asked for water', 'said'),
    s(HASS, 'Pieter Hassan, a spokesman for the U.N. refugee agency', 'the agency was "deeply saddened" by the deaths', 'said', 'mixed', role='spokesman for the U.N. refugee agency'),
    s(HASS, 'Pieter Hassan, a spokesman for the U.N. refugee agency', 'governments in the region to restore search-and-rescue patrols that were cut back two years ago', 'called on', role='spokesman for the U.N. refugee agency'),
    s(HASS, 'Hassan', '"Every one of these shipwrecks is a reminder|further from anyone who can help,"', 'said', 'direct', role='spokesman for the U.N. refugee agency'),
    s(UNRA, 'the agency', 'more than 1,400 people have died or gone missing|more than in all of last year', 'according to'),
    s("Ostrania's interior ministry", "Ostrania's interior ministry", 'the survivors would be registered on Pelarno and moved to a reception center on the mainland within a week', 'said'),
    s('Silvio Acardi', 'The mayor of Pelarno, Silvio Acardi', "the island's center had room for 150 people and was now holding almost 400", 'said', role='mayor of Pelarno'),
    s('Silvio Acardi', 'Acardi', '"We will not leave anyone sleeping on the quay. But the island cannot do this alone every summer,"', 'told', 'direct', role='mayor of Pelarno'),
    s('Ostranian government', 'The Ostranian government', 'it cannot take more arrivals without help from its neighbors', 'said'),
    s('Rights groups', 'Rights groups', 'the deal', 'criticized'),
    s('volunteer hotline', "The volunteer hotline that relayed Saturday's distress call", 'it had alerted authorities nearly five hours before the patrol vessel arrived', 'said'),
    s(LUND, 'Lund', '"Our vessel sailed within 20 minutes of the alert reaching us,"', 'said', 'direct', role='spokeswoman'),
)

NIMB = 'Nimbara Cloud Services'
OKAF = 'Dara Okafor'

doc('ai03-wire-nimbara-cloud-outage', 'Bloomberg', '2033-11-21', '''
Nimbara Cloud Outage Knocks Out Bank Apps Across Northern Region

(Bloomberg) -- A seven-hour outage at Nimbara Cloud Services disrupted banking apps, airline check-in systems and hospital booking services across the provider's northern region on Thursday, the latest in a string of failures that have raised questions about how much of the financial system runs on a handful of data centers.

The problems began shortly after 8 a.m. local time, when customers in the region started reporting errors reaching databases and storage, according to Nimbara's public status page. By 3 p.m., the page said, "the majority of affected services have recovered," though some customers continued to report slow connections into the evening.

In a statement, Nimbara said a routine configuration change to its internal network had been applied to more servers than intended, cutting off storage systems from the machines that depend on them. The company said there was no sign of a cyberattack and that no customer data had been lost.

"We know how many people rely on us, and today we let them down," Chief Executive Officer Lene Vasquez-Hart wrote in a post on the company's blog. "We will publish a full account of what went wrong and what we are changing."

Nimbara, which is listed in Harlow and had revenue of $14.2 billion last year, is the third-largest cloud provider in the region, according to research firm Quillon Data. Its shares fell 3.8% in late trading.

Brightwater Bank, the region's largest lender by deposits, said its mobile app and online banking were unavailable for most of the morning, although card payments and cash machines kept working. The bank said it would refund any overdraft fees charged to customers who could not move money in time.

A second lender, Colfax Mutual, said branches had stayed open late to handle customers who could not reach their accounts online. "Our teams did what they could, but a bank whose customers can't see their balances for half a day has a problem, whoever's server it is," Colfax Mutual Chief Operating Officer Harald Brun said in an interview.

Regulators have pressed banks to show they can keep running if a single provider fails. The region's Financial Conduct Board said it was in contact with affected firms and would ask them to report on the disruption to their services within 10 business days.

Dara Okafor, an analyst at Kettering Partners, said the outage would strengthen the case for rules that treat large cloud providers as critical infrastructure, subject to direct oversight.

"Banks have spent ten years moving to the cloud to save money. The bill for resilience is now arriving," Okafor said. She estimated that fewer than a third of the region's banks could move their core systems to a second provider within a day.

Two airlines, Skarn Air and Veloce, said check-in desks at Harlow International had switched to manual processing for several hours, causing delays of up to 90 minutes. Skarn Air said no flights were canceled.

Nimbara's last major outage, in March, lasted about four hours and was blamed on a power failure at one data center. The company said then that it had added backup power to all of its sites in the region.

A person familiar with the company's internal review, who asked not to be identified because the findings aren't public, said the configuration change had passed automated checks because those checks tested it on a smaller group of servers.

Nimbara said it would give affected customers service credits under the terms of their contracts, and that the amount would depend on how long each customer's services were unavailable.
''',
    s(NIMB, "Nimbara's public status page", 'customers in the region started reporting errors reaching databases and storage', 'according to'),
    s(NIMB, 'the page', '"the majority of affected services have recovered,"', 'said', 'direct'),
    s(NIMB, 'Nimbara', 'a routine configuration change to its internal network had been applied to more servers than intended, cutting off storage systems from the machines that depend on them', 'said'),
    s(NIMB, 'The company', 'there was no sign of a cyberattack and that no customer data had been lost', 'said'),
    s('Lene Vasquez-Hart', 'Chief Executive Officer Lene Vasquez-Hart', '"We know how many people rely on us, and today we let them down,"', 'wrote', 'direct', role='Chief Executive Officer'),
    s('Lene Vasquez-Hart', '', '"We will publish a full account of what went wrong and what we are changing."', '', 'direct', role='Chief Executive Officer'),
    s('Quillon Data', 'research firm Quillon Data', 'Nimbara, which is listed in Harlow|in the region', 'according to'),
    s('Brightwater Bank', "Brightwater Bank, the region's largest lender by deposits", 'its mobile app and online banking were unavailable for most of the morning, although card payments and cash machines kept working', 'said'),
    s('Brightwater Bank', 'The bank', 'it would refund any overdraft fees charged to customers who could not move money in time', 'said'),
    s('Colfax Mutual', 'A second lender, Colfax Mutual', 'branches had stayed open late to handle customers who could not reach their accounts online', 'said'),
    s('Harald Brun', 'Colfax Mutual Chief Operating Officer Harald Brun', '"Our teams did what they could|whoever\'s server it is,"', 'said', 'direct', role='Chief Operating Officer'),
    s('Regulators', 'Regulators', 'banks to show they can keep running if a single provider fails', 'pressed'),
    s('Financial Conduct Board', "The region's Financial Conduct Board", 'it was in contact with affected firms and would ask them to report on the disruption to their services within 10 business days', 'said'),
    s(OKAF, 'Dara Okafor, an analyst at Kettering Partners', 'the outage would strengthen the case for rules that treat large cloud providers as critical infrastructure, subject to direct oversight', 'said', role='analyst'),
    s(OKAF, 'Okafor', '"Banks have spent ten years moving to the cloud to save money. The bill for resilience is now arriving,"', 'said', 'direct', role='analyst'),
    s(OKAF, 'She', "fewer than a third of the region's banks could move their core systems to a second provider within a day", 'estimated', role='analyst'),
    s('Skarn Air and Veloce', 'Two airlines, Skarn Air and Veloce', 'check-in desks at Harlow International had switched to manual processing for several hours, causing delays of up to 90 minutes', 'said'),
    s('Skarn Air', 'Skarn Air', 'no flights were canceled', 'said'),
    s(NIMB, 'The company', 'it had added backup power to all of its sites in the region', 'said'),
    s('A person familiar with the company\'s internal review', "A person familiar with the company's internal review, who asked not to be identified because the findings aren't public", 'the configuration change had passed automated checks because those checks tested it on a smaller group of servers', 'said'),
    s(NIMB, 'Nimbara', "it would give affected customers service credits under the terms of their contracts, and that the amount would depend on how long each customer's services were unavailable", 'said'),
)

DRMFA = 'Dravonian Foreign Ministry'
SKMFA = 'Foreign Ministry of Serkland'

doc('ai04-wire-dravonia-serkland-expulsions', 'Agence France-Presse', '2033-02-08', '''
Serkland expels Dravonian ambassador in tit-for-tat row over spying claims

NORVIK, Feb 8, 2033 (AFP) - Serkland on Tuesday ordered Dravonia's ambassador and four other diplomats to leave the country within 72 hours, retaliating for Dravonia's expulsion of five Serkish envoys it accused of spying on its defence industry.

The Foreign Ministry of Serkland said in a statement that the Dravonian diplomats had been declared "persona non grata" and that the measure was "a proportionate response to an unfriendly and unfounded act."

Dravonia expelled five members of Serkland's embassy staff last Thursday, saying they had tried to recruit engineers at a state shipyard in Belgar and had photographed restricted areas of a naval base.

"Serkland has chosen escalation over explanation," the Dravonian Foreign Ministry said in a response posted on its website hours after the decision. "We presented evidence. They have presented a list of names."

The ministry said Dravonia reserved the right to take "further measures," without giving details.

Ambassador Oskar Telmanis, who has served in Norvik since 2030, told reporters outside the Dravonian embassy that he regretted the decision and that he would leave "with respect for the Serkish people and no illusions about their government."

"I have spent three years building bridges. It takes one afternoon to burn them," Telmanis said, before getting into a car with diplomatic plates.

He said the embassy would continue to issue visas and help Dravonian citizens in Serkland, with a reduced staff.

Serkish Foreign Minister Agnete Rasmund, speaking at a press conference in Norvik, denied that any of the expelled Serkish diplomats had broken the law.

"Our colleagues in Belgar were doing what diplomats everywhere do. They met people, they read newspapers, they asked questions. If that is espionage, every embassy in Belgar should be closed," Rasmund said.

She said Serkland had offered to hold talks on the matter through a third country and that Dravonia had not replied.

Dravonian officials said the offer had arrived only after the Serkish diplomats were ordered out, and described it as an attempt to change the subject.

The two countries, which share a 400-kilometre land border and a busy ferry route across the Harven Strait, have seen relations sour since a dispute over fishing rights two years ago. Trade between them fell by about a fifth last year, according to Dravonian customs data.

Analysts said the expulsions were unlikely to affect trade directly but would make it harder to settle the fishing dispute, which is due before an international tribunal in the spring.

"Both capitals are playing to audiences at home. The losers are the ferry operators and the fishing towns that depend on the strait staying calm," said Ingrid Halvorsen, a researcher at the Nordmark Institute of International Affairs.

The expulsions are the largest between the two countries since the 1990s. Dravonia said it would not immediately name a replacement for its ambassador, and that its embassy in Norvik would be run by a charge d'affaires.

Both governments advised their citizens travelling to the other country to carry identity documents and to follow local news, although neither changed its travel advice.
''',
    s(SKMFA, 'The Foreign Ministry of Serkland', 'the Dravonian diplomats had been declared "persona non grata" and that the measure was "a proportionate response to an unfriendly and unfounded act."', 'said', 'mixed'),
    s('Dravonia', 'Dravonia', 'they had tried to recruit engineers at a state shipyard in Belgar and had photographed restricted areas of a naval base', 'saying'),
    s(DRMFA, 'the Dravonian Foreign Ministry', '"Serkland has chosen escalation over explanation,"', 'said', 'direct'),
    s(DRMFA, '', '"We presented evidence. They have presented a list of names."', '', 'direct'),
    s(DRMFA, 'The ministry', 'Dravonia reserved the right to take "further measures,"', 'said', 'mixed'),
    s('Oskar Telmanis', 'Ambassador Oskar Telmanis, who has served in Norvik since 2030', 'he regretted the decision and that he would leave "with respect for the Serkish people and no illusions about their government."', 'told', 'mixed', role='Ambassador'),
    s('Oskar Telmanis', 'Telmanis', '"I have spent three years building bridges. It takes one afternoon to burn them,"', 'said', 'direct', role='Ambassador'),
    s('Oskar Telmanis', 'He', 'the embassy would continue to issue visas and help Dravonian citizens in Serkland, with a reduced staff', 'said', role='Ambassador'),
    s('Agnete Rasmund', 'Serkish Foreign Minister Agnete Rasmund', 'that any of the expelled Serkish diplomats had broken the law', 'denied', role='Foreign Minister'),
    s('Agnete Rasmund', 'Rasmund', '"Our colleagues in Belgar were doing what diplomats everywhere do.|every embassy in Belgar should be closed,"', 'said', 'direct', role='Foreign Minister'),
    s('Agnete Rasmund', 'She', 'Serkland had offered to hold talks on the matter through a third country and that Dravonia had not replied', 'said', role='Foreign Minister'),
    s('Dravonian officials', 'Dravonian officials', 'the offer had arrived only after the Serkish diplomats were ordered out', 'said'),
    s('Dravonian officials', 'Dravonian officials', 'an attempt to change the subject', 'described'),
    s('Dravonian customs data', 'Dravonian customs data', 'Trade between them fell by about a fifth last year', 'according to'),
    s('Analysts', 'Analysts', 'the expulsions were unlikely to affect trade directly but would make it harder to settle the fishing dispute, which is due before an international tribunal in the spring', 'said'),
    s('Ingrid Halvorsen', 'Ingrid Halvorsen, a researcher at the Nordmark Institute of International Affairs', '"Both capitals are playing to audiences at home.|the strait staying calm,"', 'said', 'direct', role='researcher'),
    s('Dravonia', 'Dravonia', "it would not immediately name a replacement for its ambassador, and that its embassy in Norvik would be run by a charge d'affaires", 'said'),
    s('Serkland and Dravonia', 'Both governments', 'their citizens travelling to the other country to carry identity documents and to follow local news', 'advised'),
)

TRIB = 'Tribunal for Sport Arbitration'
KOVA = 'Lidia Kovalenko'
FED = 'International Rowing Federation'
AGENCY = 'Global Clean Sport Agency'

doc('ai05-wire-kovalenko-doping-appeal', 'Reuters', '2033-09-30', '''
Rower Kovalenko loses appeal, four-year doping ban upheld

LAUSENNE, Sept 30 (Reuters) - Two-time world champion rower Lidia Kovalenko lost her appeal against a four-year doping ban on Tuesday, ending her hopes of competing at next year's world championships, the Tribunal for Sport Arbitration said.

A three-member panel of the tribunal dismissed the appeal and confirmed the ban imposed last November after a sample taken from Kovalenko at an out-of-competition test in Marvell contained traces of a banned blood-boosting substance.

The panel found that the rower had "failed to establish, on the balance of probability, how the substance entered her body," the tribunal said in a summary of its ruling. It said the full reasoned award would be published within weeks.

Kovalenko, 29, had argued that the substance came from a contaminated iron supplement bought from a pharmacy during a training camp, and that the laboratory had mishandled her sample.

The panel rejected both arguments. It ruled that the supplement, tested by an independent laboratory at Kovalenko's request, had not contained the substance, and that the chain of custody of the sample had been "complete and properly documented."

In a statement released through her lawyers, Kovalenko said she was "devastated" by the decision but would keep fighting to clear her name.

"I have never knowingly taken anything banned in my life. I know the truth, even if three people in a room have decided otherwise," she said.

Her lawyer, Marco Lindqvist, said the defence was studying the ruling and would consider an appeal to the Federal Supreme Court, which can set aside arbitration awards only on narrow procedural grounds.

"The tribunal has put on an athlete a burden of proof that almost no athlete can meet," Lindqvist told Reuters.

The International Rowing Federation welcomed the ruling, saying it showed that its anti-doping rules were "robust and fairly applied."

"Nobody takes pleasure in a case like this. But clean athletes have the right to compete against clean athletes," federation president Henrik Sato said.

The Global Clean Sport Agency, which had joined the case as a party, said the decision confirmed that athletes remained responsible for everything in their bodies.

"Strict liability is tough, and it is meant to be," the agency's director general, Amara Fielding, said in an emailed comment. "Without it, every positive test becomes an argument about a pharmacy receipt."

Kovalenko won world titles in the single sculls in 2029 and 2031 and was one of the most popular figures in the sport. Her ban runs until November 2036, and her results since the positive test have been erased.

The case divided her teammates. Double sculls partner Nadia Brennan said on social media that she "stands with Lidia 100 percent," while former national coach Ulrik Dahl told a radio station that the sport "cannot make exceptions for people we like."

The national rowing association said it would respect the ruling and would not select Kovalenko for any event while the ban was in force.

(Reporting by Sofia Marchetti; Editing by Ken Ferris)
''',
    s(TRIB, 'the Tribunal for Sport Arbitration', 'Two-time world champion rower Lidia Kovalenko lost her appeal against a four-year doping ban on Tuesday|world championships', 'said'),
    s(TRIB, 'The panel', 'the rower had "failed to establish, on the balance of probability, how the substance entered her body,"', 'found', 'mixed'),
    s(TRIB, 'It', 'the full reasoned award would be published within weeks', 'said'),
    s(KOVA, 'Kovalenko', 'the substance came from a contaminated iron supplement bought from a pharmacy during a training camp, and that the laboratory had mishandled her sample', 'argued'),
    s(TRIB, 'It', 'the supplement, tested by an independent laboratory at Kovalenko\'s request, had not contained the substance, and that the chain of custody of the sample had been "complete and properly documented."', 'ruled', 'mixed'),
    s(KOVA, 'Kovalenko', 'she was "devastated" by the decision but would keep fighting to clear her name', 'said', 'mixed'),
    s(KOVA, 'she', '"I have never knowingly taken anything banned in my life.|have decided otherwise,"', 'said', 'direct'),
    s('Marco Lindqvist', 'Her lawyer, Marco Lindqvist', 'the defence was studying the ruling and would consider an appeal to the Federal Supreme Court, which can set aside arbitration awards only on narrow procedural grounds', 'said', role='lawyer'),
    s('Marco Lindqvist', 'Lindqvist', '"The tribunal has put on an athlete a burden of proof that almost no athlete can meet,"', 'told', 'direct', role='lawyer'),
    s(FED, 'The International Rowing Federation', 'the ruling', 'welcomed'),
    s(FED, 'The International Rowing Federation', 'it showed that its anti-doping rules were "robust and fairly applied."', 'saying', 'mixed'),
    s('Henrik Sato', 'federation president Henrik Sato', '"Nobody takes pleasure in a case like this. But clean athletes have the right to compete against clean athletes,"', 'said', 'direct', role='federation president'),
    s(AGENCY, 'The Global Clean Sport Agency, which had joined the case as a party', 'the decision confirmed that athletes remained responsible for everything in their bodies', 'said'),
    s('Amara Fielding', "the agency's director general, Amara Fielding", '"Strict liability is tough, and it is meant to be,"', 'said', 'direct', role='director general'),
    s('Amara Fielding', '', '"Without it, every positive test becomes an argument about a pharmacy receipt."', '', 'direct', role='director general'),
    s('Nadia Brennan', 'Double sculls partner Nadia Brennan', 'she "stands with Lidia 100 percent,"', 'said', 'mixed', role='Double sculls partner'),
    s('Ulrik Dahl', 'former national coach Ulrik Dahl', 'the sport "cannot make exceptions for people we like."', 'told', 'mixed', role='former national coach'),
    s('national rowing association', 'The national rowing association', 'it would respect the ruling and would not select Kovalenko for any event while the ban was in force', 'said'),
)
