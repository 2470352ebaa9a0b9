package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "the crowd applauded loudly.", "as 200 townspeople applauded", "applauding along with the audience": "applaud" with
 * nothing applauded is clapping, no position taken; "applauded the ruling" and "a plan that economists applaud" (its
 * object the relative's antecedent) take one.
 */
final class Clapping {

    /** Words that open what comes after an intransitive verb: a second verb, a time clause, company. */
    private static final Set<String> AFTER_INTRANSITIVE = WordSet.of("and", "as", "along", "when", "while", "until");

    private Clapping() {
    }

    /** Whether "applaud" at token {@code i} has no object, after it or before it as a relative's antecedent. */
    static boolean at(List<Token> t, int i, Sentence s) {
        int k = i + 1;
        while (k < s.endToken() && k - i <= Windows.ADVERB_RUN && ClauseShapes.isAdverb(t.get(k))) {
            k++;
        }
        if (k < s.endToken() && t.get(k).isWord() && !AFTER_INTRANSITIVE.contains(t.get(k).lower())) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(s.firstToken(), i - Windows.DETERMINED_PHRASE_TOKENS); j--) {
            if (FunctionWords.THING_RELATIVES.contains(t.get(j).lower()) || t.get(j).is("what")) {
                return false;
            }
            if (!t.get(j).isWord()) {
                return true;
            }
        }
        return true;
    }
}
