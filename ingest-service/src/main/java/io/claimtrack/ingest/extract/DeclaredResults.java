package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * What an officer or a chair declares into being, an act with no words in it: a candidate "declared Ms. Ana Holm
 * elected", a sitting "declared the public hearing closed", a headline's passive "Holm declared winner". "declared that
 * the count was fair" and "declared the plan a failure" are words and stay.
 */
final class DeclaredResults {

    /** What a declaration makes a candidate: "declared Ms. Holm elected", "declared him duly re-elected". */
    private static final Set<String> ELECTED = WordSet.of("elected", "re-elected", "reelected");
    /** A headline's passive result right after the verb: "Holm declared winner", "Berg declared elected". */
    private static final Set<String> BARE_RESULTS = WordSet.union(List.of(ELECTED), "winner", "winners", "victor");
    /** The state a sitting is declared in: "declared the hearing closed", "declared the meeting open". */
    private static final Set<String> SITTING_STATES = WordSet.of("open", "opened", "closed", "adjourned", "suspended");
    /** What may stand between a name and its result: "declared Ms. Holm duly elected". */
    private static final Set<String> FORMALLY = WordSet.of("duly", "formally", "officially");

    private DeclaredResults() {
    }

    /** Whether the object right after "declared" (at {@code next}) is a result or a sitting's state. */
    static boolean at(List<Token> t, int next, Sentence s) {
        int end = Math.min(s.endToken(), next + Windows.DECLARED_OBJECT_TOKENS + 2);
        if (next >= end) {
            return false;
        }
        if (BARE_RESULTS.contains(t.get(next).lower())) {
            return true;
        }
        return elected(t, next, end) || sittingState(t, next, end);
    }

    /** "declared Ms. Ana Holm elected", "declared him duly elected as the Member for X". */
    private static boolean elected(List<Token> t, int next, int end) {
        int k = next;
        if (FunctionWords.OBJECT_PRONOUNS.contains(t.get(k).lower())) {
            k++;
        } else {
            while (k < end && (t.get(k).isWord() && t.get(k).isCapitalized() || k > next && t.get(k).is("."))) {
                k++;
            }
        }
        if (k == next) {
            return false;
        }
        k = k < end && FORMALLY.contains(t.get(k).lower()) ? k + 1 : k;
        return k < end && ELECTED.contains(t.get(k).lower());
    }

    /** "declared the public hearing closed at 9:14 p.m.", "declared this meeting adjourned". */
    private static boolean sittingState(List<Token> t, int next, int end) {
        if (!FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(next).lower()) && !t.get(next).is("this")) {
            return false;
        }
        for (int k = next + 1; k + 1 < end && t.get(k).isLowerWord(); k++) {
            if (SittingOrders.isSitting(t.get(k).lower())) {
                return SITTING_STATES.contains(t.get(k + 1).lower());
            }
        }
        return false;
    }
}
