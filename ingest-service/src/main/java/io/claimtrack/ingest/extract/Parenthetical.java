package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * A speaker and cue set off by commas inside what was said: "The paradox of Nancy, says one historian, is that
 * ...", "At the heart of it, according to Ross, was a decision ...", "“Only you,” she said, would use the
 * occasion ...". The clause goes on after the aside, so the statement is the whole sentence around it. A
 * quotation after the aside is an interrupted quotation, a statement of its own.
 */
final class Parenthetical {

    private Parenthetical() {
    }

    /**
     * True when token {@code comma} closes the aside and the sentence's clause goes on after it up to
     * {@code end} with its finite verb: "..., says one historian, is that ...". An apposition ("said Holm, a
     * pilot"), an adverbial or a participle after the comma is the narrator's.
     */
    static boolean continues(AttributionContext ctx, int comma, int end) {
        List<Token> tokens = ctx.tokens;
        int k = comma + 1;
        return comma < end && tokens.get(comma).is(",") && end - k >= 2 && !tokens.get(k).isCapitalized()
                && ClauseSubject.FINITE.contains(tokens.get(k).lower()) && ctx.cueAt[k] == null;
    }

    /**
     * As {@link #continues}, for the first comma from token {@code from} after which the clause goes on, past the
     * source's own words and asides within {@link Windows#ASIDE_TOKENS}: "..., according to a person close to the
     * board, is to ...", "The paradox of the port, says Ola Berg, historian at the museum, is that ...".
     */
    static boolean continuesAfter(AttributionContext ctx, int from, int end) {
        for (int k = from; k < end && k - from <= Windows.ASIDE_TOKENS; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is(",") && continues(ctx, k, end)) {
                return true;
            }
            if (!t.isWord() && !t.is(",") && !t.is(".") || ctx.cueAt[k] != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * '“Q,” she said, would ...': the comma that closes the cue's phrase starting at token {@code from} (the
     * cue's words and a short time phrase), when the clause goes on after it; -1 otherwise.
     */
    static int asideEnd(AttributionContext ctx, int from, int end) {
        for (int k = from; k < end && k - from <= Windows.TRAILING_ADVERBIAL_TOKENS; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is(",")) {
                return continues(ctx, k, end) ? k : -1;
            }
            if (!t.isWord()) {
                return -1;
            }
        }
        return -1;
    }
}
