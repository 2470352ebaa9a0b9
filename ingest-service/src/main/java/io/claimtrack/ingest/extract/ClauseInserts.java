package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * What may stand inside a clause without opening one of its own, so that a scan over the clause steps over it: a few
 * quoted words ("lamented the “broken” budget"), a bracket ("(though she praised the crews)"), a prepositional
 * phrase between the subject and its verb ("Holm in her opening speech called").
 */
final class ClauseInserts {

    /** Prepositions of a phrase that may stand between a clause's subject and its verb. */
    private static final Set<String> SUBJECT_PREPOSITIONS = WordSet.of("in", "at", "during", "of", "from");

    private ClauseInserts() {
    }

    /**
     * The first token of the quoted words or bracket that token {@code close} ends, after token {@code floor}; 0
     * when token {@code close} ends neither, -1 when it ends a longer quotation, one standing alone or a bracket that
     * does not open within an aside's reach.
     */
    static int openingBefore(AttributionContext ctx, int close, int floor) {
        Token t = ctx.tokens.get(close);
        return t.type() == Token.Type.QUOTE ? quotedWordsOpening(ctx, close, floor)
                : t.is(")") ? bracketOpening(ctx.tokens, close, floor) : 0;
    }

    private static int quotedWordsOpening(AttributionContext ctx, int close, int floor) {
        int k = quotationOpening(ctx, close, floor);
        return k > floor + 1 && close - k - 1 <= LayoutWindows.TITLE_QUOTE_WORDS && ctx.tokens.get(k - 1).isWord() ? k : -1;
    }

    /** The opening mark, after token {@code floor}, of the quotation whose closing mark is token {@code close}; -1 if none. */
    static int quotationOpening(AttributionContext ctx, int close, int floor) {
        List<Token> tokens = ctx.tokens;
        Quote q = ctx.doc.quoteAt(tokens.get(close).start());
        if (q == null || tokens.get(close).end() != q.end()) {
            return -1;
        }
        int k = close - 1;
        while (k > floor && tokens.get(k).start() > q.start()) {
            k--;
        }
        return tokens.get(k).start() == q.start() ? k : -1;
    }

    private static int bracketOpening(List<Token> tokens, int close, int floor) {
        for (int k = close - 1; k > floor && close - k <= Windows.ASIDE_TOKENS; k--) {
            if (tokens.get(k).is("(")) {
                return k;
            }
            if (tokens.get(k).is(")") || tokens.get(k).type() == Token.Type.QUOTE) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The token after a short prepositional phrase that opens at {@code from} and ends before a finite verb ("when
     * Holm in her opening speech called", "Mayor Ivo Lunde of Ostland lamented"): that verb's index, else {@code from}.
     */
    static int pastPrepositionalPhrase(Lexicon lexicon, List<Token> tokens, int from, int limit) {
        if (from >= limit || !SUBJECT_PREPOSITIONS.contains(tokens.get(from).lower())) {
            return from;
        }
        int k = from + 1;
        while (k < limit && k - from <= Windows.SUBJECT_PREPOSITION_TOKENS && tokens.get(k).isWord()
                && !SentenceSubjects.finiteVerb(lexicon, tokens.get(k))) {
            k++;
        }
        return k > from + 1 && k < limit && SentenceSubjects.finiteVerb(lexicon, tokens.get(k)) ? k : from;
    }
}
