package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "should have warned families on the day the inspector reported the leak", "the week Kestrel Foods reported the
 * fault": a report inside a time noun's relative clause dates another act; the reporting is an act, its object no
 * words. "the day the ministry reported that exports fell" gives a clause, left. Asked by {@link CueSense}.
 */
final class DatedReport {

    /** Time nouns a relative clause may date: "the day", "the week". */
    private static final Set<String> TIMES = WordSet.of("day", "week", "month", "morning", "afternoon", "evening",
            "night", "moment", "hour", "year");
    /** The reporter's words between the time noun and the verb: "the inspector", "Kestrel Foods". */
    private static final int REPORTER_WORDS = 3;

    private DatedReport() {
    }

    /** Whether the report verb at {@code i} (its object at {@code next}) stands in "the day X reported Y". */
    static boolean at(List<Token> t, int i, int next, Sentence s) {
        if (next >= s.endToken() || t.get(next).is("that") || t.get(next).type() == Token.Type.QUOTE) {
            return false;
        }
        for (int k = i - 1; k > s.firstToken() && i - k <= REPORTER_WORDS + 1 && t.get(k).isWord(); k--) {
            if (TIMES.contains(t.get(k).lower())) {
                return k < i - 1 && (t.get(k - 1).is("the") || t.get(k - 1).is("that"));
            }
        }
        return false;
    }
}
