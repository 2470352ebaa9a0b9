package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * A speaker and cue set off inside what was said ("The data, she said, arrived on Monday", "Climate change, Mr. Obama
 * often says, is the greatest threat", "“Only the pilots,” Holm said, would notice") are not part of it: the statement
 * keeps its span from the first word to the last, and its content is the parts before and after the aside, joined
 * (the guideline's "without the speaker, the cue"; PolNeAR and the invented sets give such content in parts). An
 * interrupted quotation's two statements are joined first ({@link InterruptedQuotation}).
 */
public final class InterruptingCue implements Stage {

    /** Cue words and an adverb that may stand between the opening comma and the speaker: "says", "according to". */
    private static final int WORDS_BEFORE_SPEAKER = 3;

    @Override
    public void process(AnnotatedDocument doc) {
        InterruptedQuotation.join(doc);
        for (Attribution a : doc.attributions) {
            // One call per statement, its test inside: this loop runs once per document, interpreted in a long text's
            // first read.
            setGap(doc, a);
        }
    }

    /** Sets the statement's gap to the aside around its speaker, when commas or dashes set both ends off. */
    private static void setGap(AnnotatedDocument doc, Attribution a) {
        if (a.gapStart >= 0 || a.mention == null || a.mention.start() <= a.contentStart || a.mention.end() >= a.contentEnd) {
            return;
        }
        AttributionContext ctx = AttributionContext.of(doc);
        List<Token> tokens = doc.tokens;
        int first = doc.tokenAtOrAfter(a.contentStart);
        int end = doc.tokenAtOrAfter(a.contentEnd);
        int speaker = doc.tokenAtOrAfter(a.mention.start());
        int open = speaker - 1;
        while (open > first && tokens.get(open).isWord() && speaker - open <= WORDS_BEFORE_SPEAKER) {
            open--;
        }
        Token opening = tokens.get(open);
        boolean closedQuote = opening.type() == Token.Type.QUOTE && doc.quoteAt(opening.start()) != null
                && doc.quoteAt(opening.start()).end() == opening.end();
        if (open <= first || !(opening.is(",") || Asides.isDash(opening) || closedQuote)) {
            return;
        }
        int close = closing(ctx, a.cue, doc.tokenAtOrAfter(a.mention.end()), open, end);
        if (close < 0) {
            return;
        }
        int after = close + 1;
        while (after < end && Asides.isDash(tokens.get(after))) {
            after++;
        }
        if (after >= end) {
            return;
        }
        a.gapStart = closedQuote ? opening.end() : tokens.get(open - 1).end();
        a.gapEnd = tokens.get(after).start();
    }

    /**
     * The mark that closes the aside opened at token {@code open}, looking from token {@code from} (after the speaker)
     * within {@link Windows#ASIDE_TOKENS}; -1 when none comes or the statement's own cue is not in the aside. A dash
     * closes a dash; a comma after the cue closes the aside ("The data, she said, arrived", "It is no surprise, Garin
     * said, that ..."); after a speaker that follows its cue, a name's apposition may come first, so the comma after
     * which the clause goes on with its verb closes it ("says Ola Berg, historian at the museum, is that"), else the
     * first.
     */
    private static int closing(AttributionContext ctx, String cue, int from, int open, int end) {
        List<Token> tokens = ctx.tokens;
        boolean dash = Asides.isDash(tokens.get(open));
        boolean cueBefore = cueIn(ctx, cue, open + 1, from);
        int close = -1;
        for (int k = from; k < end && k - from <= Windows.ASIDE_TOKENS; k++) {
            Token t = tokens.get(k);
            if (dash ? Asides.isDash(t) : t.is(",")) {
                close = close < 0 ? k : Parenthetical.continues(ctx, k, end) ? k : close;
                if (dash || !cueBefore || Parenthetical.continues(ctx, k, end)) {
                    break;
                }
            } else if (!t.isWord() && !t.is(".") || ClauseSubject.RELATIVES.contains(t.lower())) {
                break;
            }
        }
        return close > 0 && (cueBefore || cueIn(ctx, cue, from, close)) ? close : -1;
    }

    /** Whether the statement's own cue, as written, starts at a token in {@code [from, to)}. */
    private static boolean cueIn(AttributionContext ctx, String cue, int from, int to) {
        for (int j = from; j < to; j++) {
            if (ctx.cueAt[j] != null && ctx.cueAt[j].text().equals(cue)) {
                return true;
            }
        }
        return false;
    }
}
