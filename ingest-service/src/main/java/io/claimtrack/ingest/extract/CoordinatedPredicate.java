package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Holm criticized the toll as “a tax on work” and accused the council of ...", "Berg defended his mother and
 * refused to ...": when the cue's object is a noun phrase with no verb of its own, a verb of the cue's own form after
 * "and" is the speaker's next act, and what was criticized ends before it. "said the pier was late and closed early"
 * (the content's own verb comes first), "criticized the heat and unsettled weather" (an adjective before its noun)
 * and "Lund said Berg misspoke and ..." (a name and its verb) keep their words.
 */
final class CoordinatedPredicate {

    /** Words that end a noun phrase's head and open a clause of its own inside the content. */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("that", "which", "who", "whom", "whose", "where",
            "when", "while", "because", "if", "whether", "he", "she", "they", "we", "i");
    /** What may follow a name inside the cue's object: "Kurds not to cross", "Sanders of being inactive". */
    private static final Set<String> AFTER_NAME = WordSet.of("of", "for", "as", "in", "on", "to", "at", "with", "from",
            "about", "over", "against", "into", "by", "not", "and");
    /**
     * What follows the second verb when it is one ("accused him", "took the stage", "refused to"), and not when the
     * "-ed" word is an adjective before its noun ("unsettled weather", "elected officials").
     */
    private static final Set<String> VERB_FOLLOWERS = WordSet.union(List.of(FunctionWords.DETERMINERS,
            FunctionWords.OBJECT_PRONOUNS, FunctionWords.DEMONSTRATIVES), "it", "himself", "herself", "themselves",
            "itself", "to", "on", "in", "at", "for", "with", "from", "about", "of", "into", "against", "by", "as", "over",
            "whether", "up", "out", "down", "back", "off", "no", "new", "more", "any", "all", "what", "how", "why", "if",
            "again", "also");

    private CoordinatedPredicate() {
    }

    /** The end of the content {@code [from, to)} of {@code cue} before a second verb of its speaker, or {@code to}. */
    static int cut(AnnotatedDocument doc, Cue cue, int from, int to, Lexicon lexicon) {
        List<Token> tokens = doc.tokens;
        String verb = tokens.get(cue.firstToken()).lower();
        boolean gerund = verb.endsWith("ing");
        // "had written to the board twice and had received no answer": a perfect's second verb is a perfect too.
        boolean perfect = cue.firstToken() > 0 && FunctionWords.HAVE_FORMS.contains(tokens.get(cue.firstToken() - 1).lower());
        if (!gerund && !past(verb, lexicon) || from >= to || nameWithVerb(tokens, from, to)) {
            return to;
        }
        for (int k = from; k < to - 1; k++) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.QUOTE || doc.quoteAt(t.start()) != null) {
                continue;
            }
            if (t.is("and") && k > from) {
                int last = k;
                while (last > from && (tokens.get(last - 1).is(",") || FunctionWords.DASHES.contains(tokens.get(last - 1).text()))) {
                    last--;
                }
                // "was secretly and improperly financed": adverbs joined, not verbs.
                return last - from >= Windows.MIN_CONTENT_TOKENS && !ClauseShapes.isAdverb(tokens.get(k - 1))
                        && secondVerb(tokens, k + 1, to, gerund, perfect, lexicon) ? last : to;
            }
            if (t.is(";") || t.is(":") || ownVerb(t, lexicon)) {
                return to;
            }
        }
        return to;
    }

    /**
     * "Clinton misspoke", 'Fiorina “was heavily involved”': a name opening the content and a word after it that is no
     * preposition, or a quotation, its verb.
     */
    private static boolean nameWithVerb(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to && tokens.get(k).isCapitalized()) {
            k++;
        }
        return k > from && k < to && (tokens.get(k).isWord() && !AFTER_NAME.contains(tokens.get(k).lower())
                || tokens.get(k).type() == Token.Type.QUOTE);
    }

    /** A finite verb, a past in "-ed" or an irregular past, or a word that opens a clause. */
    private static boolean ownVerb(Token t, Lexicon lexicon) {
        String w = t.lower();
        return t.isWord() && (ClauseSubject.FINITE.contains(w) || lexicon.isIrregularPast(w) || CLAUSE_OPENERS.contains(w)
                || !t.isCapitalized() && w.endsWith("ed"));
    }

    /** A verb of the cue's form at {@code k}, past adverbs, with an object, a preposition or "to" after it. */
    private static boolean secondVerb(List<Token> tokens, int k, int to, boolean gerund, boolean perfect, Lexicon lexicon) {
        while (k < to && ClauseShapes.isAdverb(tokens.get(k)) && !ClauseSubject.FINITE.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k + 1 >= to || !tokens.get(k).isWord() || tokens.get(k).isCapitalized()) {
            return false;
        }
        String w = tokens.get(k).lower();
        if (!gerund && (w.equals("was") || w.equals("were"))) {
            // "claimed self-defense and was acquitted".
            return true;
        }
        Token next = tokens.get(k + 1);
        if (perfect && FunctionWords.HAVE_FORMS.contains(w) && past(next.lower(), lexicon)) {
            return true;
        }
        boolean form = gerund ? w.endsWith("ing") : past(w, lexicon);
        // "and referred nine cases to ...": a counted object follows a verb, as an article does.
        return form && (next.isCapitalized() || VERB_FOLLOWERS.contains(next.lower()) || CountedObjects.counted(next));
    }

    /** A past in "-ed", an irregular past, or a cue's own past ("found", "said", "told"). */
    private static boolean past(String w, Lexicon lexicon) {
        return w.length() > 4 && w.endsWith("ed") || lexicon.isIrregularPast(w)
                || lexicon.cuesStartingWith(w).stream().anyMatch(Lexicon.CueForm::past);
    }
}
