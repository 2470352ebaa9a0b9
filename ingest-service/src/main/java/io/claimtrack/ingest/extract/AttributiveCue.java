package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A cue's participle used as an adjective before its noun: "after last week's disputed vote", "the stated aim", "its
 * reported losses". A verb cannot follow an article or a possessive, so nothing is said there; "the board disputed the
 * count" and "Lund's lawyer disputed it" keep their verb. After a noun of what a declaration or an agreement brings
 * into force ("the truce agreed in Marova", "the curfew announced on Monday") the participle is a reduced relative
 * clause: a truce says nothing; so is "reported" before a state ("a van reported stolen"), and "repeat" before one who
 * does a thing again or the thing done ("repeat offenders face a ban"). Asked by {@link CueSense}.
 */
final class AttributiveCue {

    /** Determiners that may stand right before an adjective: "this disputed figure", "these claimed savings". */
    private static final Set<String> DETERMINERS = WordSet.union(List.of(FunctionWords.ARTICLES_OR_POSSESSIVES), "this",
            "these", "every", "each", "any", "much");

    /** Words whose "'s" is "has" or "is", not a possessive: "he's predicted", "who's argued". */
    private static final Set<String> CONTRACTED = WordSet.union(List.of(FunctionWords.SUBJECT_PRONOUNS), "who", "that", "there",
            "what", "here", "where");

    /** Auxiliaries that make a participle a verb: "has sworn", "had written", "was shown". */
    private static final Set<String> AUXILIARIES = WordSet.union(List.of(FunctionWords.FINITE_AUXILIARIES), "be",
            "been", "being", "having");

    /** Degree words before an adjective in "-ing": "the most demanding roles", "physically demanding jobs". */
    private static final Set<String> DEGREE = WordSet.of("very", "more", "most", "less", "least", "so", "too");
    /** Prepositions an adjective's noun phrase may follow, after a degree adverb: "in physically demanding jobs". */
    private static final Set<String> PLACES = WordSet.of("in", "into", "under");

    /** Nouns "repeat" modifies as an adjective: "repeat offenders", "repeat violations", "repeat customers". */
    private static final Set<String> REPEATED = WordSet.of("offender", "offence", "offense", "violator", "violation",
            "visitor", "customer", "caller", "buyer");

    /** Modifiers between an object's article and its noun: "a full - year sales forecast". */
    private static final int OBJECT_MODIFIERS = 4;

    private AttributiveCue() {
    }

    /**
     * "photographs and sworn statements from 61 witnesses", "written answers": a participle that is no past form, with no
     * auxiliary before it, modifies the statement or document noun after it; "has sworn statements were true" keeps it.
     * After a number, a determiner or a verb's bare object slot ("received 40 written submissions", "obtain written
     * consent") it modifies any noun: a verb "written" has its auxiliary ("has long written columns" is left).
     */
    static boolean beforeStatementNoun(Lexicon lexicon, List<Token> t, int i, int words, Sentence s) {
        int next = i + words;
        if (words != 1 || next >= s.endToken() || !lexicon.participleOnly(t.get(i).lower())
                || i > s.firstToken() && AUXILIARIES.contains(t.get(i - 1).lower())) {
            return false;
        }
        String noun = t.get(next).lower();
        return WordForms.inSetOrPlural(lexicon.statementNouns, noun) || WordForms.inSetOrPlural(lexicon.documents, noun)
                || i > s.firstToken() && modifierSlot(t.get(i - 1)) && plainNoun(t.get(next));
    }

    /** A number, a determiner or a lower-case word that is no adverb: what may stand before an adjective's noun phrase. */
    private static boolean modifierSlot(Token before) {
        String b = before.lower();
        if (b.indexOf('\'') >= 0 || b.indexOf('’') >= 0) {
            // "the board's written rules", not "he's written columns".
            return nounPossessive(b);
        }
        return before.type() == Token.Type.NUMBER || FunctionWords.NUMBER_WORDS.contains(b) || DETERMINERS.contains(b)
                || before.isLowerWord() && !b.endsWith("ly") && !FunctionWords.ADVERBS.contains(b)
                && !FunctionWords.SUBJECT_PRONOUNS.contains(b) && !FunctionWords.NP_BREAKERS.contains(b);
    }

    /** A lower-case word that opens no clause, object or phrase of its own: "submissions", "consent". */
    static boolean plainNoun(Token after) {
        String a = after.lower();
        return after.isLowerWord() && !a.endsWith("ly") && !a.equals("to") && !a.equals("by")
                && !FunctionWords.NP_BREAKERS.contains(a) && !FunctionWords.DETERMINERS.contains(a)
                && !FunctionWords.OBJECT_PRONOUNS.contains(a) && !FunctionWords.TOPIC_PREPOSITIONS.contains(a)
                && !FunctionWords.ADVERBS.contains(a) && !a.equals("in") && !a.equals("at");
    }

    /** "the truce agreed in Marova in March has been broken": a participle right after a noun of {@code declared-acts}. */
    static boolean afterActNoun(Lexicon lexicon, List<Token> t, int i, int words, Sentence s) {
        return words == 1 && i > s.firstToken() && t.get(i).lower().endsWith("ed")
                && WordForms.inSetOrPlural(lexicon.declaredActs, t.get(i - 1).lower());
    }

    /** Parts of a document a thing is pointed to by, with its number: "described in item 5.1", "set out in section 4". */
    private static final Set<String> LOCATORS = WordSet.of("item", "section", "paragraph", "clause", "chapter", "annex",
            "appendix", "schedule", "table", "article", "part", "note");

