"""Set AC's five North American newspaper articles (see build_ac.py)."""
from invented_common import doc_spans as doc, s

ADA = 'Renata Kolbeck'
R_ADA = 'Assistant District Attorney'
DEF = 'Curtis Bramlage'
DEFL = 'Maxine Ezeilo-Barrett'
R_DEFL = 'defense attorney'
JUDGE = 'Harlan Stiefel'
R_JUDGE = 'Judge'

doc('ac12-paper-trial-balcony-collapse-contractor', 'The Orrisdale Ledger', '2031-10-15', '''
Prosecutor tells jury contractor "cut every corner" before deadly balcony collapse

Defense says engineer, not builder, is to blame

By Noreen Tveitan
Ledger Staff Writer

ORRISDALE — The contractor who built a third-floor balcony that collapsed during a graduation party two years ago, killing two young women, ignored repeated warnings that the structure was rotting, a prosecutor told jurors Tuesday as his trial opened in Pondicott County Court.

Curtis Bramlage, 58, of Dunley Township, has pleaded not guilty to two counts of criminally negligent homicide and one count of reckless endangerment. He faces up to eight years in prison if convicted on all counts.

"This was not an accident. This was a choice, made again and again, to save money," Assistant District Attorney Renata Kolbeck said in her opening statement. "Mr. Bramlage cut every corner he could find, and two families are paying for it."

Kolbeck told jurors they would see text messages in which a tenant complained about "spongy" boards on the balcony more than a year before it gave way. She said Bramlage's company had used untreated lumber and fewer fasteners than the building plans required.

The balcony, on an apartment house on Tannahill Street, gave way on June 7, 2029, sending 11 people to the ground. Ava Brightling, 22, and Sunniva Haraldsen, 21, died of their injuries. Nine others were hurt.

Bramlage's attorney, Maxine Ezeilo-Barrett, told the jury that her client had built the balcony exactly as the engineer had designed it and that the engineer, who has not been charged, had signed off on the work. "You will not hear a single witness say that Curtis Bramlage was told the balcony was unsafe and did nothing," she said. "Not one."

Ezeilo-Barrett also argued that the building's owner had let water drain onto the balcony for years and had ignored a city inspector's recommendation in 2027 to replace the gutters.

Judge Harlan Stiefel told jurors to expect the trial to last about three weeks and reminded them not to read or watch news coverage of the case.

The first witness, former tenant Dolores Wojtaszek, testified that she had sent Bramlage photographs of cracked boards in the spring of 2028. "He texted back a thumbs-up," she said. "That was it. A thumbs-up."

Under cross-examination, Wojtaszek acknowledged that she had also sent the photos to the building's owner and had not followed up with either man.

Relatives of both women filled the first two rows of the courtroom. Several wore buttons with the women's photographs.

Outside the courthouse, Ava Brightling's father, Roland Brightling, said the family had waited more than two years for the trial. "We're not here for revenge," he said. "We want somebody to say out loud what happened to our daughter."

The building's owner, Preston Moyle, settled a civil lawsuit brought by the families last year for an undisclosed sum. His lawyer did not return a call seeking comment Tuesday.

Testimony resumes Wednesday, when prosecutors are expected to call the city building inspector and a structural engineer hired by the district attorney's office.
''',
    s(ADA, 'Prosecutor', 'contractor "cut every corner" before deadly balcony collapse', 'tells', 'mixed', role=R_ADA),
    s(DEFL, 'Defense', 'engineer, not builder, is to blame', 'says', role=R_DEFL),
    s(ADA, 'a prosecutor', 'The contractor who built a third-floor balcony|the structure was rotting', 'told', role=R_ADA),
    s(DEF, 'Curtis Bramlage, 58, of Dunley Township', 'not guilty to two counts of criminally negligent homicide and one count of reckless endangerment', 'has pleaded'),
    s(ADA, 'Assistant District Attorney Renata Kolbeck', '"This was not an accident. This was a choice, made again and again, to save money,"', 'said', 'direct', role=R_ADA),
    s(ADA, '', '"Mr. Bramlage cut every corner he could find, and two families are paying for it."', '', 'direct', role=R_ADA),
    s(ADA, 'Kolbeck', 'they would see text messages in which a tenant complained about "spongy" boards on the balcony more than a year before it gave way', 'told', 'mixed', role=R_ADA),
    s(ADA, 'She', "Bramlage's company had used untreated lumber and fewer fasteners than the building plans required", 'said', role=R_ADA),
    s(DEFL, "Bramlage's attorney, Maxine Ezeilo-Barrett", 'her client had built the balcony exactly as the engineer had designed it and that the engineer, who has not been charged, had signed off on the work', 'told', role=R_DEFL),
    s(DEFL, 'she', '"You will not hear a single witness say that Curtis Bramlage was told the balcony was unsafe and did nothing,"', 'said', 'direct', role=R_DEFL),
    s(DEFL, '', '"Not one."', '', 'direct', role=R_DEFL),
    s(DEFL, 'Ezeilo-Barrett', "the building's owner had let water drain onto the balcony for years and had ignored a city inspector's recommendation in 2027 to replace the gutters", 'argued', role=R_DEFL),
    s(JUDGE, 'Judge Harlan Stiefel', 'the trial to last about three weeks', 'told jurors to expect', role=R_JUDGE),
    s(JUDGE, 'Judge Harlan Stiefel', 'not to read or watch news coverage of the case', 'reminded them', role=R_JUDGE),
    s('Dolores Wojtaszek', 'The first witness, former tenant Dolores Wojtaszek', 'she had sent Bramlage photographs of cracked boards in the spring of 2028', 'testified', role='former tenant'),
    s('Dolores Wojtaszek', 'she', '"He texted back a thumbs-up,"', 'said', 'direct', role='former tenant'),
    s('Dolores Wojtaszek', '', '"That was it. A thumbs-up."', '', 'direct', role='former tenant'),
    s('Dolores Wojtaszek', 'Wojtaszek', "she had also sent the photos to the building's owner and had not followed up with either man", 'acknowledged', role='former tenant'),
    s('Roland Brightling', "Ava Brightling's father, Roland Brightling", 'the family had waited more than two years for the trial', 'said', role='father'),
    s('Roland Brightling', 'he', '"We\'re not here for revenge,"', 'said', 'direct', role='father'),
    s('Roland Brightling', '', '"We want somebody to say out loud what happened to our daughter."', '', 'direct', role='father'),
)

