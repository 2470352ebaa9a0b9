package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Asked whether the pier was safe, 64 percent of pilots said yes, but ...": a one-word answer right after its cue
 * is what was said, however short; "said no immediate decision had been made" and "said no to the plan" go on.
 */
final class Answers {

    private static final Set<String> WORDS = WordSet.of("yes", "no");
    /** What may end an answer inside its sentence: "yes, but", "yes while 48 percent agreed". */
    private static final Set<String> CLOSERS = WordSet.of(",", ";", "but", "while", "whereas");

    private Answers() {
    }

    /** The index past a run of answer words ("yes, yes, yes") starting at {@code from}, or -1 when none ends there. */
    static int end(List<Token> tokens, int from, int end) {
        int k = from;
        while (k < end && WORDS.contains(tokens.get(k).lower())) {
            k++;
            if (k + 1 < end && tokens.get(k).is(",") && WORDS.contains(tokens.get(k + 1).lower())) {
                k++;
            }
        }
        return k > from && (k == end || CLOSERS.contains(tokens.get(k).lower())) ? k : -1;
    }

    /** Content {@code [from, to)} is an answer and nothing else. */
    static boolean only(List<Token> tokens, int from, int to) {
        return end(tokens, from, to) == to;
    }
}
