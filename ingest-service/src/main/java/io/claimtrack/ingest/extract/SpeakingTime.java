package io.claimtrack.ingest.extract;

import java.util.Set;

/**
 * A chair's sentence that only times a member or the sitting: "Your time has expired.", "Minister, you have ten minutes
 * for your opening remarks.", "Each delegation has five minutes.", "Each witness will have ten minutes for a
 * presentation.", "We are out of time.", "You will have time at the end.". "Your time in office was a failure" says
 * something. Asked by {@link SittingOrders} per clause.
 */
final class SpeakingTime {

    /** How a member's time runs out: "is up", "has expired", "has run out", "is over". */
    private static final Set<String> EXPIRED = WordSet.of("up", "expired", "out", "over");
    /** When a member's time comes: "You will have time at the end.", "You will have time later.". */
    private static final Set<String> TIME_LATER = WordSet.of("at", "later", "afterwards", "after", "for");
    /** Each speaker's share of the time: "Each delegation has five minutes.". */
    private static final Set<String> EACH = WordSet.of("each", "every");
    private static final Set<String> HAS = WordSet.of("has", "gets");
    /** The longest "we have now run out of time". */
    private static final int OUT_OF_TIME_WORDS = 7;

    private SpeakingTime() {
    }

    /** Whether the clause {@code [from, to)}, its last token a word, only times a member or the sitting. */
    static boolean clause(AnnotatedDocument doc, int from, int to) {
        String first = doc.tokens.get(from).lower();
        String last = doc.tokens.get(to - 1).lower();
        return first.equals("your") && to - from <= 5 && doc.tokens.get(from + 1).is("time") && EXPIRED.contains(last)
                || first.equals("you") && to - from >= 4 && doc.tokens.get(from + 1).is("have") && unitAt(doc, from + 3)
                || EACH.contains(first) && to - from >= 5 && eachHas(doc, from + 2)
                || first.equals("we") && outOfTime(doc, from, to)
                || first.equals("you") && timeLater(doc, from + 1, to);
    }

    /** "has five minutes", "will have ten minutes": each speaker's share, from token {@code k} on. */
    private static boolean eachHas(AnnotatedDocument doc, int k) {
        boolean will = k + 1 < doc.tokens.size() && doc.tokens.get(k).is("will") && doc.tokens.get(k + 1).is("have");
        return (will || HAS.contains(doc.tokens.get(k).lower())) && unitAt(doc, will ? k + 3 : k + 2);
    }

    /** "We are out of time.", "we have run out of time": the sitting's time spent. */
    private static boolean outOfTime(AnnotatedDocument doc, int from, int to) {
        return to - from >= 4 && to - from <= OUT_OF_TIME_WORDS && doc.tokens.get(to - 3).is("out") && doc.tokens.get(to - 2).is("of")
                && doc.tokens.get(to - 1).is("time");
    }

    /**
     * "you will have time at the end", "you have time later": a member put off until later; "You have time to fix
     * the bridge before winter" says something.
     */
    private static boolean timeLater(AnnotatedDocument doc, int from, int to) {
        int k = from;
        if (k < to && doc.tokens.get(k).is("will")) {
            k++;
        }
        if (k + 1 >= to || !doc.tokens.get(k).is("have") || !doc.tokens.get(k + 1).is("time")) {
            return false;
        }
        k += 2;
        return k == to || TIME_LATER.contains(doc.tokens.get(k).lower()) && AgendaMoves.topic(doc, k + 1, to);
    }

    /** "you have ten minutes", "you have 90 seconds". */
    private static boolean unitAt(AnnotatedDocument doc, int k) {
        return k < doc.tokens.size() && FunctionWords.CLOCK_UNITS.contains(doc.tokens.get(k).lower());
    }
}
