#!/usr/bin/env python3
"""Builds invented set BN: a held-back set of round 59 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree. Five wire stories, six government texts, five North American newspaper articles (ids
bnNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers), dated 2042; the documents are in three modules,
one per kind. Genres none of sets BA-BL used (checked with a grep of their build scripts): a rice export ban, a bank
run, drones closing an airport, a salmon farm escape, an icebreaker freeing a stranded convoy; a police chief's media
availability after an arrest, a joint statement of two governments with each foreign minister's remarks, a parliament's
budget day summary of proceedings, a school board's regular meeting minutes, a supreme court's media summary of a
judgment, a fisheries department's consultation outcome; a bakery's neon sign dispute, a pickleball noise dispute, a
youth soccer referee shortage, beavers flooding a rail trail, the town pool's closure (with page noise).

build_bn_wire.py, five wire stories: a Reuters-style rice export ban (a headline dash " - trade ministry" (the ministry
the lede names), "a ministry official told reporters", bare "Traders said", '"A," X told parliament. "B."' (two),
"according to the X Association", "Analysts at X, a Tavoro brokerage, said in a report", "called the ban "B" and said C"
(two), "declined to comment" after a who-clause (none), an interrupted quotation in small letters (one, in parts),
"welcomed the ban, saying B" (two), "Asked whether ..., X said: "..."", "the ministry's notice said" (the ministry), an
importer that "told Reuters" with a quoted tail); a Bloomberg-style bank run (a headline "..., Central Bank Says", "the
bank said in a statement" over a content in which "a post on a messaging app claimed that A" (nested), '"A. B," X told
Bloomberg Television. "C."' (two), "said A and that B" (one), "He didn't say how much" (none), a nurse "who gave her
name only as Agnes", "Is Caravel sound?" (none) and "according to its annual report" (the bank), "analysts at X wrote in
a note", "Asked whether ..., he said "..."", "They didn't name him." (none), "X met Y and the heads of ... He said
afterward" (X)); an AP-style airport drone closure (a headline with no cue, "airport officials said" over "after pilots
reported drones" (nested), an operator and its officer, the police and their superintendent, "Asked whether ..., he said
the police had "..."", "did not respond to a request for comment" (none), a minister "who visited" (background) who
"said A and would B" (one) and "called A "B"", "said she had asked the Defense Ministry to consider V, but she declined
to say whether" (one; the declining none), "according to the airport", a passenger "had been told" (his statement, no
inner speaker), "said it supported A. But it warned that B" (two), an association that "said A ... and called for B"
(two), "Will the drones come back Thursday night?" (none) and its answer); an AFP-style salmon farm escape ("the
operator said" in the lede (the company named below), "said A and that it had asked fishermen to help recapture the
fish, offering 200 kroner" (one, the offer cut), "told AFP", "It did not say whether" (none), '"A," she told AFP. "B."'
(two), "he said, adding that B" (two), a mayor's '"A," said X. "B."' (two; "They said" inside the quotation not marked),
"called on the government to V" and "..., the group said" (two), a minister "who is due to present" (background), "her
office said only that "..."" (the office), "He blamed the storm" (a position), the AFP slug line (none)); a TASS-like
icebreaker convoy (a headline dash " — Northern Sea Route Directorate" and "the press service of X told VIN" (the
directorate), "According to the directorate", a deputy minister's indirect and direct statements, "rejected the
accusation" (a position) and "In a statement posted on its website, the company said A and that B" (one), "told VIN that
A and that B" (one), "reported that", "did not disclose" (none), "instructed the directorate to report" (a statement),
"He also noted that", "A, X told VIN" over "Meteorologists ... expect" (nested), "estimated in a note", "declined to
comment on the estimate" (none)).

build_bn_gov.py, six government texts: a police chief's media availability after an arrest (a "Speakers:" line, the
chief's opening turn one statement over three paragraphs with its greeting ("Good morning.") and without the hand-over
paragraph ("I'll ask Detective Inspector X to say a word ..."), the families' "have asked for privacy" inside it
(nested), the inspector's turn without "Thank you, Chief." and with "the fire service's investigators found that A"
(nested), "Reporter:" and "Reporter (Outlet):" questions (none) whose premises name speakers ("the X Tenants'
Association says A", "Mayor X said last week that A", "The fire marshal told our station yesterday that A"), two
unlabelled questions in paragraphs of their own (none; the premise "Your own association said on Friday that A" a
statement), an answer that deflects and answers (one statement), "I'm not going to get into that." and "That is a
decision for the Crown, not for us. Thank you all." (none), the lab's "confirmed that A" inside an answer (nested),
"Media Relations: 555-0190" (furniture)); a joint statement of two governments ("The two Governments welcomed A and
noted that B" (two, the two states), "agreed that", "The Ostravan side informed the Telmark side that" and "The Telmark
side expressed concern about A and called for B" (each side's minister; two), "recalled that", "stated that", "condemned
A and reaffirmed B" (two), "The Ministers instructed their customs services to report" (the pair), then "Remarks by
Minister X ..." twice (each speech one statement without "Thank you, Saskia." / "Thank you, Dragan, and welcome to
Telmark City." and without the closing "Thank you." / "I thank you.", "As our guards told me ..., A" nested,
"(Applause)" parting the second speech in two)); a parliament's budget day summary ("presented the Budget" and "The
Budget provides for" (none), "In her speech, the Minister said that A and that B" (one), "Excerpts from the Minister's
speech:" over three quoted excerpts (each the Minister's, cue "", the topic label "On debt:" cut; "They told me ... that
A" and "The Governor of the Reserve Bank has told me that A" inside them nested), "tabled the Finance Bill" (an act),
the shadow minister's "said A and accused B" (two), "He told the House: "..."" (the Minister's "says" inside it nested),
"said A but would B" (one), "welcomed A but said B" (two), a member's "asked the Minister whether" (none), "The Minister
replied that", "called the answer "B" but said C" (two), "The Speaker announced that the debate would begin" (the
House's business, none), "described the Budget as "B"", "said on its website that"); a school board's regular meeting
minutes (attendance lines defining "The Chair", "The Director", "The Superintendent of Business" and "... of
Facilities", call to order and motions (none), a delegation's "told the Board that" and "asked the Board to restore A"
(a request, a statement) with "presented a petition" (an act), "asked whether" and "asked how much" (none), "responded
that", "stated that A and that B" (one) and "urged", "reported that A and that B" (one), "noted that", "advised that",
"confirmed that", "requested staff to provide a list" (a statement) beside "requested staff to report back on whether"
(none), "stated for the record that", "expressed concern that", "spoke against the motion, stating that B" (B only),
recorded votes ("In favour:", "Opposed:", "CARRIED", "LOST"; none), "The Chair noted that", "said she would vote against
the motion because "..."" (a statement), "Letter from X, advising that A" (X's) and "Letter from X, thanking the Board's
bus drivers" (a courtesy, none), "reported that", the adjournment and signature lines (none)); a supreme court's media
summary of a judgment (a case title, "Justices:" roster, the disclaimer paragraph (none), "challenged the consent ...,
arguing that B" (B only; the challenge a filing), "dismissed the challenge" (none), "The Court of Appeal dismissed the
appeal, holding that B" (B only), "allows the appeal and quashes the consent", "gives the lead judgment, with which the
other Justices agree" (none), "submitted that" four times, "accepted that A, but submitted that B" (two), "X,
intervening, submitted that", "counsel for the Minister conceded that" (counsel), "The Court held that A [34]" (the
paragraph number cut) and the next sentence with no cue (none), "The Agency's letter ... did not say that A; it said
only that B" (the Agency, B only), "found that", "Justice X observed that", "The Court rejected X's submission on
relief" (a decision, none), "In the Court's view, A", "Justice Y, concurring, added that B" (B), "made no order as to
the costs" (none)); a fisheries department's consultation outcome (numbered consultation questions (none), "Most
respondents (148) agreed that A" (the respondents), "The Institute stated in its response that A and that "B"" (one),
"Several fishing businesses disputed the Institute's figures, arguing that B" (B only), "said that A and estimated that
B" (two), "wrote that", "One respondent, a skipper from Ardcarrow, said" (the description), "Views were divided."
(none), "Angling clubs opposed including recreational angling, saying that B" (B only), "supported a full closure" (a
position), "argued that", "The Government has considered all responses carefully." (none), "The Department accepts that
A, and that B" (one), "does not accept that", "The Institute has confirmed that", three bullets under "The Minister ...,
NAME, announced:" (each hers, cue "announced"), "The Minister said: "..."", "The Department will publish a review" (its
own plan, none), "Enquiries:" (furniture)).

build_bn_paper.py, five North American newspaper articles: a bakery's neon sign dispute (a headline "..., town says;
owner vows to fight" (the zoning administrator who first says it below; the owner), a deck with no cue, "Regulars call
it Big Flaky." (a nickname, none) and "The town wants it gone." (none), "In a letter ..., X told Y that A, and gave her
60 days" (A only), '"A," Y said. "B."' (two), "filed an appeal" (an act), "Asked who had complained, he said the town
does not release the names" (a statement), "Is the sign too big? ..., according to the town's letter" (the zoning
administrator who wrote it), a society "which pushed for the bylaw" (background) that "said in a statement", a retired
architect described before she is named, "said he would recuse himself" and "added that A and that he had asked staff
for a report" (one), "did not return calls" (none), an interrupted quotation in small letters (one, in parts)); a
pickleball noise dispute (a deck "Residents want courts moved; players say they were there first" ("want" none; the open
group "players", as round 39's plural bare deck noun), "She and about 30 neighbors have asked the City Council to A"
with the group named after it ("has since given itself a name: Quiet Brantley"), "The noise, they say, is A" (one, in
parts), "said A, but that "B" and has ordered C" (one), "The manufacturer claims", "X is skeptical." (none), "The
players, for their part, say", "said the club had offered to pay" (his statement; the offer inside it), "X met with both
groups. She said afterward" (X), "She wants the council to try shorter hours first." (none), "a resident who asked not
to be named because ..." (the description), "Asked whether ..., X said a proposal ... "..."", a neighbor who disagrees);
a youth soccer referee shortage (a deck "'A,' league director says of parents" (the executive director below), "league
officials said", "according to executive director X", "Most of those who quit, she said, were A" (one, in parts), '"A,"
X said. "B."' (two), "A father followed him ..., he said, and called him "B"" (one, in parts, the father's naming not
marked), "X has thought about going back. He said:" over a two-paragraph quotation (one statement; the thinking
none), signs that read "..." (none), "said A and that B" and "said the association would A and had asked leagues to B"
(one each), "Is a ban enforceable?" (none), "said A. But she warned that "B"" (two), "One father ..., who declined to
give his name, said" and "Another, who also declined to be named, said" (the descriptions), an interrupted quotation in
small letters); beavers flooding a rail trail (a deck "Trapping is cheapest, roads chief says; naturalists' club calls
it 'a war on a rodent'" (the roads superintendent; the club's president who says it below), "told council that", "A, he
said, and "B"" (one, in parts), "That did not sit well with X." (none), "called trapping "B" and said C" (two), "Is the
trail really in a wetland? A, according to a 2037 provincial map" (the map), "A spokesperson for X said A but had not B"
(one; the authority), "The authority's guidelines ..., posted on its website, call trapping "B"" (the authority), "has
offered to remove the beavers" (an act), "The township's insurer has warned that A, X said" (X's; the insurer nested),
'"A," he said. "B."' (two), "Asked whether she had a preference, she said she did not, and that "B"" (one)); the town
pool's closure with page noise (a breadcrumb, a byline's time stamps, "Share this story", "Advertisement", "Related:", a
newsletter line, "Comments (14)" with readers reporting what others said, "Most Read" with the headline repeated (all
none); a headline "..., city says" (the city manager who says it in the lede), '"A," X said. B, he said, and C' (two;
the second one, in parts), "The city's recreation department said", "Why wasn't the crack found sooner?" (none),
"according to city records" (the city), "A 2040 consultant's report, obtained by the Tribune, warned that A and
recommended B" (two; the report, the obtainer no maker), a council member "who has pushed for a new pool since 2039"
(background), "said A but that "B"" (one), "He declined to say when" (none), "the city said", "The city has not
answered, he said", a parent's statement and quotes).

All invented: places, bodies, outlets, companies and people, dated 2042. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts (it has not run on them: the set is held back for the lead). Decided here, where the conventions are silent:
- "(Applause)" inside a speech under "Remarks by NAME" parts it in two statements, as round 54's "(laughter)" inside a
  turn; the speech's opening address ("Thank you, Dragan, and welcome to Telmark City.") is cut as a courtesy.
- An unlabelled question in a paragraph of its own inside a transcript is a question put, none; its premise naming a
  speaker ("Your own association said on Friday that A") is that speaker's statement, as in labelled questions.
- "challenged the consent in the High Court, arguing that B" gives B only (the challenge is a filing, an act; as round
  40's "had asked for A, arguing that B" the arguing carries the statement); "dismissed the appeal, holding that B"
  gives B only (as "rejected the motion, stating that B"); "disputed the figures, arguing that B" gives B only (round
  52's "disputed that, saying B").
- Excerpts under "Excerpts from the Minister's speech:" are each one statement of the minister the summary names, cue
  "", without the topic label ("On debt:"), as bullets under a verbless lead-in the text gives to one speaker.
- A court summary's sentence with no cue after "The Court held that A [34]." ("It is not enough that ... [36].") is no
  statement (no cue; the summary's own paraphrase), and paragraph numbers in brackets are cut from contents.
- "counsel for the Minister conceded that A" speaks as counsel, its mention (counsel is not the party).
- "Most respondents (148) agreed that A" in a consultation outcome is the respondents' statement (round 57's "Most"
  after a group the text counts).
- A headline's "town says" is the town officer the story quotes first saying it (round 52's deck noun for a public
  body); "the town's letter" speaks as the zoning administrator the text says wrote it.
"""
import build_bn_wire  # noqa: F401  (each module adds its documents)
import build_bn_gov  # noqa: F401
import build_bn_paper  # noqa: F401
from invented_common import write

write('invented_bn_gold.jsonl', per_document=True)
