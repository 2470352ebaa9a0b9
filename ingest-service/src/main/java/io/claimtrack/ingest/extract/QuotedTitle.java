package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * A quotation in title case that the narration goes on from ("''The Big Short'' was nominated", "“Sons of Harbour”
 * is an adaptation"): the name of a work, a slogan or a term, not a speaker's words continued.
 */
final class QuotedTitle {

    private QuotedTitle() {
    }

    static boolean opensNarration(AttributionContext ctx, Quote q) {
        List<Token> tokens = ctx.tokens;
        int first = ctx.tokenAtOrAfter(q.start());
        int after = ctx.tokenAtOrAfter(q.end());
        int words = 0;
        Token last = null;
        for (int k = first; k < after; k++) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.QUOTE) {
                continue;
            }
            last = t;
            if (t.isWord()) {
                // Short function words ("of", "the", "and") stay lower case in a title.
                if (!t.isCapitalized() && t.text().length() > 3 || ++words > Windows.TITLE_QUOTE_WORDS) {
                    return false;
                }
            }
        }
        // A closing stop or comma inside the marks ends quoted speech: '"Never," he said', '"We won."'.
        boolean spoken = last == null || last.type() == Token.Type.PUNCT && ".!?,…".contains(last.text());
        return words > 0 && !spoken && after < tokens.size() && ctx.sameSentence(after - 1, after)
                && tokens.get(after).isWord();
    }
}
