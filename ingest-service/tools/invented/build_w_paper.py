"""Set W's five North American newspaper articles (see build_w.py)."""
from invented_common import doc_spans as doc, s

VINT = 'Rosalind Quimberly-Nakagawara'
PLA = 'Miriam Castellvane-Prycewell'
DEF = 'Howard Teitelbaum-Vancemore'
EXP = 'Vernon Ashmeadow-Kimathiwa'

doc('w12-paper-court-vineyard-herbicide-drift-trial', 'The Carradine Courier', '2028-06-07', '''
Vintner tells jury spray drift ‘burned’ her harvest; neighbor’s lawyer blames a May frost

Owner of Larkspur Hollow says she lost $1.2 million; defense says her own weather station tells the story

By Corinne Delahaye-Mbatha
Courier Staff Writer

HOLLENBECK — The owner of a small vineyard in the Chalkwater Valley told a jury Tuesday that a weed killer sprayed on the neighboring farm drifted across the property line in the spring of 2026 and destroyed most of her grapes.

“I walked out on the morning of May 14 and the leaves were curled like paper that had been held over a flame,” testified Rosalind Quimberly-Nakagawara, 58, who has grown pinot gris and riesling on 22 acres outside Brackmoor since 2004.

Quimberly-Nakagawara is suing Brisco Acres, a 3,000-acre soybean operation run by brothers Dale and Warren Esterbrook-Ruizvela, for $1.2 million in lost crops and replanting costs.

Her lawyer, Miriam Castellvane-Prycewell, told jurors in her opening statement that lab tests on leaves collected two days after the spraying found residues of dicamba “at levels no vineyard survives.” She said the farm’s own application records showed the herbicide was sprayed on an afternoon when the temperature reached 91 degrees, conditions in which the chemical is known to turn to vapor and travel.

The defense has a different explanation. Howard Teitelbaum-Vancemore, who represents the brothers, told the jury that the damage was caused by a hard frost on the night of May 11, not by anything his clients did.

“The plaintiff’s own weather station recorded 29 degrees that night,” he said. “You will see the log. Nobody sprayed the frost.”

On cross-examination, Quimberly-Nakagawara acknowledged that she had not run her frost fans that night. “We didn’t think it would get that cold,” she said. “It hadn’t, not in May, in 20 years.”

Later Tuesday, plant pathologist Vernon Ashmeadow-Kimathiwa, called by the plaintiff, testified that frost and herbicide damage look different under a microscope and that the leaves he examined showed “the classic cupping” caused by growth-regulator herbicides.

Under questioning from Teitelbaum-Vancemore, the scientist conceded that he had not visited the vineyard until three weeks after the damage was reported.

The state Department of Agriculture investigated Quimberly-Nakagawara’s complaint in 2026. Its report, which both sides entered into evidence, found that the spraying had been done at wind speeds within the limits on the product’s label. It did not reach a conclusion on the cause of the damage.

The case is being closely watched by growers in the valley, where vineyards and row crops increasingly sit side by side. The Chalkwater Valley Winegrowers Association says at least nine of its members have reported similar damage since 2024.

Warren Esterbrook-Ruizvela is expected to testify Wednesday. Outside the courtroom, his brother said the family had farmed the land for four generations “without a single complaint until now.”

“We follow the label. We always have,” said Dale Esterbrook-Ruizvela, 61. “If there’s a problem with the product, take it up with the company that makes it.”

The manufacturer, which is not a party to the lawsuit, did not respond to a request for comment.

Castellvane-Prycewell said after court that her client was “not out to ruin anybody.”

“She wants what any farmer would want,” the lawyer said. “To be able to grow her crop.”

Superior Court Judge Annette Morrowbie-Kalunga told jurors to expect closing arguments early next week.
''',
    s(VINT, 'Vintner', 'spray drift ‘burned’ her harvest', 'tells', 'mixed', role='owner of a small vineyard'),
    s(DEF, 'neighbor’s lawyer', 'a May frost', 'blames', role='lawyer for the brothers'),
    s(VINT, 'Owner of Larkspur Hollow', 'she lost $1.2 million', 'says', role='owner of a small vineyard'),
    s(DEF, 'defense', 'her own weather station tells the story', 'says', role='lawyer for the brothers'),
    s(VINT, 'The owner of a small vineyard in the Chalkwater Valley', 'a weed killer sprayed on the neighboring farm drifted across the property line in the spring of 2026 and destroyed most of her grapes', 'told', role='owner of a small vineyard'),
    s(VINT, 'Rosalind Quimberly-Nakagawara, 58, who has grown pinot gris and riesling on 22 acres outside Brackmoor since 2004', '“I walked out on the morning of May 14 and the leaves were curled like paper that had been held over a flame,”', 'testified', 'direct', role='owner of a small vineyard'),
    s(PLA, 'Her lawyer, Miriam Castellvane-Prycewell', 'lab tests on leaves collected two days after the spraying found residues of dicamba “at levels no vineyard survives.”', 'told', 'mixed', role='lawyer'),
    s(PLA, 'She', 'the farm’s own application records showed the herbicide was sprayed on an afternoon when the temperature reached 91 degrees, conditions in which the chemical is known to turn to vapor and travel', 'said', role='lawyer'),
    s(DEF, 'Howard Teitelbaum-Vancemore, who represents the brothers', 'the damage was caused by a hard frost on the night of May 11, not by anything his clients did', 'told', role='lawyer for the brothers'),
    s(DEF, 'he', '“The plaintiff’s own weather station recorded 29 degrees that night,”', 'said', 'direct', role='lawyer for the brothers'),
    s(DEF, '', '“You will see the log. Nobody sprayed the frost.”', '', 'direct', role='lawyer for the brothers'),
    s(VINT, 'Quimberly-Nakagawara', 'she had not run her frost fans that night', 'acknowledged', role='owner of a small vineyard'),
    s(VINT, 'she', '“We didn’t think it would get that cold,”', 'said', 'direct', role='owner of a small vineyard'),
    s(VINT, '', '“It hadn’t, not in May, in 20 years.”', '', 'direct', role='owner of a small vineyard'),
    s(EXP, 'plant pathologist Vernon Ashmeadow-Kimathiwa, called by the plaintiff', 'frost and herbicide damage look different under a microscope and that the leaves he examined showed “the classic cupping” caused by growth-regulator herbicides', 'testified', 'mixed', role='plant pathologist'),
    s(EXP, 'the scientist', 'he had not visited the vineyard until three weeks after the damage was reported', 'conceded', role='plant pathologist'),
    s('The state Department of Agriculture', 'Its report', 'the spraying had been done at wind speeds within the limits on the product’s label', 'found'),
    s('The Chalkwater Valley Winegrowers Association', 'The Chalkwater Valley Winegrowers Association', 'at least nine of its members have reported similar damage since 2024', 'says'),
    s('Dale Esterbrook-Ruizvela', 'his brother', 'the family had farmed the land for four generations “without a single complaint until now.”', 'said', 'mixed'),
    s('Dale Esterbrook-Ruizvela', 'Dale Esterbrook-Ruizvela, 61', '“We follow the label. We always have,”', 'said', 'direct'),
    s('Dale Esterbrook-Ruizvela', '', '“If there’s a problem with the product, take it up with the company that makes it.”', '', 'direct'),
    s(PLA, 'Castellvane-Prycewell', 'her client was “not out to ruin anybody.”', 'said', 'mixed', role='lawyer'),
    s(PLA, 'the lawyer', '“She wants what any farmer would want,”', 'said', 'direct', role='lawyer'),
    s(PLA, '', '“To be able to grow her crop.”', '', 'direct', role='lawyer'),
    s('Annette Morrowbie-Kalunga', 'Superior Court Judge Annette Morrowbie-Kalunga', 'to expect closing arguments early next week', 'told', role='Superior Court Judge'),
)

