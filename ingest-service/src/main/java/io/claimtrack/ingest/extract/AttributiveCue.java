package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A cue's participle used as an adjective before its noun: "after last week's disputed vote", "the stated aim", "its
 * reported losses". A verb cannot follow an article or a possessive, so nothing is said there; "the board disputed the
 * count" and "Lund's lawyer disputed it" keep their verb. Asked by {@link CueSense}.
 */
final class AttributiveCue {

    /** Determiners that may stand right before an adjective: "this disputed figure", "these claimed savings". */
    private static final Set<String> DETERMINERS = Lexicon.words(List.of(Lexicon.ARTICLES_OR_POSSESSIVES), "this",
            "these", "every", "each", "any", "much");

    /** Words whose "'s" is "has" or "is", not a possessive: "he's predicted", "who's argued". */
    private static final Set<String> CONTRACTED = Lexicon.words(List.of(Lexicon.SUBJECT_PRONOUNS), "who", "that", "there",
            "what", "here", "where");

    /** Auxiliaries that make a participle a verb: "has sworn", "had written", "was shown". */
    private static final Set<String> AUXILIARIES = Lexicon.words(List.of(Lexicon.FINITE_AUXILIARIES), "be", "been",
            "being", "having");

    private AttributiveCue() {
    }

    /**
     * "photographs and sworn statements from 61 witnesses", "written answers": a participle that is no past form, with no
     * auxiliary before it, modifies the statement or document noun after it; "has sworn statements were true" keeps it.
     */
    static boolean beforeStatementNoun(Lexicon lexicon, List<Token> t, int i, int words, Sentence s) {
        int next = i + words;
        if (words != 1 || next >= s.endToken() || !lexicon.participleOnly(t.get(i).lower())
                || i > s.firstToken() && AUXILIARIES.contains(t.get(i - 1).lower())) {
            return false;
        }
        String noun = t.get(next).lower();
        return WordForms.inSetOrPlural(lexicon.statementNouns, noun) || WordForms.inSetOrPlural(lexicon.documents, noun);
    }

    /** Whether the one-word cue at {@code i} is a participle between a determiner or possessive and the noun it modifies. */
    static boolean adjective(List<Token> t, int i, int words, Sentence s) {
        int next = i + words;
        if (words != 1 || i == s.firstToken() || next >= s.endToken() || !t.get(i).lower().endsWith("ed")) {
            return false;
        }
        String before = t.get(i - 1).lower();
        Token after = t.get(next);
        // "Lund's repeated insistence that ...": a noun of saying with its clause still reports the owner's words.
        boolean clauseAfterNoun = next + 1 < s.endToken() && t.get(next + 1).is("that");
        return (DETERMINERS.contains(before) || Mentions.isPossessive(before) && !CONTRACTED.contains(Mentions.possessiveStem(before))) && after.isWord() && !clauseAfterNoun
                && !after.is("that") && !after.is("by") && !Lexicon.ARTICLES_OR_POSSESSIVES.contains(after.lower());
    }
}
