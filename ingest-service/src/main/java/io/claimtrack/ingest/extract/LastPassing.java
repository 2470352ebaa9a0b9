package io.claimtrack.ingest.extract;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Over a list in text order, the last index at or before a given one whose element passes a test, each answer
 * kept once found: a look-back that would pass over the same failing elements again for every later asker
 * (a pronoun after a long run of names or statements it cannot take) crosses them once. Only for elements that
 * no longer change once an index at or after them is asked.
 */
final class LastPassing {

    private static final int UNKNOWN = -2;

    private final IntPredicate test;
    private final int[] answer;

    LastPassing(int size, IntPredicate test) {
        this.test = test;
        this.answer = new int[size];
        Arrays.fill(answer, UNKNOWN);
    }

    /** The last index at or before {@code j} whose element passes the test, or -1. */
    int atOrBefore(int j) {
        int k = j;
        while (k >= 0 && answer[k] == UNKNOWN && !test.test(k)) {
            k--;
        }
        int found = k < 0 ? -1 : answer[k] != UNKNOWN ? answer[k] : k;
        for (int i = j; i >= 0 && i >= k; i--) {
            answer[i] = found;
        }
        return found;
    }
}
