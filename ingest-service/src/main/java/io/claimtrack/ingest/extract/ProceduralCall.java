package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A chair's call for a pause in a sitting: "the chairwoman called for a recess", "called for a short adjournment", or
 * for its start: "The Chair called the meeting to order at 6:31 p.m.". It runs the meeting and says nothing of the
 * matter before it; a call for a measure ("called for a ban") is a position.
 */
final class ProceduralCall {

    /** Pauses a chair orders. Not "break" ("a break in the fighting" is asked for) nor "vote" (a demand of its own). */
    private static final Set<String> PAUSES = WordSet.of("recess", "adjournment");
    private static final Set<String> DETERMINERS = WordSet.union(List.of(FunctionWords.ARTICLES), "another");

    private ProceduralCall() {
    }

    /**
     * Whether the object from {@code next}, right after "called for", is a pause: a determiner, up to
     * {@link Windows#TITLE_MODIFIER_TOKENS} lower-case modifiers ("a brief", "a ten-minute"), then the pause.
     */
    static boolean at(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || !DETERMINERS.contains(t.get(next).lower())) {
            return false;
        }
        for (int k = next + 1; k < s.endToken() && k <= next + 1 + Windows.TITLE_MODIFIER_TOKENS; k++) {
            Token tok = t.get(k);
            if (PAUSES.contains(tok.lower())) {
                return true;
            }
            if (!tok.isWord() || tok.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the object from {@code next}, right after "called", is a sitting called to order: a determiner, up to
     * {@link Windows#TITLE_MODIFIER_TOKENS} modifiers, the sitting ({@link SittingOrders#isSitting}), "to order".
     */
    static boolean toOrder(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || !DETERMINERS.contains(t.get(next).lower()) && !t.get(next).is("this")) {
            return false;
        }
        for (int k = next + 1; k + 2 < s.endToken() && k <= next + 1 + Windows.TITLE_MODIFIER_TOKENS; k++) {
            if (SittingOrders.isSitting(t.get(k).lower())) {
                return t.get(k + 1).is("to") && t.get(k + 2).is("order");
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }
}