MAYOR = 'Geraldine Ostrowe-Fitzallan'
CLR = 'Bashir Lindhagen-Okerekwe'
FIN = 'Teresa Vukovich-Halesowen'

doc('w13-paper-cityhall-golf-course-purchase-vote', 'The Wollerby Ledger', '2028-03-22', '''
Council votes 7-4 to buy shuttered golf course for homes and a park

Mayor calls it ‘the last big piece of land we will ever get’; critics say price is $6 million too high

By Patrice Honeywell-Adomfoa
Ledger City Hall Reporter

WENDOVER — After nearly five hours of debate and public comment, city council voted 7-4 late Monday to buy the former Fenwater Brook golf course for $38.5 million, a deal the mayor says will let the city build up to 900 homes and the largest new park in Wollerby in half a century.

Opponents said the city was overpaying for land it had no plan to develop and warned that the purchase would leave little room in the budget for road repairs.

The 140-acre course on the city’s north side closed in 2026 after its owner, Greenmeadow Links, said it had lost money for six straight years.

A city staff report presented to council estimated that about 60 acres could be used for housing and that the rest, including a creek and stands of old oaks, should be kept as parkland. The report put the cost of roads, water lines and sewers for the housing portion at $22 million.

Councilor Bashir Lindhagen-Okerekwe, who led the opposition, said two independent appraisals commissioned by the city valued the property at $31 million and $33 million. “We are paying a premium of six million dollars because we are in a hurry,” he said. “Nobody in this room would buy a house that way.”

He also questioned whether the city could find a developer willing to build affordable units on the site without large subsidies.

Finance director Teresa Vukovich-Halesowen told council the purchase would be financed with 30-year bonds and would add about $2.1 million a year to the city’s debt payments. Asked by Lindhagen-Okerekwe whether that would come at the expense of road repairs, she said it would not, “in this budget or the next one.”

Mayor Geraldine Ostrowe-Fitzallan, who first proposed the purchase in her State of the City address in January, dismissed the appraisals as “a snapshot of a market that has already moved.”

“This is the last big piece of land we will ever get inside city limits,” she said. “If we let it go, it will be 140 acres of luxury homes, and our children will drive past it.”

More than 40 residents spoke during public comment, most in favor of the purchase.

Ardith Pemberwick-Sowah, who has lived across the street from the course for 31 years, said she had watched deer cross the fairways every evening since it closed. “Keep it green, or at least keep most of it green,” she told council.

Others were less enthusiastic. Lorne Castellucci-Boakye, who runs a hardware store on Division Street, said he supported more housing but feared the city would “sit on the land for ten years and call it a plan.”

Greenmeadow Links said in a statement that it was “pleased the property will remain a place for the community” and that the sale would close within 60 days.

The mayor has promised a public design process for the site, starting this summer. Council will vote on a housing partner next year.

Lindhagen-Okerekwe said after the vote that he would hold the mayor to her promise. “I lost tonight,” he said, “but I intend to read every page of what comes next.”
''',
    s(MAYOR, 'Mayor', '‘the last big piece of land we will ever get’', 'calls', 'direct', role='Mayor'),
    s('critics', 'critics', 'price is $6 million too high', 'say'),
    s(MAYOR, 'the mayor', 'will let the city build up to 900 homes and the largest new park in Wollerby in half a century', 'says', role='Mayor'),
    s('Opponents', 'Opponents', 'the city was overpaying for land it had no plan to develop', 'said'),
    s('Opponents', 'Opponents', 'the purchase would leave little room in the budget for road repairs', 'warned'),
    s('Greenmeadow Links', 'its owner, Greenmeadow Links', 'it had lost money for six straight years', 'said'),
    s('A city staff report presented to council', 'A city staff report presented to council', 'about 60 acres could be used for housing and that the rest, including a creek and stands of old oaks, should be kept as parkland', 'estimated'),
    s(CLR, 'Councilor Bashir Lindhagen-Okerekwe, who led the opposition', 'two independent appraisals commissioned by the city valued the property at $31 million and $33 million', 'said', role='Councilor'),
    s(CLR, 'he', '“We are paying a premium of six million dollars because we are in a hurry,”', 'said', 'direct', role='Councilor'),
    s(CLR, '', '“Nobody in this room would buy a house that way.”', '', 'direct', role='Councilor'),
    s(CLR, 'He', 'whether the city could find a developer willing to build affordable units on the site without large subsidies', 'questioned', role='Councilor'),
    s(FIN, 'Finance director Teresa Vukovich-Halesowen', 'the purchase would be financed with 30-year bonds and would add about $2.1 million a year to the city’s debt payments', 'told', role='Finance director'),
    s(FIN, 'she', 'it would not, “in this budget or the next one.”', 'said', 'mixed', role='Finance director'),
    s(MAYOR, 'Mayor Geraldine Ostrowe-Fitzallan, who first proposed the purchase in her State of the City address in January', 'the appraisals as “a snapshot of a market that has already moved.”', 'dismissed', 'mixed', role='Mayor'),
    s(MAYOR, 'she', '“This is the last big piece of land we will ever get inside city limits,”', 'said', 'direct', role='Mayor'),
    s(MAYOR, '', '“If we let it go, it will be 140 acres of luxury homes, and our children will drive past it.”', '', 'direct', role='Mayor'),
    s('Ardith Pemberwick-Sowah', 'Ardith Pemberwick-Sowah, who has lived across the street from the course for 31 years', 'she had watched deer cross the fairways every evening since it closed', 'said'),
    s('Ardith Pemberwick-Sowah', 'she', '“Keep it green, or at least keep most of it green,”', 'told', 'direct'),
    s('Lorne Castellucci-Boakye', 'Lorne Castellucci-Boakye, who runs a hardware store on Division Street', 'he supported more housing but feared the city would “sit on the land for ten years and call it a plan.”', 'said', 'mixed'),
    s('Greenmeadow Links', 'Greenmeadow Links', 'it was “pleased the property will remain a place for the community” and that the sale would close within 60 days', 'said', 'mixed'),
    s(MAYOR, 'The mayor', 'a public design process for the site, starting this summer', 'has promised', role='Mayor'),
    s(CLR, 'Lindhagen-Okerekwe', 'he would hold the mayor to her promise', 'said', role='Councilor'),
    s(CLR, 'he', ['“I lost tonight,”', '“but I intend to read every page of what comes next.”'], 'said', 'direct', role='Councilor'),
)

