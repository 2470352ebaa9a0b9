package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * An aside that ends with words it quotes: "Holm, citing “the magic of the port,” said", "Lund, who calls the
 * mayor a “menace,” said". The aside's comma stands inside the quotation, before its closing mark.
 */
final class QuotedAside {

    private QuotedAside() {
    }

    /**
     * Where the closing marks after the comma at token {@code comma} end, when that comma is the last thing its
     * quotation holds; -1 otherwise. A mark of two apostrophes may be two tokens.
     */
    static int afterClosingMarks(AttributionContext ctx, int comma) {
        List<Token> tokens = ctx.tokens;
        Quote q = tokens.get(comma).is(",") ? ctx.doc.quoteAt(tokens.get(comma).start()) : null;
        if (q == null) {
            return -1;
        }
        int k = comma + 1;
        while (k < tokens.size() && tokens.get(k).type() == Token.Type.QUOTE && tokens.get(k).end() <= q.end()) {
            k++;
        }
        return k > comma + 1 && tokens.get(k - 1).end() == q.end() ? k : -1;
    }

    /**
     * The first token of the opening marks that token {@code k} belongs to, when they open, after a word of the
     * aside, the quotation that the comma at token {@code comma} closes; -1 otherwise.
     */
    static int openingBefore(AttributionContext ctx, int k, int comma) {
        List<Token> tokens = ctx.tokens;
        Quote q = ctx.doc.quoteAt(tokens.get(k).start());
        if (q == null || q != ctx.doc.quoteAt(tokens.get(comma).start()) || afterClosingMarks(ctx, comma) < 0) {
            return -1;
        }
        int open = k;
        while (open > 0 && tokens.get(open - 1).type() == Token.Type.QUOTE && tokens.get(open - 1).start() >= q.start()) {
            open--;
        }
        return tokens.get(open).start() == q.start() && open > 0 && tokens.get(open - 1).isWord() ? open : -1;
    }
}