SUP = 'Gregory Ashaolu'
R_SUP = 'Superintendent'
CHAIR = 'Wanda Hesselgrave'
R_CHAIR = 'board chair'
MEM = 'Dev Raghunathan'
UN = 'Colleen Strudwick'
R_UN = 'president of the Brookvale Education Association'

doc('ac13-paper-school-board-closures-delayed', 'The Brookvale Sentinel', '2031-01-28', '''
School board puts off vote on closing Birchenough, Garver elementaries

Parents pack meeting; superintendent says district "cannot keep heating empty classrooms"

By Marcus Ebiwale
Sentinel Staff

BROOKVALE — After nearly four hours of public comment, the Brookvale School Board voted 5-2 late Monday to postpone until March a decision on whether to close two elementary schools, a plan that has divided the district's north side.

Superintendent Gregory Ashaolu has proposed closing Birchenough and Garver elementary schools at the end of the school year and moving their roughly 540 students to three nearby schools. Enrollment in the district has fallen by 1,900 students since 2021, and the two buildings are each less than 60% full, according to a district facilities report presented at the meeting.

"We cannot keep heating empty classrooms while we lay off reading specialists," Ashaolu told the board. "Every dollar we spend on a half-empty building is a dollar we don't spend on a child."

The closures would save about $2.3 million a year, he said, most of it in maintenance, utilities and administrative salaries.

More than 300 people crowded into the Brookvale High School auditorium, and 64 signed up to speak. All but five of them were parents or teachers from the two schools.

Tamsin Velez, whose two sons attend Birchenough, said the proposal would put 9-year-olds on buses for 40 minutes each way. "You're telling us that a long bus ride is the price of a reading specialist. That's a choice you're making, not a law of nature," she said, drawing a standing ovation.

A Garver teacher, Mostyn Durrance, told the board that many of his students walk to school and that their families do not own cars. "If you close Garver, some of these kids will simply stop coming," he said.

Colleen Strudwick, president of the Brookvale Education Association, said the teachers union did not oppose closures in principle but wanted guarantees that no teacher would lose a job. She asked the board to put that promise in writing before any vote.

Board member Dev Raghunathan, who made the motion to delay, said the district had not looked closely enough at alternatives, such as leasing unused wings to a preschool program. He warned that rushing the decision would "poison the well" for the bond referendum the district plans to put on the ballot in November.

Board chair Wanda Hesselgrave voted against the delay. She said the numbers would not change in six weeks and that the board owed staff and families a decision in time to plan for the fall. "Waiting feels kind. It isn't," Hesselgrave said.

The board member who represents the Garver neighborhood, Luis Carbajo, joined the majority. Asked after the meeting whether he would ultimately vote to close the school, he said he had not decided.

Ashaolu said after the vote that he respected the board's decision but that the district's budget gap, projected at $6.8 million for next year, would not wait. He said his staff would present a revised plan, including the leasing option, at the board's March 9 meeting.
''',
    s(SUP, 'superintendent', 'district "cannot keep heating empty classrooms"', 'says', 'mixed', role=R_SUP),
    s(SUP, 'Superintendent Gregory Ashaolu', 'closing Birchenough and Garver elementary schools at the end of the school year and moving their roughly 540 students to three nearby schools', 'has proposed', role=R_SUP),
    s('district facilities report', 'a district facilities report presented at the meeting', 'the two buildings are each less than 60% full', 'according to'),
    s(SUP, 'Ashaolu', '"We cannot keep heating empty classrooms while we lay off reading specialists,"', 'told', 'direct', role=R_SUP),
    s(SUP, '', '"Every dollar we spend on a half-empty building is a dollar we don\'t spend on a child."', '', 'direct', role=R_SUP),
    s(SUP, 'he', 'The closures would save about $2.3 million a year', 'said', role=R_SUP),
    s('Tamsin Velez', 'Tamsin Velez, whose two sons attend Birchenough', 'the proposal would put 9-year-olds on buses for 40 minutes each way', 'said'),
    s('Tamsin Velez', 'she', '"You\'re telling us that a long bus ride is the price of a reading specialist. That\'s a choice you\'re making, not a law of nature,"', 'said', 'direct'),
    s('Mostyn Durrance', 'A Garver teacher, Mostyn Durrance', 'many of his students walk to school and that their families do not own cars', 'told', role='Garver teacher'),
    s('Mostyn Durrance', 'he', '"If you close Garver, some of these kids will simply stop coming,"', 'said', 'direct', role='Garver teacher'),
    s(UN, 'Colleen Strudwick, president of the Brookvale Education Association', 'the teachers union did not oppose closures in principle but wanted guarantees that no teacher would lose a job', 'said', role=R_UN),
    s(UN, 'She', 'the board to put that promise in writing before any vote', 'asked', role=R_UN),
    s(MEM, 'Board member Dev Raghunathan, who made the motion to delay', 'the district had not looked closely enough at alternatives, such as leasing unused wings to a preschool program', 'said', role='Board member'),
    s(MEM, 'He', 'rushing the decision would "poison the well" for the bond referendum the district plans to put on the ballot in November', 'warned', 'mixed', role='Board member'),
    s(CHAIR, 'She', 'the numbers would not change in six weeks and that the board owed staff and families a decision in time to plan for the fall', 'said', role=R_CHAIR),
    s(CHAIR, 'Hesselgrave', '"Waiting feels kind. It isn\'t,"', 'said', 'direct', role=R_CHAIR),
    s('Luis Carbajo', 'he', 'he had not decided', 'said', role='board member'),
    s(SUP, 'Ashaolu', "he respected the board's decision but that the district's budget gap, projected at $6.8 million for next year, would not wait", 'said', role=R_SUP),
    s(SUP, 'He', "his staff would present a revised plan, including the leasing option, at the board's March 9 meeting", 'said', role=R_SUP),
)

