package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A quotation that names a work, a slogan or a term, not a speaker's words: after the kind of work ("the film
 * “Selma”"), or in title case with the narration going on from it ("''The Big Short'' was nominated", "“Sons of
 * Harbour” is an adaptation").
 */
final class QuotedTitle {

    /** Words that go on from a title and its comma, never from quoted speech to its speaker. */
    private static final Set<String> AFTER_TITLE = WordSet.of("which", "whose", "on", "in", "at", "from", "by");

    private QuotedTitle() {
    }

    /**
     * 'the film "Selma"', "in her memoir, “Tough Choices.”", "the anthem ''A Change Is Gonna Come,''": after the kind
     * of work, right or past a comma, the title; past a comma only in title case ("in his book, “We lost,” he wrote"
     * quotes the book); or before its kind as an appositive ({@link #apposedKind}).
     */
    static boolean afterWork(AttributionContext ctx, Quote q, Lexicon lexicon) {
        int opening = ctx.tokenAtOrAfter(q.start());
        if (opening == 0) {
            return false;
        }
        List<Token> tokens = ctx.tokens;
        if (lexicon.works.contains(tokens.get(opening - 1).lower())) {
            // 'The ferry program “is gaining traction,” Holm said': a title opens with a capital, a predicate not.
            return !opensInLowerCase(ctx, opening);
        }
        return opening > 1 && tokens.get(opening - 1).is(",") && lexicon.works.contains(tokens.get(opening - 2).lower())
                && titleCase(ctx, q) || apposedKind(ctx, q, lexicon);
    }

    /**
     * '“The Green Tide,” a tale of two fishermen, was written by ...': a title whose comma leads on to its kind of
     * work, set off after an article, is named, not spoken ('“No,” a neighbour said' has no kind of work).
     */
    private static boolean apposedKind(AttributionContext ctx, Quote q, Lexicon lexicon) {
        List<Token> tokens = ctx.tokens;
        int after = ctx.tokenAtOrAfter(q.end());
        if (after < 2 || after >= tokens.size() || !tokens.get(after - 2).is(",")
                || !FunctionWords.ARTICLES.contains(tokens.get(after).lower()) || !titleCase(ctx, q)) {
            return false;
        }
        for (int k = after + 1; k < Math.min(tokens.size(), after + 1 + Windows.NOUN_PHRASE_WORDS) && tokens.get(k).isLowerWord(); k++) {
            if (lexicon.works.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first word inside the quotation opening at token {@code opening} is in lower case. */
    static boolean opensInLowerCase(AttributionContext ctx, int opening) {
        return opensInLowerCase(ctx.tokens, opening);
    }

    /** As {@link #opensInLowerCase(AttributionContext, int)}, over the document's tokens. */
    static boolean opensInLowerCase(List<Token> tokens, int opening) {
        int word = opening + 1;
        while (word < tokens.size() && tokens.get(word).type() == Token.Type.QUOTE) {
            // ''...'': a mark of two apostrophes may be two tokens.
            word++;
        }
        return word < tokens.size() && tokens.get(word).isLowerWord();
    }

    /** Whether every word of the quotation is capitalised but short function words ("of", "the", "and"). */
    private static boolean titleCase(AttributionContext ctx, Quote q) {
        List<Token> tokens = ctx.tokens;
        int words = 0;
        int after = ctx.tokenAtOrAfter(q.end());
        for (int k = ctx.tokenAtOrAfter(q.start()); k < after; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && (!t.isCapitalized() && t.text().length() > 3 || ++words > LayoutWindows.TITLE_QUOTE_WORDS)) {
                return false;
            }
        }
        return words > 0;
    }

    static boolean opensNarration(AttributionContext ctx, Quote q) {
        List<Token> tokens = ctx.tokens;
        int after = ctx.tokenAtOrAfter(q.end());
        Token last = null;
        for (int k = ctx.tokenAtOrAfter(q.start()); k < after; k++) {
            if (tokens.get(k).type() != Token.Type.QUOTE) {
                last = tokens.get(k);
            }
        }
        // A closing stop or comma inside the marks ends quoted speech: '"Never," he said', '"We won."'; a title's
        // comma may lead on to a relative clause or a place: "“Harbour Lights,” which opens in May, ...".
        boolean spoken = last == null || last.type() == Token.Type.PUNCT && ".!?,…".contains(last.text())
                && !(last.is(",") && after < tokens.size() && AFTER_TITLE.contains(tokens.get(after).lower()));
        return titleCase(ctx, q) && !spoken && after < tokens.size() && ctx.sameSentence(after - 1, after)
                && tokens.get(after).isWord();
    }
}
