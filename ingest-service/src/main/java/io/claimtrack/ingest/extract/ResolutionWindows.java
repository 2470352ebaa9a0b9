package io.claimtrack.ingest.extract;

/**
 * How far resolution looks back and forth for the one a description, pronoun or document stands for: statement, block and
 * character distances, and the sizes of the names and descriptions it reads. Split from {@link Windows}.
 */
final class ResolutionWindows {

    private ResolutionWindows() {
    }

    // ---- resolution

    /** How many statements back (or forward) resolution looks for an antecedent. */
    static final int RESOLUTION_STATEMENTS = 50;
    /** How many statements either side a pronoun set off with its cue looks for the named statement it interrupts. */
    static final int INTERRUPTED_STATEMENTS = 3;
    /** How many sentences back "the two companies" look for the sentence that names the two. */
    static final int PAIR_SENTENCES = 4;
    /** How many blocks back a description looks for the named speaker it renames. */
    static final int DESCRIPTION_BLOCKS = 3;
    /**
     * How many blocks back a definite document ("According to the ruling") looks for the speaker whose sentence opened
     * by naming it ("In a ruling released Thursday, the association said"), past quotes of others between.
     */
    static final int MEDIUM_BLOCKS = 6;
    /** How many blocks below a headline its descriptor looks for the speaker it names. */
    static final int HEADLINE_LEDE_BLOCKS = 4;
    /** How many blocks from a document's top hold its headline, deck, byline and lede: where it names what it is about. */
    static final int TOP_BLOCKS = 6;
    /** A bare description ("the diplomat") renames a speaker at most this many blocks back. */
    static final int BARE_DESCRIPTION_BLOCKS = 1;
    /** How many paragraphs below its own a description looks for the name the text gives it next (past any that names no one). */
    static final int NAMED_NEXT_BLOCKS = 2;
    /** How far back, in characters, a description looks for a name given its title. */
    static final int TITLED_NAME_CHARS = 1500;
    /** How far back, in characters, a pronoun looks for the subject the text turned to. */
    static final int PRONOUN_SUBJECT_CHARS = 400;
    /** Longest phrase, in characters, opening a sentence that names its speaker's medium: "In a written statement released on Monday,". */
    static final int FRONTED_MEDIUM_CHARS = 80;
    /** Words before a description's body or document word at a sentence's start: "The regional transport ministry". */
    static final int BODY_DESCRIPTION_TOKENS = 4;
    /** Words between "the" and a body's head word read back from a document's "its": "the regional security organisation's monitoring mission". */
    static final int OWNER_DESCRIPTION_TOKENS = 6;
    /** How far back, in characters, a description by age ("the 26-year-old") or by a title no one holds looks for the person named. */
    static final int AGE_DESCRIPTION_CHARS = 400;
    /** How far back, in characters, "the document" looks for the document named just before it. */
    static final int DOCUMENT_NAMED_CHARS = 400;
    /** The fewest letters of a place's name left before its people's adjective's ending: "Lys-ian" of "Lysos". */
    static final int DEMONYM_STEM_CHARS = 3;
    /** How many blocks from the top a byline ("By Jane Fulton") may stand in, and how long its line may be. */
    static final int BYLINE_BLOCKS = 4;
    static final int BYLINE_CHARS = 80;
    /** How many blocks from the top a judgment's delivery line may stand in (court, case, title, date lines before it). */
    static final int JUDGMENT_HEAD_BLOCKS = 8;
    static final int JUDGMENT_HEAD_CHARS = 160;
    /** How far from its end a report's signature may stand, and in how many of the last lines (name, office, date). */
    static final int SIGNATURE_CHARS = 300;
    static final int SIGNATURE_LINES = 4;
    /** How many tokens a report's number may run to before the colon of its title ("2037", "-", "02"). */
    static final int REPORT_NUMBER_TOKENS = 4;
    /** Most words of a person's name a description may stand for: "J. Christopher Stevens", not a title-case headline. */
    static final int NAME_WORDS = 4;
    /** Most words after the first of a name a group gives itself ("calling itself Friends of the Old Pier"). */
    static final int SELF_NAME_WORDS = 8;
    /** Most characters from a sentence's "They" to the name it gives the group: "They have a group chat and, since May, a name: X". */
    static final int GIVEN_NAME_CHARS = 80;
    /** How many sentences before a group's naming, in its paragraph, a part of it may speak unnamed ("Some parents say"). */
    static final int BEFORE_NAMING_SENTENCES = 2;
    /** Most words of a title-case headline run that opens with a first name and is still read as a name: "Cecile Richards". */
    static final int HEADLINE_NAME_WORDS = 3;
    /** Times the length of the text the search for headline runs written elsewhere may read ({@link HeadlineRuns}). */
    static final int HEADLINE_SEARCH_TEXTS = 4;
    /** Fewest times the text names the person a description with no link in the text may stand for ({@link DocumentSubject}). */
    static final int SUBJECT_MIN_NAMES = 3;
    /** How many times as often as anyone else the description fits that person must be named. */
    static final int SUBJECT_DOMINANCE = 2;
    /**
     * How many statements after a headline its words are compared with, and a deck's noun looks for the body's own
     * person who says it ({@link DeckVoices}): the story's top, where it is summed up.
     */
    static final int HEADLINE_ECHO_STATEMENTS = 40;
    /** Characters read before a name for the word that introduces it ("retailer " in "retailer Fenwick & Dale"). */
    static final int WORD_BEFORE_CHARS = 16;
    /** Characters read before a name for a description with its contact clause ("the company they built, "). */
    static final int CLAUSE_BEFORE_CHARS = 40;
    /** Characters read before a name for the definite phrase that opens it ("the main opposition " of a party's name). */
    static final int MODIFIERS_BEFORE_CHARS = 40;
    /** Most words after "representing" that name whom a body represents: "the union representing the city's tram drivers". */
    static final int REPRESENTED_MEMBERS_WORDS = 5;
    /** Characters read after a name for the apposition that introduces it ("Freshway Markets, the region's grocery chain,"). */
    static final int APPOSITION_AFTER_CHARS = 64;
    /**
     * How far after a description the name set off after it may start: "The province's chief medical officer of health,
     * Dr. Ann Lind," (the complement, the comma, a title and up to four words of occupation).
     */
    static final int APPOSED_NAME_CHARS = 80;
    /** Capitalised words that are no person's name passed over looking for the person a lede's description introduces. */
    static final int NAMES_BEFORE_INTRODUCED = 8;
    /** Most words of a description a sentence opens with before the name in apposition to it ("The former chief, Anna Kolstad,"). */
    static final int OPENING_DESCRIPTION_TOKENS = 6;
    /** Most words of a relative clause in which a person gives their own name: "who would give only his first name,". */
    static final int SELF_NAMING_TOKENS = 9;
    /** Most nouns between a possessive opening a sentence and the name they describe ("Her colleague Denise Hartigan"). */
    static final int POSSESSIVE_DESCRIPTION_WORDS = 2;
    /** Longest title before a sentence's subject, in characters ("Council member Raj Patel was"). */
    static final int TITLE_BEFORE_SUBJECT_CHARS = 25;
    /** Tokens of capitalised words and quotation marks that may stand before a name opening its sentence (a title). */
    static final int TITLE_BEFORE_NAME_TOKENS = 16;
    /** Longest title and name after a delegation's "led by" before its comma ("headed by its secretary general Ann Lee"). */
    static final int DELEGATION_HEAD_CHARS = 80;
    /** Longest time and court between a filing's "filed" and its filers' "by" ("filed Monday in Orrin County District Court by"). */
    static final int FILED_BY_CHARS = 80;
    /** Longest phrase after a document naming the channel it came out on (" posted Monday on the Harwick Rovers Football Club's website"). */
    static final int CHANNEL_AFTER_CHARS = 90;
    /** Most modifiers between a possessive and the channel noun it owns ("her official Telegram channel"). */
    static final int CHANNEL_MODIFIER_TOKENS = 2;
    /** Longest verb group after a description through "sued" (" have since sued", " filed a wrongful-death lawsuit"). */
    static final int SUED_AFTER_CHARS = 40;
    /** Longest relative clause read past between plaintiffs' description and "sued" ("who fell from a chairlift last winter"). */
    static final int RELATIVE_ON_PLAINTIFFS_CHARS = 120;
}
