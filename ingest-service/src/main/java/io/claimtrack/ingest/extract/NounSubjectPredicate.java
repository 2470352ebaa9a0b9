package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "says the landlord has fixed the boiler but is still disputing the bill": when the content's subject is a noun
 * phrase of its own ("the landlord", not a pronoun that may be the speaker), a verb group after "and"/"but" that opens
 * with an auxiliary of the form of the content's own verb group, with a bare noun object, is that subject's next
 * verb and stays inside the content. A bare past ("had walked away and accused its leaders of ...") may be the
 * speaker's next act, as the sets annotate it, and stays apart. "said the talks had stalled and warned
 * that ..." and "... and urged the parties to return" (a clause or an infinitive after the second verb) and "said she
 * had called both sides and urged them ..." (a pronoun subject) stay two statements. Part of {@link LaterSpeakers}.
 */
final class NounSubjectPredicate {

    private NounSubjectPredicate() {
    }

    /**
     * Whether the second verb of {@code b}, after the conjunction at {@code conjunction}, goes on the clause that opens
     * {@code a}'s content. Linear in the two contents.
     */
    static boolean continues(AttributionContext ctx, Attribution a, Attribution b, int conjunction) {
        List<Token> tokens = ctx.tokens;
        int k = ctx.tokenAtOrAfter(a.contentStart);
        if (k < tokens.size() && tokens.get(k).is("that")) {
            k++;
        }
        if (conjunction <= k + 2 || !FunctionWords.ARTICLES.contains(tokens.get(k).lower())
                || !tokens.get(conjunction).is("and") && !tokens.get(conjunction).is("but")) {
            return false;
        }
        int verb = verbAfterSubject(tokens, k + 2, conjunction);
        // "and accused", "and added" may be the speaker's next act; an auxiliary of the clause's form is the clause's.
        return verb > 0 && auxiliaryAfter(tokens, conjunction, ctx.tokenAtOrAfter(b.contentStart))
                && CoordinatedTense.sameForm(tokens, verb, conjunction, tokens.size(), Lexicon.get())
                && nounObject(ctx, b);
    }

    /** Whether a finite auxiliary opens the verb group after the conjunction, past an adverb or two. */
    private static boolean auxiliaryAfter(List<Token> tokens, int conjunction, int content) {
        int stop = Math.min(content, conjunction + 1 + Windows.ADVERB_RUN);
        for (int k = conjunction + 1; k < stop; k++) {
            if (ClauseSubject.FINITE.contains(tokens.get(k).lower())) {
                return true;
            }
            if (!ClauseShapes.isAdverb(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** The first verb of the clause after its subject's head, or -1 at a comma or a relative word first. */
    private static int verbAfterSubject(List<Token> tokens, int from, int conjunction) {
        int stop = Math.min(conjunction, from + Windows.DETERMINED_PHRASE_TOKENS);
        for (int k = from; k < stop; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.is("who") || t.is("which") || t.is("that")) {
                return -1;
            }
            if (ClauseSubject.FINITE.contains(t.lower()) || ReportedContent.isClauseVerb(t)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether {@code b}'s content is a noun phrase right after its verb, with no infinitive of a directive in it. */
    private static boolean nounObject(AttributionContext ctx, Attribution b) {
        List<Token> tokens = ctx.tokens;
        int from = ctx.tokenAtOrAfter(b.contentStart);
        int to = ctx.tokenAtOrAfter(b.contentEnd);
        if (from >= to || !FunctionWords.DETERMINERS.contains(tokens.get(from).lower())
                || tokens.get(from - 1).is("that")) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (ClauseShapes.opensInfinitive(tokens, k, to)) {
                return false;
            }
        }
        return true;
    }
}
