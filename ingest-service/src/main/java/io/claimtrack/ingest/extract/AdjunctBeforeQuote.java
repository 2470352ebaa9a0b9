package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * 'Lund wrote on Facebook: “Q”', 'an official said Wednesday, “Q”', 'she announced on her page, in capital letters,
 * “Q”': a time, place or medium between the cue and the colon or comma that opens a quotation says where and when
 * it was said, not what; the quotation is the cue's content. So does the manner of "put it this way: “Q”".
 */
final class AdjunctBeforeQuote {

    private AdjunctBeforeQuote() {
    }

    /**
     * The verb cue that only adjunct phrases ({@link AdjunctOnly}), each closed by a comma but the last, separate from
     * token {@code last}, the one before the punctuation that opens the quotation; null if there is none.
     */
    static Cue cue(AttributionContext ctx, Sentence s, int last) {
        List<Token> tokens = ctx.tokens;
        int end = last + 1;
        for (int k = last; k >= s.firstToken() && last - k <= Windows.ADJUNCT_BEFORE_QUOTE_TOKENS; k--) {
            Cue cue = ctx.cueEndingAt[k];
            if (cue != null && k < last) {
                boolean adjunct = end == k + 1 || AdjunctOnly.is(tokens, k + 1, end) || AsClause.mannerBeforeColon(tokens, cue, end);
                return adjunct && cue.kind() == Lexicon.CueKind.VERB ? cue : null;
            }
            Token t = tokens.get(k);
            if (t.is(",")) {
                if (!AdjunctOnly.is(tokens, k + 1, end)) {
                    return null;
                }
                end = k;
            } else if (t.type() == Token.Type.QUOTE || t.type() == Token.Type.PUNCT && !t.is(".")) {
                return null;
            }
        }
        return null;
    }
}
