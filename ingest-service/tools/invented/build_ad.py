#!/usr/bin/env python3
"""Builds invented set AD: a held-back set of round 41 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree, so the lead measures the round's rules on text nobody tuned for. Five wire stories, six government
texts, five North American newspaper articles (ids adNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers),
dated 2031; the documents are in three modules, one per kind.

build_ad_wire.py, five wire stories: an agency story of a constitutional tribunal striking down a media law abroad (the
tribunal "said" in its ruling, its president reading the judgment with a follow-on, a dissenting judge who "wrote", a
ministry "said in a statement", a prime minister who "has said", a union that "welcomed the ruling as '...'", "called
the ruling '...' and said" (two), "According to the tribunal's press office" (the tribunal's), lawyers for the
outlets, a diplomat "who asked not to be named"); an AP-style election night story (results "according to" an
elections office, a victory speech with a follow-on, a concession "said A and urged B" (two), an inspection report that
"found", "has promised", voters and "Others said", a turnout figure "according to" a named director, a campaign manager
who "said A and blamed B", a political scientist, a "said only that" answer); a Reuters-style results story (deck
bullets, one "CEO sees"; "reported a better-than-expected rise", "the company said in a statement", a chief executive
on a call with a quotation in two sentences, "Analysts said", an analyst who "noted A and warned B" (two), a finance
chief who "told analysts", "announced in May that", a union, "declined to comment" (none)); a health agency's outbreak
update (a "..., health agency says" headline, the agency, its bulletin and "the institute's figures" as the agency's,
a director general with follow-ons, an epidemiologist, doctors, a fisherman, a WHO regional office that "said A and
praised B" (two), "Health officials have warned"); a diplomatic story under an "Ostvaria says ..." headline (the
foreign minister, "two officials familiar with the negotiations", "according to one of them", "According to a draft
text seen by ...", "The draft also says", a spokeswoman, "A senior Kerevian official, speaking on condition of
anonymity", "Each side blamed the other" of a named pair, "Analysts cautioned", a Western diplomat, a party that
"accused").

build_ad_gov.py, six government texts: a readout of a state visit ("the host" and "the guest" for the two presidents,
"The Tavolin President", "thanked" (none), "noted A and expressed interest B" (two), "pointed out A ... He proposed B",
"supported the idea ... and said" (two), "drew attention to A and emphasised B" (two), "agreed that A and informed her
counterpart that B" (two), "The two Presidents welcomed", ministers of the delegations, press statements with
follow-ons, "The Presidents agreed", a rector who "told her"); a readout of a telephone conversation ("congratulated"
and "informed ... about" (none), "The head of the Belvarian Government", "expressed concern over ... and asked" (two),
"assured her that", "According to him,", "pointed out A and proposed B" (two), "replied that", "confirmed that", "The
sides expressed satisfaction ... and noted" (two), "The Prime Ministers agreed ... and instructed" (two), "invited"
(none)); a council of ministers' decisions (a bulleted list of acts: none) and its spokesperson's briefing ("said",
"According to the spokesperson", a minister's words reported by the spokesperson (nested), an employers' body that
"criticised the decision ..., saying" (two), "Question (Outlet):" turns (none) with a premise naming a speaker, and
"Name Surname:" answers); an emergencies ministry's flood update (officials who "reported", "According to her,",
"told the minister", "promised", "The minister noted:" over bullets, one ending in a colon over two sub-bullets,
"instructed", "warned residents against", "The Ministry ... reminds citizens that"); a regional governor's working
trip (a district head who "reported to the Governor", a contractor who "admitted" with a quotation, "noted A and
stressed B" (two), "instructed", a plant director who "told the Governor" and "According to her, A: '...'" (one), a
deputy chairman, "Residents raised the issue of", a pensioner, a farmer who "complained", "promised", a passive "was
instructed" and "thanked" (none)); an embassy's statement answering a foreign newspaper ("The article claims" (its
author's), "rejects these allegations", "We regret", "recalls", "asking for", "notes", "considers", "The author refers
to" (none), then "Question:" turns (none) with premises naming a foreign ministry and an editor, and "Answer:" turns
under a heading naming the press secretary).

build_ad_paper.py, five North American newspaper articles: a civil lawsuit (deck "Suit says", parents who "have sued
..., claiming", "The suit, filed ... by A and B, alleges", "the complaint says", "according to the complaint" over a
skier who "told the operator" (nested), the family's lawyer with a follow-on, a resort spokeswoman, inspection records
"obtained by the Gazette" that "show", "It seeks" (none), a law professor); a provincial legislature's question period
(deck "Health minister says"; "Opposition calls" for the critic, "accusing", "told the house", "shot back", "called
the package '...' and said" (two), a premier who "accused ... and said" (two), a question (none), "The government has
said", a member who "shouted", a Speaker who "ruled that A and asked him to B" (two), "repeated", a coalition chair, a
doctor, an association that "said ... and urged" (two)); a labour dispute (deck "Union says ...; agency says ...", a
vote result "the union said", the local's president and the authority's chief executive with follow-ons, "is seeking"
and "has offered" in bargaining (none), "said A but dismissed B" (two), a spokesman, drivers, "Another driver, who
asked that his name not be used", riders, a county executive who "urged A and said B" (two)); a basketball game story
(deck "coach calls", players and coaches after the game with follow-ons, "Asked whether ..., the coach smiled.
'...,' he said", "what the team called a right hamstring strain", "a team spokesman said", "did not blame" (none)); a
long feature on a family's wooden boatyard (present-tense "says", "By his own count,", quotations and indirect
contents a cue interrupts ("The work, she says, has never been steadier"), a husband and wife who speak of each other
("He says A. She says B."), a fisherman customer, a rival builder, "According to the provincial fisheries department",
an apprentice reached by phone in the past tense, a town historian, a department spokeswoman "in an email",
"remembers her grandfather as '...'", pronouns across three women and three men).

All invented: places, bodies, outlets and teams checked with a script against the texts of sets A-AB and the seeds
(none is shared) and against the lexicons (none is listed); common first names and some common surname parts are
shared. Annotated by hand by /work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before
the extractor first ran on the texts. Decided here, where the conventions are silent:
- A lawsuit or complaint "filed by A and B" speaks as them (round 36's document convention: the text names its
  makers), the deck's "Suit says" too; inspection records "obtained by" a newspaper name no maker and speak as
  themselves.
- "Each side blamed the other" of a pair the story names is the pair ("A and B"), as "both sides" of a dispute.
- A headline's bare state name ("Ostvaria says ...") is the state, not the minister the story quotes (a proper name,
  not round 38's role noun); a deck's "coach calls", "Health minister says", "Opposition calls", "Union says", "agency
  says" are the people the story quotes for them.
- An embassy's article "claims" speak as the article's named author; the embassy's own "notes", "considers",
  "recalls", "We regret" are the embassy's statements (as set AB's embassy).

usage: python3 ingest-service/tools/invented/build_ad.py  (writes src/test/resources/eval/invented_ad_gold.jsonl)
"""
import build_ad_wire  # noqa: F401  (each module adds its documents)
import build_ad_gov  # noqa: F401
import build_ad_paper  # noqa: F401
from invented_common import write

write('invented_ad_gold.jsonl', per_document=True)
