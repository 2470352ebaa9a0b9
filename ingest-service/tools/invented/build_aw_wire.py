"""Set AW's five wire stories (see build_aw.py)."""
from invented_common import doc_spans as doc, s

VCAA = 'Veldrian Civil Aviation Authority'
VVI = 'Veldrian Volcanological Institute'
ARVE = 'Tomas Arvenik'
OSLU = 'Margit Oslund'
KALD = 'Ines Kaldor'
DROS = 'Pavel Drossen'
VPA = "Veldrian Pilots' Association"

doc('aw01-wire-veldria-volcanic-ash-flight-ban', 'Reuters', '2035-04-09', '''
Veldria shuts airspace as ash from Mount Harrak drifts south - aviation authority

SOLMERE, April 9 (Reuters) - Veldria closed its airspace to all commercial flights on Monday as a plume of volcanic ash from Mount Harrak drifted over the capital, and the ban will stay in place until at least Wednesday morning, the Veldrian Civil Aviation Authority said.

About 640 flights to, from and over Veldria were cancelled on Monday, stranding tens of thousands of passengers across the region, according to figures compiled by the air traffic network manager Aerolink Central.

The authority said in a notice to airmen that ash concentrations above 4 milligrams per cubic metre had been measured at 20,000 feet over Solmere on Monday morning.

Harrak, a 2,900-metre volcano about 120 km north of the capital, began erupting on Saturday after three weeks of small earthquakes. It last erupted in 1987, when ash closed the country's two airports for five days.

The Veldrian Volcanological Institute said the eruption showed no sign of slowing and that a column of ash was rising about 9 km above the crater.

"We are seeing pulses every 20 to 30 minutes. It could stop tomorrow or go on for weeks, and nobody can honestly tell you which," said Tomas Arvenik, the institute's chief volcanologist.

Arvenik said winds were forecast to turn westerly on Tuesday night, which could push the plume out to sea.

Flag carrier Veldair said it had cancelled all 212 of its flights on Monday and Tuesday and would offer refunds or free rebooking to passengers.

Its chief executive, Margit Oslund, told reporters at Solmere airport that the airline was losing about 3 million euros a day and called on the government to cover part of the cost, as it had during the 2031 eruption of Mount Ebbe in neighbouring Rasmark.

The government has not said whether it will do so.

At the airport, hundreds of passengers slept on the floor of the departure hall, and the airport operator handed out blankets and bottled water. Hotel rooms in Solmere were sold out by Monday evening.

"Nobody tells us anything. The screens just say 'cancelled' and then the staff go home," said Ines Kaldor, a nurse trying to get back to her hospital in Brennholt.

"I start a night shift on Wednesday. I will be there if I have to take a bus for two days."

Transport Minister Pavel Drossen said the state railway would add 40 carriages on routes to neighbouring countries and that bus companies had offered 150 coaches.

Asked whether the ban was too cautious, given that airlines elsewhere had flown through thinner ash in the past, Drossen said: "I would rather explain to passengers why they are late than explain to families why a plane came down."

The Veldrian Pilots' Association questioned the threshold, saying the measurements had been taken by a single research aircraft and might not reflect conditions on the main flight routes.

Ash fell as a fine grey powder on towns north of Solmere, and schools in three of them were closed on Monday. Farmers covered water troughs with plastic sheeting, and the national football league postponed two weekend matches in the north. Rail operator Veldrail sold out its international trains for Tuesday within hours.

The institute said on Sunday that it had raised the volcano's alert level to orange, the second highest, and would keep it there until the eruption weakened.

(Reporting by Anna Lisk; Editing by Piet Morrow)
''',
    s(VCAA, 'aviation authority', 'Veldria shuts airspace as ash from Mount Harrak drifts south', ''),
    s(VCAA, 'the Veldrian Civil Aviation Authority', 'Veldria closed its airspace to all commercial flights on Monday|until at least Wednesday morning', 'said'),
    s('Aerolink Central', 'the air traffic network manager Aerolink Central', 'About 640 flights to, from and over Veldria were cancelled on Monday, stranding tens of thousands of passengers across the region', 'according to'),
    s(VCAA, 'The authority', 'ash concentrations above 4 milligrams per cubic metre had been measured at 20,000 feet over Solmere on Monday morning', 'said'),
    s(VVI, 'The Veldrian Volcanological Institute', 'the eruption showed no sign of slowing and that a column of ash was rising about 9 km above the crater', 'said'),
    s(ARVE, 'Tomas Arvenik', '"We are seeing pulses every 20 to 30 minutes.|nobody can honestly tell you which,"', 'said', 'direct', role='chief volcanologist'),
    s(ARVE, 'Arvenik', 'winds were forecast to turn westerly on Tuesday night, which could push the plume out to sea', 'said', role='chief volcanologist'),
    s('Veldair', 'Flag carrier Veldair', 'it had cancelled all 212 of its flights on Monday and Tuesday and would offer refunds or free rebooking to passengers', 'said'),
    s(OSLU, 'Its chief executive, Margit Oslund', 'the airline was losing about 3 million euros a day', 'told', role='chief executive'),
    s(OSLU, '', 'the government to cover part of the cost, as it had during the 2031 eruption of Mount Ebbe in neighbouring Rasmark', 'called on', role='chief executive'),
    s(KALD, 'Ines Kaldor', '"Nobody tells us anything. The screens just say \'cancelled\' and then the staff go home,"', 'said', 'direct', role='nurse'),
    s(KALD, '', '"I start a night shift on Wednesday. I will be there if I have to take a bus for two days."', '', 'direct', role='nurse'),
    s(DROS, 'Transport Minister Pavel Drossen', 'the state railway would add 40 carriages on routes to neighbouring countries and that bus companies had offered 150 coaches', 'said', role='Transport Minister'),
    s(DROS, 'Drossen', '"I would rather explain to passengers why they are late than explain to families why a plane came down."', 'said', 'direct', role='Transport Minister'),
    s(VPA, "The Veldrian Pilots' Association", 'the threshold', 'questioned'),
    s(VPA, '', 'the measurements had been taken by a single research aircraft and might not reflect conditions on the main flight routes', 'saying'),
    s(VVI, 'The institute', "it had raised the volcano's alert level to orange, the second highest, and would keep it there until the eruption weakened", 'said'),
)