CEO = 'Annelise Gaudreault-Pim'
R_CEO = 'chief executive'
CFO = 'Dermot Kealey'
R_CFO = 'chief financial officer'
PIL = 'Bram Swartland'
R_PIL = 'president of the Northern Aviators Association'
AN1 = 'Priya Kothandaraman'
R_AN1 = 'airline analyst at Stonecrest Securities'

doc('ac14-paper-business-airline-profit-pilots', 'The Harbor City Register', '2031-08-06', '''
Tarnock Air posts record profit as pilots threaten strike

Carrier says fares will stay high through the holidays; union wants "its share"

By Joelle Bracciano
Business Writer

Tarnock Air reported the biggest quarterly profit in its 41-year history on Tuesday, but the celebration was cut short within hours when the union representing its pilots said members would vote next week on whether to authorize a strike.

The Harbor City-based carrier earned $412 million in the three months ended June 30, up from $268 million a year earlier, on revenue of $3.1 billion. Planes were 89% full, and the average fare rose 7%, the company said.

"Demand has been stronger than anything we modeled," chief executive Annelise Gaudreault-Pim told analysts on a conference call. "People are traveling as if they are making up for lost time, and they are willing to pay for it."

She said she expected fares to stay high through the holiday season because new aircraft deliveries from the manufacturer were running about a year behind schedule, limiting how fast airlines can add seats.

Chief financial officer Dermot Kealey said the airline would use part of the windfall to pay down $600 million of debt and would resume its quarterly dividend in the fall. Shares rose 6.4% to close at $48.17.

The mood changed in the afternoon. The Northern Aviators Association, which represents Tarnock's 3,800 pilots, said contract talks that began 14 months ago had stalled over pay and scheduling.

"The company has just told Wall Street it is having the best year in its history. Our members flew every one of those seats," association president Bram Swartland said in an interview. "We are not asking for a favor. We are asking for our share."

Swartland said the union was seeking raises of 24% over three years, along with limits on the number of consecutive overnight trips a pilot can be assigned. He said the company's last offer, made in June, was "not serious."

In a statement, Tarnock said it had offered "industry-leading" raises and remained "confident that we will reach an agreement at the table." A strike could not begin before a federal mediation period ends, which would take at least 60 days.

Analysts said the dispute was unlikely to hurt the stock in the short term. "Investors have seen this movie before. The union votes yes, the talks go to the wire, and a deal gets done," said Priya Kothandaraman, an airline analyst at Stonecrest Securities. She cautioned, however, that a long dispute could disrupt the airline's busiest travel weeks.

Not everyone was so sanguine. Gil Harrower, who manages a travel agency in suburban Maplewood, said several corporate clients had already asked about backup bookings on rival carriers for November. "Business travelers don't wait to find out," he said.

The company's annual report warns that labor disruptions "could materially affect" results, and lists the pilot contract among its main risks.

Tarnock, which flies to 96 cities from hubs in Harbor City and Tenmile Falls, employs about 19,000 people, including 4,200 flight attendants whose contract runs until 2033.
''',
    s('Northern Aviators Association', 'pilots', 'strike', 'threaten'),
    s(CEO, 'Carrier', 'fares will stay high through the holidays', 'says', role=R_CEO),
    s('Northern Aviators Association', 'the union representing its pilots', 'members would vote next week on whether to authorize a strike', 'said'),
    s('Tarnock Air', 'the company', 'Planes were 89% full, and the average fare rose 7%', 'said'),
    s(CEO, 'chief executive Annelise Gaudreault-Pim', '"Demand has been stronger than anything we modeled,"', 'told', 'direct', role=R_CEO),
    s(CEO, '', '"People are traveling as if they are making up for lost time, and they are willing to pay for it."', '', 'direct', role=R_CEO),
    s(CEO, 'She', 'she expected fares to stay high through the holiday season because new aircraft deliveries from the manufacturer were running about a year behind schedule, limiting how fast airlines can add seats', 'said', role=R_CEO),
    s(CFO, 'Chief financial officer Dermot Kealey', 'the airline would use part of the windfall to pay down $600 million of debt and would resume its quarterly dividend in the fall', 'said', role=R_CFO),
    s('Northern Aviators Association', "The Northern Aviators Association, which represents Tarnock's 3,800 pilots", 'contract talks that began 14 months ago had stalled over pay and scheduling', 'said'),
    s(PIL, 'association president Bram Swartland', '"The company has just told Wall Street it is having the best year in its history. Our members flew every one of those seats,"', 'said', 'direct', role=R_PIL),
    s(PIL, '', '"We are not asking for a favor. We are asking for our share."', '', 'direct', role=R_PIL),
    s(PIL, 'Swartland', 'the union was seeking raises of 24% over three years, along with limits on the number of consecutive overnight trips a pilot can be assigned', 'said', role=R_PIL),
    s(PIL, 'He', 'the company\'s last offer, made in June, was "not serious."', 'said', 'mixed', role=R_PIL),
    s('Tarnock Air', 'Tarnock', 'it had offered "industry-leading" raises and remained "confident that we will reach an agreement at the table."', 'said', 'mixed'),
    s('Analysts', 'Analysts', 'the dispute was unlikely to hurt the stock in the short term', 'said'),
    s(AN1, 'Priya Kothandaraman, an airline analyst at Stonecrest Securities', '"Investors have seen this movie before. The union votes yes, the talks go to the wire, and a deal gets done,"', 'said', 'direct', role=R_AN1),
    s(AN1, 'She', "a long dispute could disrupt the airline's busiest travel weeks", 'cautioned', role=R_AN1),
    s('Gil Harrower', 'Gil Harrower, who manages a travel agency in suburban Maplewood', 'several corporate clients had already asked about backup bookings on rival carriers for November', 'said'),
    s('Gil Harrower', 'he', '"Business travelers don\'t wait to find out,"', 'said', 'direct'),
    s('Tarnock Air', "The company's annual report", 'labor disruptions "could materially affect" results, and lists the pilot contract among its main risks', 'warns', 'mixed'),
)

