package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * The subject of a possessive relative clause whose verb is the cue: "the Harbour Guild, whose chair, Orla Benn,
 * claimed that A" (the name in apposition to the possessed noun speaks), "Holm, whose lawyers argued that A" (the
 * possessed noun itself, when a "that"-clause follows). The clause's own subject says A, not the sentence's.
 */
final class PossessiveRelative {

    private PossessiveRelative() {
    }

    /** The speaker of the possessive relative clause whose verb is {@code cue}, or null. */
    static Mention speaker(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int last = ClauseShapes.skipAdverbsLeft(tokens, cue.firstToken() - 1, first);
        if (last <= first) {
            return null;
        }
        if (!tokens.get(last).is(",")) {
            // "Telvio, whose board had recommended the offer": without a reported clause the possessed noun's verb is
            // the antecedent's background, an act or a stance; "whose lawyers argued that A" reports.
            int whose = whoseBefore(tokens, last, first);
            return whose < 0 || cue.endToken() >= s.endToken() || !tokens.get(cue.endToken()).is("that") ? null
                    : ctx.mentions.build(whose + 1, last + 1);
        }
        // "whose chair, Orla Benn, claimed": the apposition between the two commas names the possessed.
        int open = last - 1;
        while (open > first && last - open <= Windows.DETERMINED_PHRASE_TOKENS && tokens.get(open).isWord()) {
            open--;
        }
        if (open >= last - 1 || !tokens.get(open).is(",") || !tokens.get(open + 1).isCapitalized()
                || whoseBefore(tokens, open - 1, first) < 0) {
            return null;
        }
        return ctx.mentions.build(open + 1, last);
    }

    /**
     * Where the clause of {@code speaker} opens: the comma before "whose" for a possessed noun ("Holm, whose lawyers
     * argued A, lost"), else the token after an apposition's name (its closing comma).
     */
    static int clauseOpen(AttributionContext ctx, Mention speaker) {
        int start = ctx.tokenAtOrAfter(speaker.start());
        return start > 1 && ctx.tokens.get(start - 1).is("whose") ? start - 2 : ctx.tokenAtOrAfter(speaker.end());
    }

    /**
     * The "whose" opening a possessed noun phrase of lower-case words that ends at token {@code last}, or -1:
     * "whose lawyers", "whose longtime skipper".
     */
    private static int whoseBefore(List<Token> tokens, int last, int first) {
        for (int k = last; k > first && last - k < Windows.NOUN_PHRASE_WORDS; k--) {
            if (!tokens.get(k).isLowerWord() || FunctionWords.NP_BREAKERS.contains(tokens.get(k).lower())) {
                return -1;
            }
            if (tokens.get(k - 1).is("whose")) {
                return k - 1;
            }
        }
        return -1;
    }
}
