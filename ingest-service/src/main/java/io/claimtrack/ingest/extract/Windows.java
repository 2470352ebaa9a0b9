package io.claimtrack.ingest.extract;

/**
 * How far the stages look for a phrase or an attribution pattern: token windows, block and statement counts, character
 * distances. One home per job, so a change of reach is a change here and the figures say what it did; the reach of
 * resolution is in {@link ResolutionWindows}, the sizes of document structure and page furniture in {@link LayoutWindows}.
 */
final class Windows {

    private Windows() {
    }

    // ---- noun phrases

    /** Longest speaker noun phrase, in tokens. */
    static final int PHRASE_TOKENS = 12;
    /** Longest office title of capitalised words and connectors before its holder's name. */
    static final int LONG_TITLE_TOKENS = 28;
    /** Longest lower-case description that a determiner alone makes a speaker ("the former senator"). */
    static final int DETERMINED_PHRASE_TOKENS = 6;
    /** Most lower-case modifiers before a title that joins a name: "Republican presidential nominee Dale Hurst". */
    static final int TITLE_MODIFIER_TOKENS = 3;
    /** Most words of a title's fields before the place it is held for: "Minister of Energy and Natural Resources of the". */
    static final int TITLE_FIELD_TOKENS = 8;
    /** The same when the fields list with commas: "Minister of Foreign Affairs, European Integration and Trade of the". */
    static final int TITLE_FIELD_LIST_TOKENS = 14;
    /** Most words between a singular determiner and a cue word that closes its noun phrase: "a private email". */
    static final int NOUN_PHRASE_WORDS = 3;
    /** Most words of a counted object before its relative clause: "found three spoiled ballots that". */
    static final int COUNTED_OBJECT_WORDS = 3;
    /**
     * Most lower-case words on each side of an "and" in an office's field before its holder's name: "Vice President
     * for news and talk Dave Gorab", "director of communications and policy Ann Lee".
     */
    static final int OFFICE_FIELD_WORDS = 3;
    /** Longest role named after "as" in a relative clause: "who played as a left winger". */
    static final int ROLE_AFTER_AS_TOKENS = 3;

    // ---- attribution patterns

