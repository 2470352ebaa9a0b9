package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A request to come or already made, inside what another speaker reports: "Lund said the board would ask the council
 * to delay the vote", "the clerk testified that the foreman had asked him to leave", "Holm said her office has advised
 * tenants to keep their receipts", "the lenders said that they would recommend the terms to other investors", "Her coach, she said, had told her to
 * rest", "Lund said she would propose the levy at the spring session". The outer speaker tells of a step taken or planned; the board, the foreman, the office and the coach are given
 * no words there. The guideline makes nested statements optional, so such a one is left out, as
 * {@link StanceVerbs} does for wishes. A request in the simple past or present ("Lund said the board asked the council
 * to wait") is left nested, as are verbs of saying ({@link ReportedBeliefs}) and "urge", which news reports as an
 * appeal made in words ("the minister has urged both sides to talk").
 */
final class ReportedRequests {

    private static final Set<String> FORMS = WordForms.verbForms("ask", "demand", "instruct", "encourage", "advise",
            "warn", "recommend");
    /**
     * "said he would propose the raise at the budget session": a proposal to come, after "will" or "would" only; one made
     * ("said the ministry has proposed a meeting") stays nested, as the golds and PolNeAR mark it.
     */
    private static final Set<String> PROPOSE = WordForms.verbForms("propose");
    /** Verbs that report words before a that-clause: "would advise him that the risk had grown", "had warned that". */
    private static final Set<String> TELLING_WITH_THAT = WordForms.verbForms("advise", "warn");
    /** "had told her to rest": "tell" asks only with an infinitive after its listener ("had told her that ..." reports). */
    private static final Set<String> TELLS = WordForms.verbForms("tell/told");
    /** The most words of a listener before the infinitive of what "tell" asks: "had told the two deckhands to". */
    private static final int LISTENER_TOKENS = 4;
    /** "called on the council to": "call" asks only with its "on". */
    private static final Set<String> CALLS = WordForms.verbForms("call");
    /** A modal or a perfect before the verb: a request to come or one already made. */
    private static final Set<String> AUXILIARIES = WordSet.union(List.of(FunctionWords.MODALS,
            FunctionWords.HAVE_FORMS));
    /** The teller as a request's object: "asked us to", "told me to". */
    private static final Set<String> SPEAKER_OBJECTS = WordSet.of("us", "me");
    /** How far before the content its verb may stand: "had asked [the police for]", "would demand [that]". */
    private static final int VERB_REACH = 6;

    private ReportedRequests() {
    }

    /** Whether the statement's cue is a verb of asking after a modal or a perfect auxiliary. */
    static boolean toComeOrMade(AttributionContext ctx, Attribution a) {
        String cue = a.cue.toLowerCase(Locale.ROOT);
        String verb = StanceVerbs.firstWord(cue);
        List<Token> t = ctx.tokens;
        int content = ctx.tokenAtOrAfter(a.contentStart);
        boolean proposal = PROPOSE.contains(verb);
        if (!FORMS.contains(verb) && !proposal && !(CALLS.contains(verb) && cue.endsWith(" on"))
                && !(TELLS.contains(verb) && infinitiveAfterListener(t, content))) {
            return false;
        }
        if (TELLING_WITH_THAT.contains(verb) && content > 0 && t.get(content - 1).is("that")) {
            return false;
        }
        int first = Math.max(ctx.tokenAtOrAfter(a.mention.end()), content - VERB_REACH);
        for (int k = content - 1; k >= first; k--) {
            if (t.get(k).lower().equals(verb)) {
                return k > first && (proposal ? ModalsToCome.future(t.get(k - 1)) : auxiliary(t, k - 1, first));
            }
        }
        return false;
    }

    /**
     * "the mayor asked us to close the gap", "the board instructed me to report": a request whose object is the one
     * who tells of it, which a turn speaking as "I" or "we" reports as its own business.
     */
    static boolean ofSpeaker(AttributionContext ctx, Attribution a) {
        int content = ctx.tokenAtOrAfter(a.contentStart);
        return FORMS.contains(StanceVerbs.firstWord(a.cue.toLowerCase(Locale.ROOT))) && content < ctx.tokens.size()
                && SPEAKER_OBJECTS.contains(ctx.tokens.get(content).lower());
    }

    /**
     * "her to stay off the ice", "the crew not to wait", "Lund to call": a listener of a few words (an object pronoun,
     * a determiner's phrase or a name), then the infinitive of what is asked. "had told the board that they wish to
     * stay" gives its clause without the listener, which a subject pronoun opens.
     */
    private static boolean infinitiveAfterListener(List<Token> t, int content) {
        Token first = content < t.size() ? t.get(content) : null;
        if (first == null || !(FunctionWords.OBJECT_PRONOUNS.contains(first.lower()) || FunctionWords.DETERMINERS.contains(first.lower())
                || first.isCapitalized())) {
            return false;
        }
        for (int k = content + 1; k < Math.min(t.size(), content + 1 + LISTENER_TOKENS); k++) {
            if (t.get(k).is("to")) {
                return true;
            }
            if (!t.get(k).isWord() || t.get(k).is("that") || ClauseSubject.FINITE.contains(t.get(k).lower())) {
                return false;
            }
        }
        return false;
    }

    /** Whether token {@code p}, past "already", "repeatedly", "since" and the like, is a modal or a perfect auxiliary. */
    private static boolean auxiliary(List<Token> t, int p, int first) {
        int k = PerfectAdverbials.auxiliaryBefore(t, p, first);
        while (k > first && adverb(t.get(k))) {
            k--;
        }
        Token aux = t.get(k);
        return AUXILIARIES.contains(aux.lower()) || ModalsToCome.contracted(aux)
                || PhraseShapes.contractedAuxiliary(aux).equals("ve");
    }

    /** "already", "formally", "quietly": an adverb inside the verb group; no verb, so "had been asked" is no request. */
    private static boolean adverb(Token t) {
        String w = t.lower();
        return t.isWord() && !ClauseSubject.FINITE.contains(w) && !w.equals("been") && !w.equals("being")
                && (FunctionWords.ADVERBS.contains(w) || w.endsWith("ly") && w.length() > 4);
    }
}