CTPF = "Carvell Teachers' Pension Fund"
SOLL = 'Renata Sollis'
CFT = 'Carvell Federation of Teachers'
BRAN = 'Hugo Brandt'
MAUR = 'Odile Maurand'

doc('aw02-wire-carvell-teachers-pension-fund-loss', 'Bloomberg', '2035-09-14', '''
Carvell Teachers' Pension Fund Loses 7.4% as Office Towers Sink

- Fund's chief investment officer says property writedowns are mostly over
- Union calls for independent review of investment strategy

(Bloomberg) -- The Carvell Teachers' Pension Fund lost 7.4% in the year through June, its first annual loss since 2025, as writedowns on office towers in three cities wiped out gains in stocks and bonds, the fund said in its annual report released Thursday.

The fund, which manages 68 billion Carvell dollars for about 190,000 working and retired teachers, cut the value of its property holdings by 21%, according to the report. Property made up 24% of its assets a year earlier, one of the highest shares among public pension plans of its size.

"We held too much office space for too long, and we paid for it," Chief Investment Officer Renata Sollis said in an interview. "Most of the pain is behind us. The buildings we still own are mostly full."

Sollis said the fund had sold four buildings this year at prices close to their written-down values.

Public pension funds around the world have struggled with office holdings since remote and hybrid work emptied city centres in the early 2020s. Returns at the fund's peers were mixed: the Harbour Provinces Public Employees Plan posted a 3.1% gain for the same period, while Norrland Civil Service Pension lost 2.2%.

The Carvell Federation of Teachers, which represents about 60,000 active members, said in a statement that the loss "raises serious questions" about the fund's strategy and called for an independent review of how its property investments were approved.

Benefits are guaranteed by law and will not be affected, the fund said.

A shortfall could, however, force the province to raise contributions from teachers and school boards, according to Hugo Brandt, a pension analyst at Meridale Securities. The fund's funded ratio, a measure of assets against promised benefits, fell to 94% from 103%, Brandt estimated.

"Below 100%, the law requires a recovery plan, and recovery plans mean either higher contributions or lower indexation," Brandt wrote in a note to clients on Friday.

Carvell Finance Minister Odile Maurand told lawmakers on Thursday that the province had "no plans" to raise contributions this year but would wait for the fund's actuarial valuation in November.

The fund's board chairman, Elias Karpf, declined to comment on whether bonuses for the investment team would be cut. Karpf, a former school principal, was appointed chairman in 2032 after the province changed the board's rules to add more members with investment experience.

Two people familiar with the board's discussions said directors had asked the investment team to present a plan to sell at least a third of the remaining office portfolio by the end of 2036. They asked not to be identified because the talks are private.

The fund's office holdings include the 40-storey Lumen Tower in Port Carvell, which is 61% leased, according to data from property broker Asterby & Lowe. The fund bought the tower in 2028 for 1.1 billion Carvell dollars.

--With assistance from Tove Lindahl.
''',
    s(SOLL, "Fund's chief investment officer", 'property writedowns are mostly over', 'says', role='chief investment officer'),
    s(CFT, 'Union', 'independent review of investment strategy', 'calls for'),
    s(CTPF, 'the fund', "The Carvell Teachers' Pension Fund lost 7.4% in the year through June|wiped out gains in stocks and bonds", 'said'),
    s(CTPF, 'the report', 'The fund, which manages 68 billion Carvell dollars|cut the value of its property holdings by 21%', 'according to'),
    s(SOLL, 'Chief Investment Officer Renata Sollis', '"We held too much office space for too long, and we paid for it,"', 'said', 'direct', role='Chief Investment Officer'),
    s(SOLL, '', '"Most of the pain is behind us. The buildings we still own are mostly full."', '', 'direct', role='Chief Investment Officer'),
    s(SOLL, 'Sollis', 'the fund had sold four buildings this year at prices close to their written-down values', 'said', role='Chief Investment Officer'),
    s(CFT, 'The Carvell Federation of Teachers', 'the loss "raises serious questions" about the fund\'s strategy', 'said', 'mixed'),
    s(CFT, '', 'an independent review of how its property investments were approved', 'called for'),
    s(CTPF, 'the fund', 'Benefits are guaranteed by law and will not be affected', 'said'),
    s(BRAN, 'Hugo Brandt', 'A shortfall could, however, force the province to raise contributions from teachers and school boards', 'according to', role='pension analyst'),
    s(BRAN, 'Brandt', "The fund's funded ratio, a measure of assets against promised benefits, fell to 94% from 103%", 'estimated', role='pension analyst'),
    s(BRAN, 'Brandt', '"Below 100%, the law requires a recovery plan|lower indexation,"', 'wrote', 'direct', role='pension analyst'),
    s(MAUR, 'Carvell Finance Minister Odile Maurand', 'the province had "no plans" to raise contributions this year but would wait for the fund\'s actuarial valuation in November', 'told', 'mixed', role='Finance Minister'),
    s("Two people familiar with the board's discussions", "Two people familiar with the board's discussions", 'directors had asked the investment team to present a plan|by the end of 2036', 'said'),
    s('Asterby & Lowe', 'property broker Asterby & Lowe', "The fund's office holdings include the 40-storey Lumen Tower in Port Carvell, which is 61% leased", 'according to'),
)

