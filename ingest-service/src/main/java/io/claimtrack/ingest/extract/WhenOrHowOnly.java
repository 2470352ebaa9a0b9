package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A clause right after the cue that only says when or how it was said ("said when she resigned", "responded as if he
 * had been hurt"), what was said being elsewhere; part of {@link ReportedContent}.
 */
final class WhenOrHowOnly {

    private static final Set<String> TIME_CLAUSE_OPENERS = WordSet.of("when", "whenever", "while");
    /** "as if", "as though": the manner of speaking, not what was said. */
    private static final Set<String> AS_MANNER = WordSet.of("if", "though");

    private WhenOrHowOnly() {
    }

    /**
     * "That was what Wahl said when she resigned", "which Holm conceded when the polls closed": a time clause
     * right after the cue, with nothing after it, says when it was said; what was said is elsewhere.
     */
    static boolean timeClauseOnly(AnnotatedDocument doc, int from, int to) {
        return from < to && TIME_CLAUSE_OPENERS.contains(doc.tokens.get(from).lower()) && unbroken(doc, from + 1, to);
    }

    /**
     * "That was not what she said in May, when she told the board that the fund was safe": after a free relative's cue,
     * a time clause whose own cue opens within {@link Windows#PHRASE_TOKENS} says when; what was said is that cue's.
     */
    static boolean timeClauseWithCue(AttributionContext ctx, int from, int to) {
        if (from >= to || !TIME_CLAUSE_OPENERS.contains(ctx.tokens.get(from).lower())) {
            return false;
        }
        for (int k = from + 1; k < Math.min(to, from + Windows.PHRASE_TOKENS); k++) {
            if (ctx.cueAt[k] != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He responded as if he had been hurt", "Holm said as she left the pier.": a clause of manner or time right
     * after the cue, with nothing after it, says how or when it was said. "Holm said as she left, “The toll stays.”"
     * goes on to what was said.
     */
    static boolean asClauseOnly(AnnotatedDocument doc, int from, int to) {
        List<Token> tokens = doc.tokens;
        return from + 2 < to && tokens.get(from).is("as") && (AS_MANNER.contains(tokens.get(from + 1).lower())
                || FunctionWords.SPEAKING_PRONOUNS.contains(tokens.get(from + 1).lower()))
                && unbroken(doc, from + 1, to);
    }

    /** No comma, semicolon, colon or quotation between {@code from} and {@code to}. */
    static boolean unbroken(AnnotatedDocument doc, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = doc.tokens.get(k);
            if (t.is(",") || t.is(";") || t.is(":") || t.type() == Token.Type.QUOTE || doc.quoteAt(t.start()) != null) {
                return false;
            }
        }
        return true;
    }
}
