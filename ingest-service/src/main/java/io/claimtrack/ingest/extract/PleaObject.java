package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A plea whose object is what was asked for: "had asked for a sentence of two years", "argued for a conditional
 * sentence", "pleaded for calm". The object after "for" is what the speaker asked, as a plea's clause would be;
 * after other verbs "for" opens a topic or a time ("reported for the Gazette", "argued for years that"). A reporter's
 * request ("asked for comment") and a time clause ("when asked for details", "as he asked for their names") ask
 * nothing of the speaker's own.
 * Inside what another speaker reports ("Lund said the board had asked for a longer lease") the request is part of
 * that report, as a stance is ({@link StanceVerbs}).
 */
final class PleaObject {

    private static final Set<String> FORMS = WordForms.verbForms("ask", "argue", "plead");
    /** What a reporter asks a speaker for: "asked for comment", "asked for anonymity". */
    private static final Set<String> REPORTERS_REQUESTS = WordSet.of("comment", "comments", "anonymity");

    /** Words before a reporter's request: "seeking further comment", "seeking immediate comment". */
    private static final Set<String> REQUEST_MODIFIERS = WordSet.of("further", "immediate", "additional", "more");

    private PleaObject() {
    }

    /**
     * "did not respond to a message seeking further comment", "calls seeking comment": a reporter's request, the
     * participle after {@code next} is no plea of the speaker's.
     */
    static boolean commentSought(List<Token> t, int next, Sentence s) {
        int k = next;
        while (k < s.endToken() && REQUEST_MODIFIERS.contains(t.get(k).lower())) {
            k++;
        }
        return k < s.endToken() && REPORTERS_REQUESTS.contains(t.get(k).lower());
    }

    /** The first token of what was asked for after the plea verb {@code cue} and its "for", or -1. */
    static int start(List<Token> t, Cue cue, int end) {
        int i = cue.firstToken();
        int at = cue.endToken();
        if (cue.endToken() - i != 1 || !FORMS.contains(t.get(i).lower()) || at + 1 >= end || !t.get(at).is("for")
                || circumstance(t, i) || ClauseShapes.durationBeforeThat(t, at, end)) {
            return -1;
        }
        Token object = t.get(at + 1);
        boolean phrase = object.isWord() || object.type() == Token.Type.NUMBER || object.type() == Token.Type.QUOTE
                || FunctionWords.CURRENCY.contains(object.text());
        return phrase && !REPORTERS_REQUESTS.contains(object.lower()) ? at + 1 : -1;
    }

    /**
     * "when asked for details", "mocked him as he asked for their badge numbers": a request in a time clause, with a
     * pronoun for its subject at most, is the circumstance of what the sentence tells.
     */
    private static boolean circumstance(List<Token> t, int verb) {
        int k = verb > 0 && FunctionWords.SUBJECT_PRONOUNS.contains(t.get(verb - 1).lower()) ? verb - 1 : verb;
        return k > 0 && (FrontedClause.subordinator(t.get(k - 1)) || t.get(k - 1).is("as"));
    }

    /** Whether the statement is a plea whose content is the object after "for". */
    static boolean askedFor(AttributionContext ctx, Attribution a) {
        int from = ctx.tokenAtOrAfter(a.contentStart);
        return from > 0 && ctx.tokens.get(from - 1).is("for")
                && FORMS.contains(StanceVerbs.firstWord(a.cue.toLowerCase(Locale.ROOT)));
    }
}