ACHE = 'Lionel Acheson'
SADE = 'St. Adela Regional Medical Center'
WHIT = 'Dana Whitlock'
VENN = 'Priya Venn'
AMUN = 'Beth Amundsen'
DELG = 'Marcy Delgado'
HALL = 'Gwen Halloway'
ORRI = 'Max Orrin'

doc('aw03-wire-eastbrook-hospital-ransomware', 'Associated Press', '2035-05-16', '''
Ransomware attack forces Eastbrook hospital to divert ambulances

EASTBROOK, Ardell (AP) — A ransomware attack shut down computer systems at St. Adela Regional Medical Center on Tuesday, forcing the hospital to send ambulances elsewhere and to cancel dozens of surgeries, hospital officials said.

The hospital's president, Dr. Lionel Acheson, said at a news conference that staff had switched to paper records and that the emergency room remained open to patients who walked in.

"Our doctors and nurses trained for exactly this. They are charting by hand, the way many of them did at the start of their careers," Acheson said.

He would not say whether the hospital had been asked for a ransom or whether patient records had been taken.

A spokeswoman for the state attorney general's Cyber Crimes Unit, Dana Whitlock, confirmed that the unit was investigating but declined to give details.

A group calling itself Cinder Moth claimed responsibility on a dark web site on Wednesday, saying it had copied 1.2 terabytes of data, including patient records. The claim could not be independently verified.

Cybersecurity researcher Priya Venn of the firm Halcyte, who tracks ransomware groups, said Cinder Moth had attacked at least 11 hospitals in the past year and usually published stolen data when it was not paid.

By Wednesday afternoon, a sign taped to the main entrance read "Emergency open. Computers down. Please be patient." Pharmacists were filling prescriptions from handwritten orders, and lab results were being carried between floors by volunteers.

Nearby hospitals felt the strain. At Calder Valley Hospital, 20 miles away, the emergency department saw twice its usual number of ambulances on Tuesday night, according to its chief nursing officer, Beth Amundsen.

"We were ready, but nobody is ready for twice," she said.

Marcy Delgado, 67, said her husband's knee replacement was canceled an hour before he was due in the operating room.

"They had already taken his blood pressure and put the gown on him. Then a nurse came in, the computers were down, and everyone had to go home," Delgado said.

St. Adela, a 380-bed hospital, is the largest employer in Eastbrook and the only trauma center within 50 miles. Ambulance crews in the county were told to take heart attack and stroke patients to Calder Valley or to Mercy Ridge Hospital, about 40 minutes away.

The hospital said Thursday that it hoped to restore its main systems by the weekend and would notify any patients whose information had been taken.

State Sen. Gwen Halloway, a member of the Senate technology committee, said she would introduce a bill requiring hospitals to keep offline backups of patient records.

Hospitals have become frequent targets because they cannot afford to be offline for long, said Max Orrin, a former federal cybersecurity official who now teaches at Lakeport University.

"Every hour they're down, patients are being put at risk. The criminals know that, and they price it in," Orrin said.

The attack is the third on a hospital in the state this year, according to the Ardell Hospital Association.

St. Adela's parent company, Concord Health Partners, did not respond to emails seeking comment.
''',
    s('hospital officials', 'hospital officials', 'A ransomware attack shut down computer systems at St. Adela Regional Medical Center on Tuesday|to cancel dozens of surgeries', 'said'),
    s(ACHE, "The hospital's president, Dr. Lionel Acheson", 'staff had switched to paper records and that the emergency room remained open to patients who walked in', 'said', role='president'),
    s(ACHE, 'Acheson', '"Our doctors and nurses trained for exactly this.|at the start of their careers,"', 'said', 'direct', role='president'),
    s(WHIT, "A spokeswoman for the state attorney general's Cyber Crimes Unit, Dana Whitlock", 'the unit was investigating', 'confirmed', role='spokeswoman'),
    s('Cinder Moth', 'A group calling itself Cinder Moth', 'responsibility', 'claimed'),
    s('Cinder Moth', 'A group calling itself Cinder Moth', 'it had copied 1.2 terabytes of data, including patient records', 'saying'),
    s(VENN, 'Cybersecurity researcher Priya Venn', 'Cinder Moth had attacked at least 11 hospitals in the past year and usually published stolen data when it was not paid', 'said', role='Cybersecurity researcher'),
    s(AMUN, 'its chief nursing officer, Beth Amundsen', 'At Calder Valley Hospital, 20 miles away, the emergency department saw twice its usual number of ambulances on Tuesday night', 'according to', role='chief nursing officer'),
    s(AMUN, 'she', '"We were ready, but nobody is ready for twice,"', 'said', 'direct', role='chief nursing officer'),
    s(DELG, 'Marcy Delgado', "her husband's knee replacement was canceled an hour before he was due in the operating room", 'said'),
    s(DELG, 'Delgado', '"They had already taken his blood pressure|everyone had to go home,"', 'said', 'direct'),
    s(SADE, 'The hospital', 'it hoped to restore its main systems by the weekend and would notify any patients whose information had been taken', 'said'),
    s(HALL, 'State Sen. Gwen Halloway', 'she would introduce a bill requiring hospitals to keep offline backups of patient records', 'said', role='State Sen.'),
    s(ORRI, 'Max Orrin', 'Hospitals have become frequent targets because they cannot afford to be offline for long', 'said', role='former federal cybersecurity official'),
    s('Ardell Hospital Association', 'the Ardell Hospital Association', 'The attack is the third on a hospital in the state this year', 'according to'),
    s(ORRI, 'Orrin', '"Every hour they\'re down, patients are being put at risk. The criminals know that, and they price it in,"', 'said', 'direct', role='former federal cybersecurity official'),
)

