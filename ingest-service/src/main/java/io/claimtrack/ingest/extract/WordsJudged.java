package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A verdict on someone's words after "consider" or "find": "We consider this accusation groundless.", "We find these
 * remarks insulting to every nurse." A maker that rebuts words states its view of them, as "considers that A" does.
 * "consider the new harbour master a safe pair of hands" ranks a person, "considered the claims for an hour" and "found
 * the remarks made by Lund" weigh or meet the words; none is a statement. Asked by {@link CueSense}.
 */
final class WordsJudged {

    /** What points at the words judged: "this accusation", "these remarks", "the claim". */
    private static final Set<String> POINTING = WordSet.union(List.of(FunctionWords.DEMONSTRATIVES), "the", "such");
    /** Words that go on with the object rather than judge it: "the claims and counterclaims", "the remarks of". */
    private static final Set<String> OBJECT_GOES_ON = WordSet.of("and", "or", "of");

    private WordsJudged() {
    }

    /** Whether the tokens from {@code next}, right after the verb, are words pointed at and a predicate on them. */
    static boolean follows(List<Token> t, int next, Sentence s, Lexicon lexicon) {
        int end = s.endToken();
        if (next + 2 >= end || !POINTING.contains(t.get(next).lower()) || !lexicon.statementNouns.contains(t.get(next + 1).lower())) {
            return false;
        }
        Token predicate = t.get(next + 2);
        String w = predicate.lower();
        if (!predicate.isWord() || predicate.isCapitalized() || OBJECT_GOES_ON.contains(w)) {
            return false;
        }
        if (FunctionWords.ARTICLES.contains(w)) {
            // "this statement a deliberate falsehood": a noun predicate.
            return next + 3 < end && t.get(next + 3).isWord();
        }
        // "this insinuation offensive": an adjective, not a preposition, a clause, an adverb or a participle.
        return !FunctionWords.NP_BREAKERS.contains(w) && !CueStage.PREPOSITIONS.contains(w) && !w.endsWith("ly") && !w.endsWith("ed");
    }
}