    /**
     * Most adverbs between a subject and its verb ("he also repeatedly publicly claims"); a cue word ending in
     * "-ly" ("reply reply ...") would otherwise make the scan back quadratic.
     */
    static final int ADVERB_RUN = 3;
    /** Words after the subject of a clause without "that" within which its verb must come: "is sure the new bridge will". */
    static final int BARE_CLAUSE_VERB_TOKENS = 6;
    /** No sentence of prose has more cues; a sentence that does is skipped, keeping degenerate input linear. */
    static final int MAX_CUES_PER_SENTENCE = 24;
    /** Fewest tokens of content a statement may have. */
    static final int MIN_CONTENT_TOKENS = 2;
    /** Characters of content starts per list of the statement index ({@link StatementIndex}). */
    static final int INDEX_BUCKET_CHARS = 64;
    /** Longest speaker after a headline dash ("... — Kremlin aide"). */
    static final int HEADLINE_SPEAKER_TOKENS = 6;
    /** Shortest headline content before a dash. */
    static final int HEADLINE_CONTENT_TOKENS = 3;
    /** Longest speaker label before a colon ("HOST:", "Sergey Lavrov:"). */
    static final int COLON_LABEL_TOKENS = 4;
    /** Longest bracketed outlet or addressee after a transcript label ("Per Lind (Brennvik Post):", "Question (to both ministers):"). */
    static final int LABEL_BRACKET_TOKENS = 6;
    /** Longest title label of a speaker and a topic before its colon ("Holm on the Harbour Plan:"). */
    static final int TITLE_TOPIC_TOKENS = 12;
    /** Longest speaker before a colon and a quotation in a digest line ("- More from Ada Berg and Tor Vik: “Q”"). */
    static final int LABEL_SPEAKER_TOKENS = 8;
    /** Longest transcript label with an office or a decoration ("Nurse Ada Holm, Medal of Honour, First Class:"). */
    static final int DESCRIBED_LABEL_TOKENS = 12;
    /** Longest role in lower case between a described label's name and its decoration ("teacher of music at the Vik village school"). */
    static final int DESCRIBED_LABEL_ROLE_TOKENS = 10;
    /** Longest written answer's label ("Answered by the Minister of State for Ports (Mr Ola Vik) on 4 June 2033:"). */
    static final int ANSWERED_LABEL_TOKENS = 28;
    /** Farthest the next transcript label may be for a turn to go on over the paragraphs between (see SpeakerColonStage). */
    static final int TURN_CONTINUATION_BLOCKS = 4;
    /** Fewest words of a turn's own paragraph for it to go on over the next ones; fewer make a subhead. */
    static final int TURN_SPEECH_WORDS = 8;
    /** How far after a quotation its speaker and cue may run: '"Q," adviser to ... John Smith said'. */
    static final int SPEAKER_AFTER_QUOTE_TOKENS = 14;
    /**
     * How far the speaker, cue and an aside may run between an interrupted quotation's halves: '"We baked," Ostrova
     * said, sweeping flour off the long oak table by the back door of the mill, "but nobody came."'.
     */
    static final int INTERRUPTION_TOKENS = 24;
    /** Most lower-case words of a role before the name of a quotation's speaker: '"Q," guild vice president Tove Lind'. */
    static final int ROLE_BEFORE_NAME_WORDS = 4;
    /** Most words of a quoted term the narrator names: '"Top secret" is the highest level'. */
    static final int QUOTED_TERM_WORDS = 3;
    /** What may follow a cue that closes its quotation's sentence: "shouted to the crowd." */
    static final int AFTER_TRAILING_CUE_TOKENS = 4;
    /**
     * How far back from "and saying" the participle it is coordinated with may stand: ", mocking the council and
     * saying", ", noting that he would receive an endorsement on Friday from a former rival, Ben Carson, and suggesting".
     */
    static final int COORDINATED_PARTICIPLE_TOKENS = 25;
    /** Longest place or poll after a share's head: "in a New York Times poll last year". */
    static final int SHARE_TAIL_TOKENS = 8;
    /** Longest fronted poll phrase with its comma: "In a national CNN/ORC poll released on Monday,". */
    static final int POLL_PHRASE_TOKENS = 16;
    /** Fewest tokens after a fronted poll phrase's comma for a clause: "In the polls, anyway." has none. */
    static final int POLL_CLAUSE_TOKENS = 3;
    /** How far after "according to X" the source may run to its comma. */
    static final int ACCORDING_TO_SOURCE_TOKENS = 8;
    /** How far after a cue "that" may open the content: "said on Tuesday that". */
    static final int THAT_AFTER_CUE_TOKENS = 8;
    /** Longest predicate between a speaker subject and the colon that opens its quotation: "went even further:". */
    static final int COLON_PREDICATE_TOKENS = 12;
    /** Longest manner between "put it" and the colon that opens its quotation: "put it more bluntly than most:". */
    static final int MANNER_TOKENS = 4;
    /** Longest run of time, place and medium phrases between a cue and the quotation it opens: "wrote on Facebook on Sunday:". */
    static final int ADJUNCT_BEFORE_QUOTE_TOKENS = 12;
    /** The same after a verb with a listener: "told reporters in Brussels that". */
    static final int THAT_AFTER_TELL_TOKENS = 14;
    /** Longest adjunct phrase between a cue and its "that": "said in an interview with the Harbour Gazette last week that". */
    static final int ADJUNCT_BEFORE_THAT_TOKENS = 16;
    /** Longest object between a verb and the complement that makes it a cue: "likened the long campaign to". */
    static final int COMPLEMENT_OBJECT_TOKENS = 12;
    /** Longest person asked before the question word: "asked former Mayor Ola Holm whether". */
    static final int ASKED_OBJECT_TOKENS = 6;
    /** Longest subject between "if"/"whether" and the verb of a question put to someone: "if the former mayor believed". */
    static final int QUESTION_SUBJECT_TOKENS = 4;
    /** Longest opening before a question's "about": "In response to a question about", "Replying to questions on". */
    static final int QUESTION_OPENING_TOKENS = 6;
    /** Longest subject between a question's opening auxiliary and its verb: "Does Rubio, like Tilton, 19, oppose". */
    static final int INVERTED_SUBJECT_TOKENS = 8;
    /** Longest named listener of "told": "told TheBlaze founder Glenn Beck he ...", "told The Star-Ledger last week she ...". */
    static final int NAMED_LISTENER_TOKENS = 8;
    /** Longest sender of a medium before a participle: "Letter from the Kell Valley Nurses' Union expressing". */
    static final int SENDER_TOKENS = 8;
    /** Most words after the determiner of the one a quoted question was put to: "asked the real estate mogul". */
    static final int LISTENER_WORDS = 4;
    /** How far after such a verb "that" may open its clause: "ruled on Friday that". */
    static final int THAT_AFTER_COMPLEMENT_VERB_TOKENS = 3;
    /** Longest object of a light verb up to its noun of saying: "offered her firmest public promise that". */
    static final int LIGHT_VERB_OBJECT_TOKENS = 4;
    /** Most modifiers of the feeling a verb is said with: "noted with deep and growing concern". */
    static final int FELT_MANNER_MODIFIERS = 3;
    /** Longest medium phrase closing reported content: "... in a televised interview with the Gazette on Sunday". */
    static final int MEDIUM_TAIL_TOKENS = 10;
    /** Longest medium phrase after a trailing cue: "..., she said in an interview with the Harbour Gazette newspaper published on Tuesday." */
    static final int TRAILING_MEDIUM_TOKENS = 20;
    /** How far a list may go on after a noun phrase that would otherwise name what was said ({@link SummativeAppositive}). */
    static final int LIST_AFTER_APPOSITIVE_TOKENS = 30;
    /** How far, in characters, a role after a name may reach: "Tom Renn, chief economist at Harbour Capital in Port Ellis". */
    static final int ROLE_AFTER_NAME_CHARS = 120;
    /** Words of a dateline's place in capitals before a hyphen or its state: "MYRTLE BEACH", "SALT LAKE CITY". */
    static final int DATELINE_PLACE_TOKENS = 3;
    /** Tokens of a dateline's state between its comma and dash: "N.H.", "Iowa", "S.C.". */
    static final int DATELINE_STATE_TOKENS = 4;
    /** Longest time counted from another after a cue, its last word included: "a few days later". */
    static final int COUNTED_TIME_TOKENS = 4;
    /** Longest adverbial after a final cue: "..., X said on Tuesday in Brussels." */
    static final int TRAILING_ADVERBIAL_TOKENS = 10;
    /** Longest recipient between a medium and its participle: "a memo to the whole campaign staff saying". */
    static final int RECIPIENT_TOKENS = 5;
    /** Longest source and time between a medium and its "that": "a letter from his doctor Friday afternoon that says". */
    static final int MEDIUM_SOURCE_TOKENS = 6;
    /** Longest determiner and modifiers between a publishing verb and its medium: "released a new 30-second ad". */
    static final int MEDIUM_MODIFIER_TOKENS = 5;
    /** Longest phrase before a sentence's subject taken for an adverbial rather than what was said. */
    static final int FRONTED_ADVERBIAL_TOKENS = 16;
    /** "Flynn said Thursday morning on Fox News.": so short a rest says when and where, not what. */
    static final int WHEN_AND_WHERE_TOKENS = 6;
    /** Longest aside between speaker and cue: "Trump, when asked about it, said". */
    static final int ASIDE_TOKENS = 16;
    /** Most asides after a name before its cue: "Chase, 27, a Tinder user in New York, said". */
    static final int STACKED_ASIDES = 4;
    /** Longest run of asides after a name before its cue, a long relative clause included. */
    static final int STACKED_ASIDE_TOKENS = 36;
    /** Longest whole clause subject before its cue: "A 2014 study that appeared in a medical journal found". */
    static final int CLAUSE_SUBJECT_TOKENS = 22;
    /** Longest clause subject whose head a "who" clause follows: "A firefighter who spoke on condition of anonymity because ...". */
    static final int RELATIVE_SUBJECT_TOKENS = 24;
    /** Longest plural group after a comma before its cue: "..., boat owners said". */
    static final int BARE_GROUP_TOKENS = 3;
    /** Farthest a role stands before the place or firm a relative pronoun follows: "a professor in public law at the University of Tarnby in Brenland, who". */
    static final int ROLE_PLACE_TOKENS = 12;
    /** Longest prepositional phrase between a clause's subject and its verb: "when Holm in his opening speech called". */
    static final int SUBJECT_PREPOSITION_TOKENS = 5;
    /** Longest sentence subject that speaks through a gerund or second verb. */
    static final int SUBJECT_TOKENS = 8;
    /** Longest adverbial before a sentence's subject: "Later on Sunday at a rally in Des Moines,". */
    static final int OPENING_ADVERBIAL_TOKENS = 12;
    /**
     * Longest phrase of circumstance opened by a preposition before a sentence's subject: "In response to Vik's
     * proposal to bar ferries from entering the harbour,".
     */
    static final int ADVERBIAL_PHRASE_TOKENS = 24;
    /**
     * Longest adverbial clause before a sentence's subject: "While the industry cannot block all terror content on
     * the web,".
     */
    static final int ADVERBIAL_CLAUSE_TOKENS = 24;
    /**
     * Longest opening adverbial without its comma: "In a March 2016 meeting with the editorial board of the Harbour
     * Post Lund said".
     */
    static final int BARE_ADVERBIAL_TOKENS = 16;
    /** Longest manner, listener or place between "spoke" and its topic: "spoke to the Harbour Times on Monday about". */
    static final int SPOKE_TOPIC_GAP_TOKENS = 7;
    /** Longest quoted name of a written work after "titled": "“Aisle Nine: What Grocery Taught Me About Leadership,”". */
    static final int WORK_TITLE_TOKENS = 24;
    /** Most words of a result after "post" or "add": "posted a record third-quarter profit". */
    static final int RESULT_OBJECT_TOKENS = 5;
    /** Most words of what "add" puts into something: "adds money for", "added a second night stop to". */
    static final int ADDED_OBJECT_TOKENS = 5;
    /** How far past "found", "showed", "maintained" or "felt" a clause or a quotation may open: "found last week that". */
    static final int FINDING_CLAUSE_TOKENS = 8;
    /** Most words of a quoted noun phrase kept after "maintained": "“regular telephone contacts”". */
    static final int QUOTED_PHRASE_WORDS = 4;
    /** Most words before what a declaration brings into force: "declared a 30-day state of emergency". */
    static final int DECLARED_OBJECT_TOKENS = 5;
    /** Most modifiers before what a crew answers: "responded to a two-alarm fire". */
    static final int EMERGENCY_MODIFIER_TOKENS = 2;
    /** Longest participle clause before a sentence's subject: "Citing the attack as a wake-up call for ... “Q,” Will". */
    static final int PARTICIPLE_CLAUSE_TOKENS = 30;
    /** Opening adverbials one after another before a subject: "In Ames, Iowa, on Sunday, Clinton said". */
    static final int OPENING_ADVERBIALS = 3;
    /** Longest span of time closed by its unit before a subject: "The next month,", "That same day,". */
    static final int TIME_SPAN_TOKENS = 3;
    /** Most words after "for" to the end of a duration before a cue's "that": "for the past two years". */
    static final int DURATION_TOKENS = 4;
    /** Longest state or country after an opening adverbial's place: "Speaking in Salem, New Hampshire, Trump". */
    static final int PLACE_AFTER_PLACE_TOKENS = 3;
    /** How far a fronted "Under X," may run to its comma. */
    static final int UNDER_SOURCE_TOKENS = 8;
    /** Most words from a comma to the cue that closes a sentence opened by "Under X,": ", Finance Minister Ada Holm said". */
    static final int UNDER_CLOSING_CUE_TOKENS = 6;
    /** Most words from a "can" cue to the contact its clause names: "can report a blocked drain to the city's help line at 555-0110". */
    static final int CONTACT_AFTER_CUE_TOKENS = 30;
    /** Most words between a possessive speaker and its noun of saying: "the ministry's oft-repeated claim". */
    static final int POSSESSIVE_BEFORE_NOUN_TOKENS = 3;
    /** How far into "X, who ..." a role may be given: "who for a decade played as a winger". */
    static final int PREDICATE_ROLE_TOKENS = 10;
    /** How many blocks may stand between a lead-in and its bullets: "Lavrov stressed:", a paragraph, the list. */
    static final int FAR_LEAD_IN_BLOCKS = 3;
    /** How far after its cue a lead-in closed with a period names its list: "set out the following". */
    static final int LIST_ANNOUNCER_TOKENS = 3;
    /** How many statements back a follow-on quotation looks for its speaker. */
    static final int FOLLOW_ON_STATEMENTS = 50;
    /** How many blocks back a follow-on quotation looks for its speaker. */
    static final int FOLLOW_ON_BLOCKS = 2;
    /** How many quoted paragraphs may follow an "Excerpts from X's speech:" line and still be X's. */
    static final int EXCERPT_BLOCKS = 8;
    /** How far before "Excerpts from the address follow." the sentence that says who gave the address may end. */
    static final int EXCERPT_OWNER_TOKENS = 80;
    /** How far before a closing "according to X" a verb of saying and its "that" may open the clause X backs. */
    static final int REPORT_BEFORE_SOURCE_TOKENS = 40;

    // ---- dates

    /** How far outside a statement's content, in characters, a date in its sentence still dates it. */
    static final int DATE_OUTSIDE_CONTENT_CHARS = 40;
}