ODR = 'Oriel Deep Recovery'
QUEL = 'Adaora Quellin'
VALL = 'Henrik Vallo'
FERR = 'Luz Ferrando'
DUBR = 'Ines Dubrec'
OLIV = 'Marta Olivenza'

doc('aw04-wire-cantara-galleon-gold-dispute', 'AFP', '2035-09-12', '''
Two states and a salvage firm battle in court over sunken galleon's gold

LISSARO, Cantara, Sept 12, 2035 (AFP) - A court in Cantara on Thursday began hearing a three-way dispute over some 9,000 gold coins raised from the wreck of the Santa Ismene, a galleon that sank off the Cantaran coast in 1708, with the island state of Porvena also claiming the treasure as its national heritage.

The coins, worth an estimated 140 million euros, were brought up last year by Oriel Deep Recovery, a salvage company registered in Vessenburg, which says it spent eight years and 30 million euros searching for the wreck.

"The Santa Ismene was carrying the wages of an entire colony. This is not treasure, it is our history," Porvena's culture minister, Adaora Quellin, told AFP outside the courthouse.

Porvena, which was a colony when the ship sailed, argues that the coins were minted from gold mined on its territory by enslaved labourers.

Cantara's government says the wreck lies in its territorial waters and that under its heritage law anything on the seabed older than 100 years belongs to the state.

Lawyers for Oriel Deep said the company had found the wreck in international waters, 14 nautical miles from the coast, and was entitled to a salvage award of at least half the coins' value.

The company's founder, Henrik Vallo, said the location had been recorded by satellite and confirmed by a Cantaran navy survey ship in 2033.

"We have the coordinates, the photographs and the logbooks," he said. "What Cantara has is a map it drew last year."

Cantara's deputy attorney general, Luz Ferrando, told the court that the navy survey had been "a courtesy, not an endorsement" and that its measurements relied on an outdated chart.

Under the Lissaro Convention on Submerged Heritage, which Cantara has ratified and Porvena has not, wrecks of historic importance may not be commercially exploited.

Marine archaeologist Ines Dubrec, who is not involved in the case, said the dispute showed how little protection old wrecks had once a salvage company found them.

"Every coin that comes up without a proper excavation destroys information we can never get back," she said, adding that Oriel Deep had raised the coins in six weeks, "which is the speed of a harvest, not a dig".

Oriel Deep has denied damaging the site.

The coins are being kept in a bank vault in Lissaro under a court order. Presiding judge Marta Olivenza said she would rule before the end of the year.

A spokesperson for Oriel Deep declined to say how much the company expected to earn from any award.

Several descendants' associations in Porvena have written to the court asking that the coins be returned to the island, where a museum to hold them has already been designed.

The hearing, in a small courtroom in Lissaro's old customs house, drew a crowd of Porvenan students waving small flags and chanting "Bring them home" on the steps outside. Police kept them behind a barrier, and a van with Porvena's ambassador arrived through a side gate.

The Santa Ismene left Porvena in October 1708 with 600 passengers and crew and sank in a storm two days later. Only 11 people survived.
''',
    s(ODR, 'which', 'it spent eight years and 30 million euros searching for the wreck', 'says'),
    s(QUEL, "Porvena's culture minister, Adaora Quellin", '"The Santa Ismene was carrying the wages of an entire colony. This is not treasure, it is our history,"', 'told', 'direct', role='culture minister'),
    s('Porvena', 'Porvena', 'the coins were minted from gold mined on its territory by enslaved labourers', 'argues'),
    s("Cantara's government", "Cantara's government", 'the wreck lies in its territorial waters and that under its heritage law anything on the seabed older than 100 years belongs to the state', 'says'),
    s('Lawyers for Oriel Deep', 'Lawyers for Oriel Deep', "the company had found the wreck in international waters|at least half the coins' value", 'said'),
    s(VALL, "The company's founder, Henrik Vallo", 'the location had been recorded by satellite and confirmed by a Cantaran navy survey ship in 2033', 'said', role='founder'),
    s(VALL, 'he', '"We have the coordinates, the photographs and the logbooks,"', 'said', 'direct', role='founder'),
    s(VALL, '', '"What Cantara has is a map it drew last year."', '', 'direct', role='founder'),
    s(FERR, "Cantara's deputy attorney general, Luz Ferrando", 'the navy survey had been "a courtesy, not an endorsement" and that its measurements relied on an outdated chart', 'told', 'mixed', role='deputy attorney general'),
    s(DUBR, 'Marine archaeologist Ines Dubrec', 'the dispute showed how little protection old wrecks had once a salvage company found them', 'said', role='Marine archaeologist'),
    s(DUBR, 'she', '"Every coin that comes up without a proper excavation destroys information we can never get back,"', 'said', 'direct', role='Marine archaeologist'),
    s(DUBR, '', 'Oriel Deep had raised the coins in six weeks, "which is the speed of a harvest, not a dig"', 'adding', 'mixed', role='Marine archaeologist'),
    s(ODR, 'Oriel Deep', 'damaging the site', 'denied'),
    s(OLIV, 'Presiding judge Marta Olivenza', 'she would rule before the end of the year', 'said', role='Presiding judge'),
    s("Several descendants' associations in Porvena", "Several descendants' associations in Porvena", 'the coins be returned to the island', 'asking'),
)

