package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * The readout wording of "agree": what the speaker agreed on or agreed with someone about is a view, as "agreed
 * that" is. "agreed to buy" is an action and no cue at all ({@link CueSense}); "agreed with the plan" names what
 * was agreed with, not what was said.
 */
final class Agreement {

    private Agreement() {
    }

    /** "The leaders agreed on a ceasefire": in a readout what was agreed is the statement. */
    static boolean on(List<Token> tokens, Cue cue, int end) {
        return single(tokens, cue, end) && tokens.get(cue.endToken()).is("on");
    }

    /**
     * "Dan Berg agreed with Lund about the winner", "The pilots' union agrees with the mayor": a view shared with
     * someone is the speaker's too; with a that-clause after the person the clause is what was said ({@link #withThat}).
     */
    static boolean with(List<Token> tokens, Cue cue, Sentence s, int end) {
        return single(tokens, cue, end) && tokens.get(cue.endToken()).is("with") && !withThat(tokens, cue, s, end);
    }

    /**
     * "agreed with the mayor that the pier is safe": whom the speaker agrees with, then the view in a that-clause
     * (found as after any cue, {@link ReportedContent#startAfterCue}). A "that" before a verb is a relative:
     * "agreed with the plan that was passed".
     */
    static boolean withThat(List<Token> tokens, Cue cue, Sentence s, int end) {
        if (!single(tokens, cue, end) || !tokens.get(cue.endToken()).is("with")) {
            return false;
        }
        int from = ReportedContent.startAfterCue(tokens, cue, end);
        return from > cue.endToken() + 2 && tokens.get(from - 1).is("that") && !ObjectComplement.relativeVerb(tokens, from, s);
    }

    private static boolean single(List<Token> tokens, Cue cue, int end) {
        return cue.endToken() + 1 < end && cue.endToken() - cue.firstToken() == 1
                && tokens.get(cue.firstToken()).lower().startsWith("agree");
    }
}
