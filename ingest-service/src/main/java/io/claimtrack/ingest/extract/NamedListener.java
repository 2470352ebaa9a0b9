package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The one told when it is a name or an outlet: "told Politico he would run", "told The Washington Post last
 * week she was not there", "told Chris Wallace of Fox News, “Q”". A name has no end of its own in the words,
 * so it ends only where what was told visibly begins: a subject pronoun, or a colon or comma before a quotation.
 */
final class NamedListener {

    /**
     * Words that make a following pronoun the subject of an adverbial clause: "told the Post before he spoke"; not
     * "whereas", a contrast that sets what was told apart ("told Radio Nordby whereas she had backed the levy, ...").
     */
    private static final Set<String> SUBORDINATORS = WordSet.union(List.of(WordSet.without(FunctionWords.SUBORDINATORS, "whereas")), "as",
            "where", "whether");
    /** Lower-case words that may sit inside a listener or the time after it: "host", "of", "last week". */
    private static final Set<String> CLAUSE_WORDS = WordSet.union(List.of(FunctionWords.FINITE_AUXILIARIES), "that",
            "which", "who", "whom", "whose", "what", "how", "why", "to", "not");

    /** Lower-case prepositions of how, where or when it was told, after the name: "told Reuters by phone". */
    private static final Set<String> TOLD_HOW = WordSet.of("by", "from", "in", "on", "at", "via", "during");

    private NamedListener() {
    }

    /**
     * Where the capitalised listener starting at {@code from} ends, or {@code from} when nothing shows it; a name
     * that runs to a comma at {@code end} ends there ("told AIPAC, referring to ...").
     */
    static int end(List<Token> tokens, int from, int end) {
        int limit = Math.min(end, from + Windows.NAMED_LISTENER_TOKENS + 1);
        for (int k = from + 1; k < limit; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            // a capital "He" would start a sentence, not continue one
            if (FunctionWords.SUBJECT_PRONOUNS.contains(w) && (!t.isCapitalized() || w.equals("i"))) {
                return SUBORDINATORS.contains(tokens.get(k - 1).lower()) ? from : k;
            }
            if (t.is(":") || t.is(",") && k + 1 < end && tokens.get(k + 1).type() == Token.Type.QUOTE) {
                return k;
            }
            if (TOLD_HOW.contains(t.text()) && capitalizedRun(tokens, from, k)) {
                // "told The Gazette by phone from ...", "told Reuters in an interview": how or where it was told.
                return k;
            }
            if (FunctionWords.ARTICLES.contains(w) && !t.isCapitalized() && tokens.get(k - 1).isCapitalized()
                    && k + 1 < end && !tokens.get(k + 1).isCapitalized()) {
                // "told the Gazette the pier is safe": a determiner after the name opens what was told.
                return k;
            }
            if (!t.isWord() && !t.is(".") || !t.isCapitalized() && (CLAUSE_WORDS.contains(w)
                    || SUBORDINATORS.contains(w) || w.length() > 4 && w.endsWith("ed"))) {
                // "told Trump abruptly canceled ...": a verb came first, so the capitalised words are its subject.
                return from;
            }
        }
        return limit == end && end < tokens.size() && tokens.get(end).is(",") ? end : from;
    }

    /**
     * Whether the tokens from {@code from} to {@code to} are capitalised words, but for one lower-case word between
     * two of them: a name, or an outlet and a title before a name ("Harbour Radio host Ana Lind").
     */
    private static boolean capitalizedRun(List<Token> tokens, int from, int to) {
        int lower = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.isCapitalized() && (++lower > 1 || k == from || k + 1 == to)) {
                return false;
            }
        }
        return true;
    }
}