COACH = 'Ray Castagna'
QB = 'Tobias Langridge'
OPP = 'Marvin Sickles'

doc('ac15-paper-sport-harbor-hawks-beat-stonebury', 'The Harbor City Register', '2031-10-27', '''
Langridge's late strike lifts Hawks past Stonebury

Quarterback throws for 312 yards; defense holds on fourth-and-goal

By Dale Ormiston
Register Sports

HARBOR CITY — For three quarters on Sunday, the Harbor Hawks looked like a team that had forgotten how to finish drives. Then Tobias Langridge found Andre Lusignan behind the Stonebury secondary for a 41-yard touchdown with 1:52 left, and the Hawks held on for a 24-20 win at Lakefront Stadium.

"We left a lot of points out there, and I'm going to hear about that all week," Langridge said. "But when it mattered, the guys made plays."

The quarterback completed 27 of 38 passes for 312 yards, two touchdowns and an interception that Stonebury returned for a score in the second quarter.

Lusignan, the second-year wide receiver, finished with eight catches for 131 yards. He said he saw the safety bite on a pump fake and knew the ball was coming. "Toby looked at me before the snap like, 'Be ready,'" Lusignan said. "I was ready."

The Hawks (5-3) had settled for field goal attempts on four trips inside the Stonebury 20, making three.

Coach Ray Castagna called the red-zone offense "unacceptable" but praised his defense, which stopped Stonebury on fourth-and-goal from the 2-yard line with 38 seconds remaining. "That's a grown-man stand," Castagna said. "Our defense played winning football all afternoon, and they finally got some help."

Linebacker Jerome Ferriday made the stop, meeting running back Elijah Corrado at the line. Ferriday said the Hawks had practiced that exact play all week. "We knew they liked the inside zone on the goal line," he said. "I just had to get there first."

Stonebury coach Marvin Sickles defended his decision to run rather than throw on the final snap. "We had the best back in the league and two yards to go. I'd make that call a hundred times out of a hundred," Sickles said.

Asked about the officiating, which drew boos after a pass interference call on the Hawks' final drive, Sickles declined to comment.

Corrado ran for 118 yards on 22 carries. He said the Stonebury locker room was "sick" after the game.

Harbor City lost left tackle Ezra Nwokeji to a knee injury in the third quarter. Castagna said Nwokeji would have an MRI on Monday and that he did not yet know how long the lineman would be out.

It was the Hawks' third straight win, all of them decided in the final two minutes. Langridge said the close finishes were "not good for anybody's blood pressure" but insisted the team was learning how to win tight games.

Veteran cornerback Isaiah Montfort, who broke up two passes in the fourth quarter, was blunter. "We should have put them away at halftime. We can't keep living like this," he said. "Good teams don't give you four chances inside the 20."

Lusignan's touchdown was his first since he was benched for two games in September for missing a team meeting. Castagna declined to discuss the benching on Sunday, saying only that Lusignan had "earned his way back."

The Hawks visit Brindlecote next Sunday.
''',
    s(QB, 'Langridge', '"We left a lot of points out there, and I\'m going to hear about that all week,"', 'said', 'direct', role='quarterback'),
    s(QB, '', '"But when it mattered, the guys made plays."', '', 'direct', role='quarterback'),
    s('Andre Lusignan', 'He', 'he saw the safety bite on a pump fake and knew the ball was coming', 'said', role='wide receiver'),
    s('Andre Lusignan', 'Lusignan', '"Toby looked at me before the snap like, \'Be ready,\'"', 'said', 'direct', role='wide receiver'),
    s('Andre Lusignan', '', '"I was ready."', '', 'direct', role='wide receiver'),
    s(COACH, 'Coach Ray Castagna', 'the red-zone offense "unacceptable"', 'called', 'mixed', role='Coach'),
    s(COACH, 'Coach Ray Castagna', 'his defense, which stopped Stonebury on fourth-and-goal from the 2-yard line with 38 seconds remaining', 'praised', role='Coach'),
    s(COACH, 'Castagna', '"That\'s a grown-man stand,"', 'said', 'direct', role='Coach'),
    s(COACH, '', '"Our defense played winning football all afternoon, and they finally got some help."', '', 'direct', role='Coach'),
    s('Jerome Ferriday', 'Ferriday', 'the Hawks had practiced that exact play all week', 'said', role='Linebacker'),
    s('Jerome Ferriday', 'he', '"We knew they liked the inside zone on the goal line,"', 'said', 'direct', role='Linebacker'),
    s('Jerome Ferriday', '', '"I just had to get there first."', '', 'direct', role='Linebacker'),
    s(OPP, 'Stonebury coach Marvin Sickles', 'his decision to run rather than throw on the final snap', 'defended', role='Stonebury coach'),
    s(OPP, 'Sickles', '"We had the best back in the league and two yards to go. I\'d make that call a hundred times out of a hundred,"', 'said', 'direct', role='Stonebury coach'),
    s('Elijah Corrado', 'He', 'the Stonebury locker room was "sick" after the game', 'said', 'mixed', role='running back'),
    s(QB, 'Langridge', 'the close finishes were "not good for anybody\'s blood pressure"', 'said', 'mixed', role='quarterback'),
    s(QB, 'Langridge', 'the team was learning how to win tight games', 'insisted', role='quarterback'),
    s('Isaiah Montfort', 'he', '"We should have put them away at halftime. We can\'t keep living like this,"', 'said', 'direct', role='cornerback'),
    s('Isaiah Montfort', '', '"Good teams don\'t give you four chances inside the 20."', '', 'direct', role='cornerback'),
    s(COACH, 'Castagna', 'Lusignan had "earned his way back."', 'saying', 'mixed', role='Coach'),
    s(COACH, 'Castagna', 'Nwokeji would have an MRI on Monday and that he did not yet know how long the lineman would be out', 'said', role='Coach'),
)