OWNER = 'Duncan Farquharson-Yeboahene'
INSP = 'Celestine Marchesini-Owusu'

doc('w14-paper-investigation-towing-contract-fees', 'The Harwick Lamplighter', '2028-11-12', '''
Towing firm billed stranded drivers $4 million in fees city never approved, records show

Drivers say they paid for services they never got; owner says fees ‘set by the city, not by us’

By Imogen Radclough-Asarekwa and Tobias Wendtland-Amoako
Lamplighter Investigations

HARWICK — A towing company that holds the city’s exclusive contract to clear disabled vehicles from highways and city streets charged drivers more than $4 million in fees that appear nowhere in its contract, according to invoices, payment records and internal emails obtained by the Lamplighter.

Over four years, Quickline Recovery billed drivers for “scene management,” “fluid cleanup” and “after-hours release” on tows where, the records show, none of those services was performed. In 1,800 cases reviewed by the Lamplighter, the company charged an average of $412 on top of the $185 flat rate the city allows.

The problem was flagged inside city hall as early as 2025. A parking enforcement inspector wrote in an email to her supervisors that spring that drivers were “being charged for the privilege of having a bad day” and asked that the contract be audited. No audit was done.

Kenji Albrechtsen-Mensahene, a nurse whose car broke down on the Tillerman Expressway in February, said he paid $640 to get it back. “They told me the cleanup fee was for oil on the road,” he said. “My car is electric.”

A former Quickline dispatcher, who asked not to be named because she still works in the industry, told the Lamplighter that drivers were instructed to add the extra charges “unless the customer was a cop or a lawyer.”

“Everybody knew,” she said. “We used to joke about it on the radio.”

In a written response to questions, Quickline’s owner, Duncan Farquharson-Yeboahene, said the fees were “set by the city, not by us” and had been approved by a former deputy director of the city’s transportation department in a 2023 letter. He said the company “categorically rejects” any suggestion that it overcharged customers.

The Lamplighter asked for a copy of that letter. Farquharson-Yeboahene’s lawyer, Roderick Hammersley-Ofori, wrote that it was “among the company’s confidential business records” and would be produced “in the appropriate forum.”

The city’s transportation department would not say whether such a letter exists. Its spokeswoman, Fiona Drummelow-Appiah, said the department “takes every complaint seriously” and had referred the Lamplighter’s findings to the city auditor.

City Councilwoman Rosa Villafranca-Nyantakyi, who chairs the public safety committee, called the findings “outrageous” and said she would ask for the contract to be suspended at the committee’s meeting next week. “If the city’s name is on that truck, the city is responsible for what it charges,” she said.

Celestine Marchesini-Owusu, the inspector who wrote that email, left the parking enforcement division in 2026 and now works for the county. Reached by phone, the former inspector said she had raised the fees with three supervisors and had been told each time that the contract was “not our department’s business.”

“I kept copies of everything,” she said. “I thought someone would ask one day.”

The contract, worth about $3 million a year to Quickline in city payments alone, is up for renewal in March, according to the city’s procurement calendar.
''',
    s('invoices, payment records and internal emails obtained by the Lamplighter', 'records', 'Towing firm billed stranded drivers $4 million in fees city never approved', 'show'),
    s('Drivers', 'Drivers', 'they paid for services they never got', 'say'),
    s(OWNER, 'owner', 'fees ‘set by the city, not by us’', 'says', 'mixed', role='owner'),
    s('invoices, payment records and internal emails obtained by the Lamplighter', 'invoices, payment records and internal emails obtained by the Lamplighter', 'A towing company that holds the city’s exclusive contract to clear disabled vehicles from highways and city streets charged drivers more than $4 million in fees that appear nowhere in its contract', 'according to'),
    s('invoices, payment records and internal emails obtained by the Lamplighter', 'the records', ['Over four years, Quickline Recovery billed drivers for “scene management,” “fluid cleanup” and “after-hours release” on tows where', 'none of those services was performed.'], 'show', 'mixed'),
    s(INSP, 'A parking enforcement inspector', 'drivers were “being charged for the privilege of having a bad day”', 'wrote', 'mixed', role='parking enforcement inspector'),
    s(INSP, 'A parking enforcement inspector', 'the contract be audited', 'asked', role='parking enforcement inspector'),
    s('Kenji Albrechtsen-Mensahene', 'Kenji Albrechtsen-Mensahene, a nurse whose car broke down on the Tillerman Expressway in February', 'he paid $640 to get it back', 'said', role='nurse'),
    s('Kenji Albrechtsen-Mensahene', 'he', '“They told me the cleanup fee was for oil on the road,”', 'said', 'direct', role='nurse'),
    s('Kenji Albrechtsen-Mensahene', '', '“My car is electric.”', '', 'direct', role='nurse'),
    s('A former Quickline dispatcher', 'A former Quickline dispatcher, who asked not to be named because she still works in the industry', 'drivers were instructed to add the extra charges “unless the customer was a cop or a lawyer.”', 'told', 'mixed', role='former Quickline dispatcher'),
    s('A former Quickline dispatcher', 'she', '“Everybody knew,”', 'said', 'direct', role='former Quickline dispatcher'),
    s('A former Quickline dispatcher', '', '“We used to joke about it on the radio.”', '', 'direct', role='former Quickline dispatcher'),
    s(OWNER, 'Quickline’s owner, Duncan Farquharson-Yeboahene', 'the fees were “set by the city, not by us” and had been approved by a former deputy director of the city’s transportation department in a 2023 letter', 'said', 'mixed', role='owner'),
    s(OWNER, 'He', 'the company “categorically rejects” any suggestion that it overcharged customers', 'said', 'mixed', role='owner'),
    s('Roderick Hammersley-Ofori', 'Farquharson-Yeboahene’s lawyer, Roderick Hammersley-Ofori', 'it was “among the company’s confidential business records” and would be produced “in the appropriate forum.”', 'wrote', 'mixed', role='lawyer'),
    s('Fiona Drummelow-Appiah', 'Its spokeswoman, Fiona Drummelow-Appiah', 'the department “takes every complaint seriously” and had referred the Lamplighter’s findings to the city auditor', 'said', 'mixed', role='spokeswoman'),
    s('Rosa Villafranca-Nyantakyi', 'City Councilwoman Rosa Villafranca-Nyantakyi, who chairs the public safety committee', '“outrageous”', 'called', 'direct', role='City Councilwoman'),
    s('Rosa Villafranca-Nyantakyi', 'City Councilwoman Rosa Villafranca-Nyantakyi, who chairs the public safety committee', 'she would ask for the contract to be suspended at the committee’s meeting next week', 'said', role='City Councilwoman'),
    s('Rosa Villafranca-Nyantakyi', 'she', '“If the city’s name is on that truck, the city is responsible for what it charges,”', 'said', 'direct', role='City Councilwoman'),
    s(INSP, 'the former inspector', 'she had raised the fees with three supervisors and had been told each time that the contract was “not our department’s business.”', 'said', 'mixed', role='former inspector'),
    s(INSP, 'she', '“I kept copies of everything,”', 'said', 'direct', role='former inspector'),
    s(INSP, '', '“I thought someone would ask one day.”', '', 'direct', role='former inspector'),
    s("the city’s procurement calendar", "the city’s procurement calendar", 'The contract, worth about $3 million a year to Quickline in city payments alone, is up for renewal in March', 'according to'),
)