    /**
     * "the provincial grant described in item 5.1 could be used", "the works mentioned in section 4": a participle after a
     * thing's lower-case noun that points to a numbered part of the document is a reduced relative on that noun; "The
     * board described in its filing how ..." has a body before it and stays.
     */
    static boolean pointedTo(Lexicon lexicon, List<Token> t, int i, int words, Sentence s) {
        if (words != 1 || i == s.firstToken() || i + 3 >= s.endToken() || !t.get(i).lower().endsWith("ed") || !t.get(i + 1).is("in")
                || !LOCATORS.contains(t.get(i + 2).lower()) || t.get(i + 3).type() != Token.Type.NUMBER) {
            return false;
        }
        return thingNoun(lexicon, t.get(i - 1)) && !WordForms.inSetOrPlural(lexicon.organizations, t.get(i - 1).lower());
    }

    /** A thing's lower-case noun, no auxiliary, pronoun, person or group: what a reduced relative's participle follows. */
    private static boolean thingNoun(Lexicon lexicon, Token noun) {
        String n = noun.lower();
        return noun.isLowerWord() && !AUXILIARIES.contains(n) && !FunctionWords.SUBJECT_PRONOUNS.contains(n)
                && !lexicon.isPersonNoun(n) && !lexicon.groups.contains(n);
    }

    /** States a thing or person is reported in: "a van reported stolen", "a climber reported missing". */
    private static final Set<String> REPORTED_STATES = WordSet.of("stolen", "missing", "lost", "dead", "killed", "injured",
            "wounded", "hurt", "damaged", "abandoned", "sighted", "seen");

    /**
     * "a pickup reported stolen near Harl may be linked", "two hikers reported missing": "reported" between a lower-case
     * noun and a state is a passive reduced relative on that noun, which reports nothing.
     */
    static boolean reportedState(Lexicon lexicon, List<Token> t, int i, int words, Sentence s) {
        if (words != 1 || i == s.firstToken() || i + 1 >= s.endToken() || !t.get(i).is("reported")
                || !REPORTED_STATES.contains(t.get(i + 1).lower())) {
            return false;
        }
        return thingNoun(lexicon, t.get(i - 1));
    }

    /**
     * "Kestrel Motors gave a full-year sales forecast that fell short": a cue word that is also a count noun of saying
     * ({@link ShellNouns}), with only lower-case modifiers back to an article right after a past verb, ends that verb's
     * object; "Analysts at a Swiss bank forecast that" and "The company forecast" keep their verb.
     */
    static boolean objectNoun(Lexicon lexicon, List<Token> t, int i, int words, Sentence s) {
        String w = t.get(i).lower();
        if (words != 1 || !ShellNouns.isNoun(w)) {
            return false;
        }
        for (int k = i - 1; k > s.firstToken() && i - k <= OBJECT_MODIFIERS + 1; k--) {
            Token m = t.get(k);
            if (FunctionWords.ARTICLES.contains(m.lower())) {
                return PhraseShapes.pastForm(t.get(k - 1), lexicon);
            }
            if (m.isCapitalized() || !m.isWord() && !m.is("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the one-word cue at {@code i} is a participle between a determiner or possessive and the noun it modifies,
     * or "repeat" before a {@link #REPEATED} noun.
     */
    static boolean adjective(List<Token> t, int i, int words, Sentence s) {
        int next = i + words;
        if (words == 1 && next < s.endToken() && t.get(i).is("repeat")) {
            return WordForms.inSetOrPlural(REPEATED, t.get(next).lower());
        }
        if (words == 1 && i > s.firstToken() && next < s.endToken() && t.get(i).lower().endsWith("ing")) {
            return presentAdjective(t, i, s);
        }
        if (words != 1 || i == s.firstToken() || next >= s.endToken() || !t.get(i).lower().endsWith("ed")) {
            return false;
        }
        String before = t.get(i - 1).lower();
        Token after = t.get(next);
        // "Lund's repeated insistence that ...": a noun of saying with its clause still reports the owner's words.
        boolean clauseAfterNoun = next + 1 < s.endToken() && t.get(next + 1).is("that");
        return (DETERMINERS.contains(before) || nounPossessive(before)) && after.isWord() && !clauseAfterNoun
                && !after.is("that") && !after.is("by")
                && !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(after.lower());
    }

    /** "the county's", "Lund's": a possessive, not a pronoun's contracted "has" or "is" ("he's"). */
    private static boolean nounPossessive(String w) {
        return Mentions.isPossessive(w) && !CONTRACTED.contains(Mentions.possessiveStem(w));
    }

    /**
     * "workers in physically demanding occupations", "a demanding job": an "-ing" cue after an article or a possessive,
     * or after "in" and a degree adverb, and before a bare noun describes that noun. "In offering analysis", "by
     * demanding answers" and "is openly demanding a recount" keep their verb.
     */
    private static boolean presentAdjective(List<Token> t, int i, Sentence s) {
        int k = i - 1;
        boolean degree = k > s.firstToken() && (t.get(k).lower().endsWith("ly") || DEGREE.contains(t.get(k).lower()));
        k = degree ? k - 1 : k;
        Token after = t.get(i + 1);
        String before = t.get(k).lower();
        // "the county's planning office"; a name's "'s" before "-ing" is "is" ("Lund's planning a bid").
        boolean ownedBy = !degree && nounPossessive(before) && !t.get(k).isCapitalized();
        return (DETERMINERS.contains(before) || degree && PLACES.contains(before) || ownedBy)
                && after.isLowerWord() && !after.is("that") && !after.is("to")
                && !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(after.lower())
                && !FunctionWords.OBJECT_PRONOUNS.contains(after.lower()) && !FunctionWords.TOPIC_PREPOSITIONS.contains(after.lower());
    }
}
