package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "One pastor backing the plan, Ivo Brandt of Grace Chapel in Ely, said": where a person named in apposition is
 * from, after the name, is no part of it (the last capitalised word, "Ely", would become the name).
 */
final class HomeAfterName {

    /** Words after a name that say where the person is from: "Ivo Brandt of Grace Chapel", "Ada Lund from Ely". */
    static final Set<String> HOME = WordSet.of("of", "from");

    private HomeAfterName() {
    }

    /**
     * The first "of" or "from" after two words or more, the last capitalised, among tokens {@code (from, end)}, or
     * {@code end}: a single word before it opens a body's name ("Friends of the Earth").
     */
    static int start(List<Token> t, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            if (HOME.contains(t.get(k).lower()) && k - from >= 2 && t.get(k - 1).isCapitalized()) {
                return k;
            }
        }
        return end;
    }
}