VET = 'Winifred Aldersgate-Nkemelunwa'
HUS = 'Cormac Aldersgate-Nkemelunwa'

doc('w15-paper-obituary-large-animal-veterinarian', 'The Prairie Sun-Gazette', '2028-01-30', '''
Winifred Aldersgate-Nkemelunwa, country vet who never turned down a night call, dies at 84

By Hollis Vanderhaegen-Quarteymaa

Winifred Aldersgate-Nkemelunwa, who spent 51 years driving gravel roads across Abernook County to deliver calves, stitch up horses and, by her own estimate, put her arm inside some 40,000 cows, died Jan. 24 at her farm near Stobhill Lake. She was 84.

The cause was heart failure, said her son, Ambrose.

When she opened her practice in 1962, she was the only woman among the 11 large-animal veterinarians in the province, according to the provincial veterinary association. Farmers, she liked to say, needed about one winter to stop asking when the real vet was coming.

“She didn’t argue with them,” her husband of 58 years, Cormac Aldersgate-Nkemelunwa, said in an interview. “She just showed up at three in the morning, every time they called, until they stopped asking.”

He met her at a livestock auction in 1967, where, he recalled, she told him his bull was lame before he had noticed it himself. He was right to listen: the animal had a cracked hoof.

For 20 years she shared the practice with Bernard Kowalyshyn-Essiembe, who joined her in 1978 and retired in 1998. He said she kept a cot in the clinic and a thermos of coffee in the truck “because she assumed every night would be a long one.”

“I was the one who did the paperwork,” he said. “She was the one people asked for.”

Her son, Ambrose Aldersgate-Nkemelunwa, who became a veterinarian himself and took over the practice, said his mother had never mentioned retiring until a horse kicked her in the ribs at 79. “Even then she said it was the horse’s idea,” he said.

Clients remember her as blunt and generous. Marguerite Tollefsrud-Baako, whose family runs a dairy north of Stobhill Lake, said she once arrived at a calving in a blizzard after her truck slid into a ditch, and walked the last mile. “My father offered to pay her double,” she said. “She charged him for the calf and not a cent for the walk.”

Winifred Aldersgate was born in Carrowind Falls in 1943, the daughter of a grain buyer and a schoolteacher. She told the Sun-Gazette in 2012 that she had decided to become a vet at the age of nine, after watching a neighbor’s mare die because no one could reach a doctor through the snow.

In 1999, the provincial association gave her its lifetime achievement award. She accepted it, her son said, with a two-sentence speech and went back to work the same afternoon.

Besides her husband and son, she is survived by a daughter, Philippa Aldersgate-Morvandel, and four grandchildren. Her daughter said the family would hold a memorial at the Stobhill Lake community hall in the spring, “when the roads are passable, which is how she would have wanted it.”

The family asks that donations be made to the Abernook County 4-H Club.
''',
    s(VET, 'her', 'put her arm inside some 40,000 cows', 'by her own estimate', role='veterinarian'),
    s('Ambrose Aldersgate-Nkemelunwa', 'her son, Ambrose', 'The cause was heart failure', 'said', role='son'),
    s('the provincial veterinary association', 'the provincial veterinary association', 'When she opened her practice in 1962, she was the only woman among the 11 large-animal veterinarians in the province', 'according to'),
    s(VET, 'she', ['Farmers,', 'needed about one winter to stop asking when the real vet was coming.'], 'liked to say', role='veterinarian'),
    s(HUS, 'her husband of 58 years, Cormac Aldersgate-Nkemelunwa', '“She didn’t argue with them,”', 'said', 'direct', role='husband'),
    s(HUS, '', '“She just showed up at three in the morning, every time they called, until they stopped asking.”', '', 'direct', role='husband'),
    s(HUS, 'he', 'she told him his bull was lame before he had noticed it himself', 'recalled', role='husband'),
    s(VET, 'she', 'his bull was lame before he had noticed it himself', 'told', role='veterinarian', nested=True, via=HUS),
    s('Bernard Kowalyshyn-Essiembe', 'He', 'she kept a cot in the clinic and a thermos of coffee in the truck “because she assumed every night would be a long one.”', 'said', 'mixed'),
    s('Bernard Kowalyshyn-Essiembe', 'he', '“I was the one who did the paperwork,”', 'said', 'direct'),
    s('Bernard Kowalyshyn-Essiembe', '', '“She was the one people asked for.”', '', 'direct'),
    s('Ambrose Aldersgate-Nkemelunwa', 'Her son, Ambrose Aldersgate-Nkemelunwa, who became a veterinarian himself and took over the practice', 'his mother had never mentioned retiring until a horse kicked her in the ribs at 79', 'said', role='son'),
    s('Ambrose Aldersgate-Nkemelunwa', 'he', '“Even then she said it was the horse’s idea,”', 'said', 'direct', role='son'),
    s(VET, 'she', 'it was the horse’s idea', 'said', role='veterinarian', nested=True, via='Ambrose Aldersgate-Nkemelunwa'),
    s('Clients', 'Clients', 'blunt and generous', 'remember her as'),
    s('Marguerite Tollefsrud-Baako', 'Marguerite Tollefsrud-Baako, whose family runs a dairy north of Stobhill Lake', 'she once arrived at a calving in a blizzard after her truck slid into a ditch, and walked the last mile', 'said'),
    s('Marguerite Tollefsrud-Baako', 'she', '“My father offered to pay her double,”', 'said', 'direct'),
    s('Marguerite Tollefsrud-Baako', '', '“She charged him for the calf and not a cent for the walk.”', '', 'direct'),
    s(VET, 'She', 'she had decided to become a vet at the age of nine, after watching a neighbor’s mare die because no one could reach a doctor through the snow', 'told', role='veterinarian', date='2012'),
    s('Ambrose Aldersgate-Nkemelunwa', 'her son', ['She accepted it,', 'with a two-sentence speech and went back to work the same afternoon.'], 'said', role='son'),
    s('Philippa Aldersgate-Morvandel', 'Her daughter', 'the family would hold a memorial at the Stobhill Lake community hall in the spring, “when the roads are passable, which is how she would have wanted it.”', 'said', 'mixed', role='daughter'),
    s('The family', 'The family', 'donations be made to the Abernook County 4-H Club', 'asks'),
)

