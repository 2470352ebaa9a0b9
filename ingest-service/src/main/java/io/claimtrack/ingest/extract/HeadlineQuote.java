package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "‘I was the one who got out’" as a headline over “I was the one who got out,” she says: a headline that is only a
 * quotation, or a quotation and a colon before the story's summary, repeats words the story gives to a speaker below,
 * and so is that speaker's statement.
 */
final class HeadlineQuote {

    /** What parts a text's words, compiled once: every statement under a headline asks for its words. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private HeadlineQuote() {
    }

    /**
     * The first statement after quotation {@code q}, from index {@code next} of {@code sorted} on, whose content holds the
     * quotation's words, when {@code q} is the whole of its headline; its root statement if it continues another, or
     * null.
     */
    static Attribution echoed(AnnotatedDocument doc, List<Attribution> sorted, int next, Quote q) {
        if (!whole(doc, q)) {
            return null;
        }
        String words = words(doc.text.substring(q.start(), q.end()));
        if (words.isEmpty()) {
            return null;
        }
        for (int k = next; k < sorted.size(); k++) {
            Attribution a = sorted.get(k);
            if (!a.nested && doc.block(a.block).kind() != Block.Kind.HEADLINE && words(a.content(doc.text)).contains(words)) {
                while (a.antecedent != null) {
                    a = a.antecedent;
                }
                return a.mention == null ? null : a;
            }
        }
        return null;
    }

    /**
     * Whether quotation {@code q} is the whole of the document's first block, a headline (not a pull quote below), or
     * the whole of what comes before its colon: "‘You took her from us’: Driver jailed for nine years".
     */
    static boolean whole(AnnotatedDocument doc, Quote q) {
        Block first = doc.block(0);
        return first.kind() == Block.Kind.HEADLINE && q.start() == first.start()
                && (q.end() >= first.end() - 1 || q.end() < first.end() && doc.text.charAt(q.end()) == ':');
    }

    /**
     * "'We lose the foot traffic,' baker warns": in a headline or deck, one bare lower-case noun from {@code from} to
     * {@code to} right before a cue in the present is who says the quotation, headline grammar having dropped its
     * article, whatever the noun.
     */
    static boolean bareSpeaker(AttributionContext ctx, Cue cue, int from, int to) {
        Token noun = ctx.tokens.get(from);
        return to == from + 1 && to == cue.firstToken() && noun.isLowerWord() && !noun.in(WordClass.NP_BREAKER)
                && !noun.in(WordClass.DETERMINER) && ctx.tokens.get(cue.firstToken()).lower().endsWith("s")
                && BodyDescriptions.topLine(ctx.doc, ctx.sentenceOfToken(from).block());
    }

    /** The text's words, lower case, one space apart, with no quotation marks or punctuation. */
    static String words(String text) {
        StringBuilder out = new StringBuilder();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(w);
            }
        }
        return out.toString();
    }
}