FER = 'Maren Hovdenak'
HUS = 'Arvid'

doc('ac16-paper-feature-last-ferry-captain', 'The Northwoods Courier', '2031-07-20', '''
The last captain of the Gauldie Lake ferry

For 31 years, one woman has carried an island's groceries, coffins and wedding guests across four miles of cold water. The county says the run ends in December.

By Hannah Zaborska
Courier Staff

GAULDIE ISLAND — The captain arrives at the dock at 5:40 every morning, 20 minutes before anyone else, and walks the length of the boat with a flashlight, touching the rail as she goes. She is 63, wears the same faded orange jacket she bought in 2004, and has missed four days of work in three decades.

"The boat tells you things if you listen," says Maren Hovdenak. "A new rattle, a smell of diesel where there shouldn't be one. You learn her like you learn a person."

Hovdenak has piloted the Gauldie Lake ferry, a 68-foot steel car ferry named the Wren, since 2000. In that time, by her own estimate, she has made more than 40,000 crossings between the mainland town of Pike Harbor and Gauldie Island, home to about 280 year-round residents.

In December, the county plans to end the service and replace it with a bridge, which opened to traffic this spring after six years of construction. The county board voted in June to sell the Wren.

"It's the right decision for the island. People need to get to the hospital in 10 minutes, not 40," said county administrator Glen Roediger. He said the ferry cost the county about $1.4 million a year to run and that the bridge would pay for itself within 15 years.

Hovdenak does not argue with that. She only shrugs when asked about the bridge. "I'm not going to be the old woman who stood in front of the future," she says.

Her husband, Arvid, worked as the ferry's deckhand for 22 years before his back gave out. He now sits on a folding chair by the ticket booth most mornings, drinking coffee from a thermos. He says his wife is the better sailor of the two of them. "I never once saw her scared," he says. "Not in the ice, not in the fog. I was scared for both of us."

The islanders have their own stories. Bernadette Wachowiak, who runs the island's only store, remembers the winter night in 2014 when Hovdenak took the Wren out through half-frozen water to bring a pregnant neighbor to the mainland. "She didn't ask permission from anybody," Wachowiak says. "She just went."

Others are less sentimental. Dale Ouimette, a retired teacher who moved to the island in 2019, says the bridge has already changed his life for the better. He can now see his grandchildren in Pike Harbor on a weekday evening, he says, something that was almost impossible when the last boat left at 7 p.m.

The county has offered Hovdenak a job as a bridge attendant. She has not said whether she will take it.

On a gray morning in July, a man in a suit waits at the rail as the Wren pulls away from the island. He is a funeral director from Pike Harbor, on his way to collect the body of a longtime resident. He says he has made this trip with Hovdenak perhaps 50 times. "She always slows down when I'm aboard," he says. "She never says why. She doesn't have to."

Back at the dock, Hovdenak ties off the bow line and checks her watch. Six more months, she says, and then someone else can worry about the weather.
''',
    s('Glen Roediger', 'The county', 'the run ends in December', 'says', role='county administrator'),
    s(FER, 'Maren Hovdenak', '"The boat tells you things if you listen,"', 'says', 'direct', role='captain'),
    s(FER, '', '"A new rattle, a smell of diesel where there shouldn\'t be one. You learn her like you learn a person."', '', 'direct', role='captain'),
    s(FER, 'her', 'she has made more than 40,000 crossings between the mainland town of Pike Harbor and Gauldie Island, home to about 280 year-round residents', 'by her own estimate', role='captain'),
    s('Glen Roediger', 'county administrator Glen Roediger', '"It\'s the right decision for the island. People need to get to the hospital in 10 minutes, not 40,"', 'said', 'direct', role='county administrator'),
    s('Glen Roediger', 'He', 'the ferry cost the county about $1.4 million a year to run and that the bridge would pay for itself within 15 years', 'said', role='county administrator'),
    s(FER, 'she', '"I\'m not going to be the old woman who stood in front of the future,"', 'says', 'direct', role='captain'),
    s(HUS, 'He', 'his wife is the better sailor of the two of them', 'says', role='husband'),
    s(HUS, 'he', '"I never once saw her scared,"', 'says', 'direct', role='husband'),
    s(HUS, '', '"Not in the ice, not in the fog. I was scared for both of us."', '', 'direct', role='husband'),
    s('Bernadette Wachowiak', "Bernadette Wachowiak, who runs the island's only store", 'the winter night in 2014 when Hovdenak took the Wren out through half-frozen water to bring a pregnant neighbor to the mainland', 'remembers'),
    s('Bernadette Wachowiak', 'Wachowiak', '"She didn\'t ask permission from anybody,"', 'says', 'direct'),
    s('Bernadette Wachowiak', '', '"She just went."', '', 'direct'),
    s('Dale Ouimette', 'Dale Ouimette, a retired teacher who moved to the island in 2019', 'the bridge has already changed his life for the better', 'says', role='retired teacher'),
    s('Dale Ouimette', 'he', 'He can now see his grandchildren in Pike Harbor on a weekday evening', 'says', role='retired teacher'),
    s('a funeral director from Pike Harbor', 'He', 'he has made this trip with Hovdenak perhaps 50 times', 'says', role='funeral director from Pike Harbor'),
    s('a funeral director from Pike Harbor', 'he', '"She always slows down when I\'m aboard,"', 'says', 'direct', role='funeral director from Pike Harbor'),
    s('a funeral director from Pike Harbor', '', '"She never says why. She doesn\'t have to."', '', 'direct', role='funeral director from Pike Harbor'),
    s(FER, 'she', ['Six more months', 'and then someone else can worry about the weather'], 'says', role='captain'),
)