SUP = 'Delphine Okonkwerre-Hartigrove'
UNION = 'Raymond Szczepanik-Otoo'
RES = 'Lucia Brandhuber-Nyarko'

doc('w16-paper-schools-four-day-week-vote', 'The Cobalt Ridge Herald', '2028-04-18', '''
Sagebrush district moves to four-day school week; parents scramble for Fridays

Superintendent says shorter week will keep teachers from leaving; working parents say nobody asked them

By Marcus Whitlockley-Ansah
Herald Education Writer

SAGEBRUSH — Students in the Sagebrush Unified School District will go to school four days a week starting in August, after the board voted 4-1 on Tuesday night to adopt a schedule the superintendent says is the district’s best chance of filling classrooms with teachers.

Under the plan, the school day will be 50 minutes longer from Monday to Thursday, and buildings will be closed on Fridays except for a few optional tutoring sessions.

The district had 23 teaching vacancies in January, nearly one in six positions, and has lost teachers for three years in a row to larger districts in the Cobalt Valley that pay up to $9,000 more a year, according to a district presentation to the board.

“We cannot win a bidding war. We can offer something they can’t, and that is time,” the superintendent told the board before the vote. “Every teacher I interviewed last year asked me one question, and it wasn’t about salary.”

Delphine Okonkwerre-Hartigrove, who came to Sagebrush from a district in the northern part of the state in 2025, said after the meeting that two neighboring districts that made the same switch had cut teacher turnover by about a third.

Not everyone is convinced. Parents who addressed the board, many of them still in work uniforms, said they would now have to find child care for a fifth day. One mother, a nurse at the county hospital, said she worked 12-hour shifts on Fridays and had no family nearby.

“I support teachers. I was raised by one,” said Tamsin Oyewunmi-Brecknell, whose children are in second and fifth grade. “But this plan was designed for the adults in the building, not for the kids, and definitely not for parents who work.”

Board member Ellis Faircroft-Manu, who cast the only vote against the plan, said the district had held just one public meeting on the change, in the middle of a weekday afternoon. He called the process “backwards” and said the board should have surveyed families first.

The president of the Sagebrush Education Association, Raymond Szczepanik-Otoo, urged parents to give the schedule a year. “Our members are not asking for a day off,” he said. “They are asking for a job they can do for 30 years without burning out.”

Research on four-day weeks is mixed. A study of 300 rural districts published last year found small declines in reading and math scores, said the study’s lead author, who has been following the schedules for a decade.

The declines were concentrated among students who had already been behind, she said. “A longer day does not replace a lost day for every child.”

The author, Lucia Brandhuber-Nyarko, an education economist at Ironvale State University, said districts that kept Fridays open for tutoring and meals had done better than those that closed buildings entirely.

The district says it will offer a Friday program at two elementary schools for families who need it, at $25 a day. Okonkwerre-Hartigrove said fees would be waived for students who qualify for free lunch.

The board will review the schedule in the spring of 2030.
''',
    s(SUP, 'Superintendent', 'shorter week will keep teachers from leaving', 'says', role='superintendent'),
    s('working parents', 'working parents', 'nobody asked them', 'say'),
    s(SUP, 'the superintendent', 'is the district’s best chance of filling classrooms with teachers', 'says', role='superintendent'),
    s('a district presentation to the board', 'a district presentation to the board', 'The district had 23 teaching vacancies in January, nearly one in six positions, and has lost teachers for three years in a row to larger districts in the Cobalt Valley that pay up to $9,000 more a year', 'according to'),
    s(SUP, 'the superintendent', '“We cannot win a bidding war. We can offer something they can’t, and that is time,”', 'told', 'direct', role='superintendent'),
    s(SUP, '', '“Every teacher I interviewed last year asked me one question, and it wasn’t about salary.”', '', 'direct', role='superintendent'),
    s(SUP, 'Delphine Okonkwerre-Hartigrove, who came to Sagebrush from a district in the northern part of the state in 2025', 'two neighboring districts that made the same switch had cut teacher turnover by about a third', 'said', role='superintendent'),
    s('Parents who addressed the board', 'Parents who addressed the board, many of them still in work uniforms', 'they would now have to find child care for a fifth day', 'said'),
    s('One mother, a nurse at the county hospital', 'One mother, a nurse at the county hospital', 'she worked 12-hour shifts on Fridays and had no family nearby', 'said', role='nurse at the county hospital'),
    s('Tamsin Oyewunmi-Brecknell', 'Tamsin Oyewunmi-Brecknell, whose children are in second and fifth grade', '“I support teachers. I was raised by one,”', 'said', 'direct'),
    s('Tamsin Oyewunmi-Brecknell', '', '“But this plan was designed for the adults in the building, not for the kids, and definitely not for parents who work.”', '', 'direct'),
    s('Ellis Faircroft-Manu', 'Board member Ellis Faircroft-Manu, who cast the only vote against the plan', 'the district had held just one public meeting on the change, in the middle of a weekday afternoon', 'said', role='Board member'),
    s('Ellis Faircroft-Manu', 'He', '“backwards”', 'called', 'direct', role='Board member'),
    s('Ellis Faircroft-Manu', 'He', 'the board should have surveyed families first', 'said', role='Board member'),
    s(UNION, 'The president of the Sagebrush Education Association, Raymond Szczepanik-Otoo', 'parents to give the schedule a year', 'urged', role='president of the Sagebrush Education Association'),
    s(UNION, 'he', '“Our members are not asking for a day off,”', 'said', 'direct', role='president of the Sagebrush Education Association'),
    s(UNION, '', '“They are asking for a job they can do for 30 years without burning out.”', '', 'direct', role='president of the Sagebrush Education Association'),
    s(RES, 'the study’s lead author, who has been following the schedules for a decade', 'A study of 300 rural districts published last year found small declines in reading and math scores', 'said', role='education economist at Ironvale State University'),
    s(RES, 'she', 'The declines were concentrated among students who had already been behind', 'said', role='education economist at Ironvale State University'),
    s(RES, '', '“A longer day does not replace a lost day for every child.”', '', 'direct', role='education economist at Ironvale State University'),
    s(RES, 'The author, Lucia Brandhuber-Nyarko, an education economist at Ironvale State University', 'districts that kept Fridays open for tutoring and meals had done better than those that closed buildings entirely', 'said', role='education economist at Ironvale State University'),
    s('Sagebrush Unified School District', 'The district', 'it will offer a Friday program at two elementary schools for families who need it, at $25 a day', 'says'),
    s(SUP, 'Okonkwerre-Hartigrove', 'fees would be waived for students who qualify for free lunch', 'said', role='superintendent'),
)
