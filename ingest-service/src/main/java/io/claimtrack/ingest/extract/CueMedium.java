package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;

/**
 * "The board told staff in a memo on Friday that A, according to a copy of the memo": a trailing source that is the
 * very document the clause's own cue was given in says where the reporter read A, not who said it; the board speaks A.
 */
final class CueMedium {

    private CueMedium() {
    }

    /**
     * Drops each trailing "according to" statement of the sentence that names the document another of its statements
     * (cut before the source) was given in; that statement then ends where the source's content ended.
     */
    static void dropReadCopies(AttributionContext ctx, Lexicon lexicon, List<Attribution> inSentence) {
        for (Attribution source : List.copyOf(inSentence)) {
            int inner = readCopyOf(ctx, lexicon, source, inSentence);
            if (inner >= 0) {
                Attribution a = inSentence.get(inner);
                inSentence.set(inner, new Attribution(a.source, a.mention, a.cue, a.contentStart, source.contentEnd, a.block, a.confidence));
                inSentence.remove(source);
            }
        }
    }

    /** The index of the statement whose medium {@code source} names, or -1. */
    private static int readCopyOf(AttributionContext ctx, Lexicon lexicon, Attribution source, List<Attribution> inSentence) {
        if (source.source != Attribution.Source.ACCORDING_TO || source.contentEnd > source.mention.start()) {
            return -1;
        }
        String head = Name.afterLastSpace(source.mention.text().toLowerCase(Locale.ROOT));
        if (!lexicon.documents.contains(head)) {
            return -1;
        }
        for (int i = 0; i < inSentence.size(); i++) {
            Attribution a = inSentence.get(i);
            if (a != source && a.contentStart > source.contentStart && a.contentStart < source.contentEnd
                    && a.contentEnd <= source.mention.start()
                    && mediumBefore(ctx, ctx.tokenAtOrAfter(source.contentStart), ctx.tokenAtOrAfter(a.contentStart), head)) {
                return i;
            }
        }
        return -1;
    }

    /** "in a notice", "in its two-page notice" after a cue, between tokens {@code from} and {@code to}. */
    private static boolean mediumBefore(AttributionContext ctx, int from, int to, String head) {
        List<Token> tokens = ctx.tokens;
        boolean cue = false;
        for (int k = from; k + 2 < to; k++) {
            cue |= ctx.cueAt[k] != null;
            if (cue && tokens.get(k).is("in") && FunctionWords.DETERMINERS.contains(tokens.get(k + 1).lower())) {
                for (int i = k + 2; i < to && i <= k + 1 + Windows.NOUN_PHRASE_WORDS; i++) {
                    if (tokens.get(i).is(head)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
