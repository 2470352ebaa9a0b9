package io.claimtrack.ingest.extract;

import java.util.List;

/** Where an aside set off by commas opens, read back from its closing comma; {@link Asides} reads what it gives. */
final class AsideOpenings {

    private AsideOpenings() {
    }

    /**
     * The comma that opens the aside closed at {@code closingComma}, or -1. An aside may hold a clause
     * ("Trump, when asked about it, said") but no other punctuation.
     */
    static int asideOpening(AttributionContext ctx, int first, int closingComma, int reach) {
        List<Token> tokens = ctx.tokens;
        int open = closingComma - 1;
        while (open > first && !tokens.get(open).is(",") && closingComma - open < reach) {
            Token t = tokens.get(open);
            int quoted = t.type() == Token.Type.QUOTE ? QuotedAside.openingBefore(ctx, open, closingComma) : -1;
            if (quoted > 0) {
                open = quoted - 1;
                continue;
            }
            if (t.type() == Token.Type.QUOTE) {
                int opening = titleOpening(ctx, open, first);
                if (opening < 0) {
                    return -1;
                }
                open = opening;
            } else if (t.type() == Token.Type.PUNCT && ";:—–(".contains(t.text())) {
                return -1;
            }
            open--;
        }
        return open > first && tokens.get(open).is(",") ? open : -1;
    }

    /**
     * "Hemsley, the co-author of “Going Viral,” said": the opening mark of a short quoted title whose closing mark
     * is token {@code close}, or -1 when the quotation is longer or is no title inside the aside.
     */
    private static int titleOpening(AttributionContext ctx, int close, int first) {
        int k = ClauseInserts.quotationOpening(ctx, close, first);
        int words = close - k - 1;
        return k >= 0 && words > 0 && words <= LayoutWindows.TITLE_QUOTE_WORDS && ctx.tokens.get(k + 1).isCapitalized() ? k : -1;
    }
}
