package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "conceded a late goal", "conceded the opening try", "conceded 12 runs": a score against in sport, counted, no words.
 * "conceded defeat", "conceded the race" and "conceded the point" (an argument granted) are left.
 */
final class ConcededScore {

    /** What a side concedes on the field; not "point" alone, which an arguer concedes too. */
    private static final Set<String> SCORES = WordSet.of("goal", "goals", "points", "try", "tries", "run", "runs",
            "penalty", "penalties", "corner", "corners", "touchdown", "touchdowns", "wicket", "wickets", "equaliser",
            "equalizer", "header", "basket", "baskets", "set", "sets", "frame", "frames");

    private ConcededScore() {
    }

    /** The object at {@code next} of "conceded" is a score, after a few modifiers at most. */
    static boolean scored(List<Token> t, int next, Sentence s) {
        int to = Math.min(s.endToken(), next + Windows.RESULT_OBJECT_TOKENS);
        int k = ObjectSense.head(t, next, to, ConcededScore::modifier, SCORES);
        return k >= 0 && k < to;
    }

    /** "a", "the", "late", "second-half", "two": a lower-case word or a number before the head. */
    private static boolean modifier(Token tok) {
        return tok.type() == Token.Type.NUMBER || tok.isLowerWord() && !FunctionWords.NP_BREAKERS.contains(tok.lower())
                && !CueStage.PREPOSITIONS.contains(tok.lower()) || tok.is("-");
    }
}