PSL = 'Pelham State Lottery'
BERG = 'Anita Berglund'
PEEL = 'Curtis Peel'
KITT = 'Dwayne Kittering'
OSTE = 'Rafael Osterman'
RUIZ = 'Jenna Ruiz'

doc('aw05-wire-pelham-lottery-payout-error', 'Associated Press', '2035-02-12', '''
Lottery says software glitch sent $2.1 million to wrong winners

MERRITTON, Pelham (AP) — A software error caused the Pelham State Lottery to pay $2.1 million in prizes to the wrong ticket holders after a Saturday draw, and the lottery is asking about 300 players to give the money back, lottery officials said Monday.

The error matched tickets against the previous week's winning numbers for about 14 hours before it was caught, Lottery Director Anita Berglund said.

"We made a mistake, and we own it," Berglund said. "But the law is clear that a prize can only be paid on a winning ticket, and those tickets did not win."

She said players who had already spent the money would be offered payment plans, and that nobody would be charged interest.

The lottery first noticed the problem on Sunday morning, when a convenience store owner in Ashby called its hotline to ask why so many customers were cashing winning tickets for a draw that had produced only two small winners.

Store owner Manny Reyes said he had paid out about $3,000 before he realized something was wrong.

"One guy came in twice in an hour. I told him he was having a very good weekend," Reyes said.

Most of the wrong payments were for a few hundred dollars, paid out at convenience stores. About 30 were for more than $10,000 and were paid by direct deposit from the lottery's headquarters.

One of those players, Curtis Peel, a 58-year-old truck driver from Halden Falls, said he had received $9,800 and used it to pay off a car loan.

"They want it back? They gave it to me. I didn't hack anything," Peel said.

State Rep. Dwayne Kittering, a Republican from Merritton, called the demand for repayment "outrageous" and said the lottery should absorb the loss.

The lottery's vendor, Brightline Gaming Systems, said in a statement that a faulty update to its draw-matching software was to blame and that it would reimburse the lottery for any money it could not recover.

Lottery Commission Chairman Rafael Osterman said the commission would vote next week on whether to cancel Brightline's contract, which runs until 2038.

Asked whether players could be sued, Osterman said: "That is the last thing anybody wants, and we have not discussed it."

According to the lottery's rules, printed on the back of every ticket, the lottery's draw records, not the payment, determine whether a ticket won.

Consumer lawyer Jenna Ruiz said players who received the money in good faith might have a defense under state law but would probably have to repay it.

The Pelham State Lottery sold $1.4 billion in tickets last year and sent about $390 million to the state's school fund.

About 40 players had returned the money by Monday afternoon, the lottery said.
''',
    s('lottery officials', 'Lottery', 'software glitch sent $2.1 million to wrong winners', 'says'),
    s('lottery officials', 'lottery officials', 'A software error caused the Pelham State Lottery to pay $2.1 million|to give the money back', 'said'),
    s(BERG, 'Lottery Director Anita Berglund', "The error matched tickets against the previous week's winning numbers for about 14 hours before it was caught", 'said', role='Lottery Director'),
    s(BERG, 'Berglund', '"We made a mistake, and we own it,"', 'said', 'direct', role='Lottery Director'),
    s(BERG, '', '"But the law is clear that a prize can only be paid on a winning ticket, and those tickets did not win."', '', 'direct', role='Lottery Director'),
    s(BERG, 'She', 'players who had already spent the money would be offered payment plans, and that nobody would be charged interest', 'said', role='Lottery Director'),
    s('Manny Reyes', 'Store owner Manny Reyes', 'he had paid out about $3,000 before he realized something was wrong', 'said', role='Store owner'),
    s('Manny Reyes', 'Reyes', '"One guy came in twice in an hour. I told him he was having a very good weekend,"', 'said', 'direct', role='Store owner'),
    s(PEEL, 'Curtis Peel', 'he had received $9,800 and used it to pay off a car loan', 'said', role='truck driver'),
    s(PEEL, 'Peel', '"They want it back? They gave it to me. I didn\'t hack anything,"', 'said', 'direct', role='truck driver'),
    s(KITT, 'State Rep. Dwayne Kittering', 'the demand for repayment "outrageous"', 'called', 'mixed', role='State Rep.'),
    s(KITT, '', 'the lottery should absorb the loss', 'said', role='State Rep.'),
    s('Brightline Gaming Systems', "The lottery's vendor, Brightline Gaming Systems", 'a faulty update to its draw-matching software was to blame|any money it could not recover', 'said'),
    s(OSTE, 'Lottery Commission Chairman Rafael Osterman', "the commission would vote next week on whether to cancel Brightline's contract, which runs until 2038", 'said', role='Lottery Commission Chairman'),
    s(OSTE, 'Osterman', '"That is the last thing anybody wants, and we have not discussed it."', 'said', 'direct', role='Lottery Commission Chairman'),
    s(PSL, "the lottery's rules", "the lottery's draw records, not the payment, determine whether a ticket won", 'According to'),
    s(RUIZ, 'Consumer lawyer Jenna Ruiz', 'players who received the money in good faith might have a defense under state law but would probably have to repay it', 'said', role='Consumer lawyer'),
    s(PSL, 'the lottery', 'About 40 players had returned the money by Monday afternoon', 'said'),
)
