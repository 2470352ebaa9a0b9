package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The last index at or before a given one that passes a test, each element tested once. */
class LastPassingTest {

    @Test
    void eachAnswerIsTheLastPassingIndexAndEachElementIsTestedOnce() {
        boolean[] passes = {false, true, false, false, true, false, false, false};
        int[] asked = new int[passes.length];
        LastPassing last = new LastPassing(passes.length, j -> {
            asked[j]++;
            return passes[j];
        });

        assertEquals(4, last.atOrBefore(7));
        assertEquals(4, last.atOrBefore(6));
        assertEquals(1, last.atOrBefore(3));
        assertEquals(4, last.atOrBefore(4));
        assertEquals(1, last.atOrBefore(2));
        assertEquals(-1, last.atOrBefore(0));
        assertEquals(-1, last.atOrBefore(-1));
        for (int j = 0; j < passes.length; j++) {
            assertEquals(1, asked[j], "element " + j);
        }
    }

    @Test
    void nothingPassesBeforeTheFirstPassingIndex() {
        LastPassing last = new LastPassing(3, j -> false);
        assertEquals(-1, last.atOrBefore(2));
        assertEquals(-1, last.atOrBefore(1));
    }
}
