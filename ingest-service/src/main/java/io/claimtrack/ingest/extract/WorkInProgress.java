package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "a memoir she has been writing, on and off, since 2015", "the cookbook that he is writing": a written work whose
 * relative clause has "writing" with its object gapped; what follows is when or how, no words. "be given in writing
 * to every crew": the manner of a thing given or answered, no one writing. Asked by {@link CueSense}.
 */
final class WorkInProgress {

    /** Auxiliaries between the relative's subject and "writing": "has been", "is", "had been". */
    private static final Set<String> AUXILIARIES = WordSet.union(List.of(FunctionWords.BE_FORMS, FunctionWords.HAVE_FORMS),
            "been");

    private WorkInProgress() {
    }

    /**
     * Whether the "writing" at {@code i} is the manner "in writing" inside its clause ("confirmed in writing", "respond
     * to the board in writing", "declare in writing any interest"); opening the sentence ("In writing to the board, she
     * ...") or before its own object ("a role in writing the bill") it is an act.
     */
    static boolean manner(List<Token> t, int i, Sentence s) {
        return t.get(i).is("writing") && i - 1 > s.firstToken() && t.get(i - 1).is("in")
                && (i + 1 >= s.endToken() || !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(i + 1).lower()));
    }

    /** Whether the "writing" at {@code i} has a written work before it as its gapped object. */
    static boolean gappedWork(Lexicon lexicon, List<Token> t, int i, Sentence s) {
        if (!t.get(i).is("writing")) {
            return false;
        }
        int k = i - 1;
        while (k > s.firstToken() && AUXILIARIES.contains(t.get(k).lower())) {
            k--;
        }
        if (k == i - 1 || k <= s.firstToken() || !FunctionWords.SPEAKING_PRONOUNS.contains(t.get(k).lower())) {
            return false;
        }
        k--;
        k = k > s.firstToken() && FunctionWords.THING_RELATIVES.contains(t.get(k).lower()) ? k - 1 : k;
        // The work may carry a modifier after it: "a history of the harbour that she is writing".
        for (int w = k; w >= Math.max(s.firstToken(), k - Windows.MEDIUM_MODIFIER_TOKENS) && t.get(w).isWord(); w--) {
            if (WordForms.inSetOrPlural(lexicon.writtenWorks, t.get(w).lower())) {
                return true;
            }
        }
        return false;
    }
}
