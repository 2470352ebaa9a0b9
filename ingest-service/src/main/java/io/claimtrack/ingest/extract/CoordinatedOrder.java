package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "The Governor instructed the water board to test the wells and ordered the mayors to report by Friday": an order
 * joined by "and" to a directive of the same speaker is the second directive, a statement as the first is. An order
 * alone ("A judge ordered the landlord to repair the roof") may be a court's or a regulator's, an act, and stays none;
 * so does "in order to".
 */
final class CoordinatedOrder {

    /** Verbs of a directive that an "and ordered" may follow. */
    private static final Set<String> DIRECTIVES = WordForms.verbForms("instruct", "direct", "urge", "tell/told", "task");

    private CoordinatedOrder() {
    }

    /**
     * Whether the "order" at {@code i}, not followed by "that", is a directive: right after "and", with a directive verb
     * before it in its sentence (a read bounded by the sentence).
     */
    static boolean directive(List<Token> t, int i, Sentence s) {
        if (i + 1 < s.endToken() && t.get(i + 1).is("that")) {
            return true;
        }
        if (i - 1 <= s.firstToken() || !t.get(i - 1).is("and")) {
            return false;
        }
        for (int k = i - 2; k >= s.firstToken(); k--) {
            if (DIRECTIVES.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
