package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A formal declaration in the first person with the declarer's name and office set off by commas: "I, Mira Dahl,
 * Returning Officer for the Holmby by-election, hereby declare that the votes cast were as follows:". The formula
 * makes a result or an oath official, an act of the office, as "declared Varga the winner" is; the officer's own
 * statements follow it in plain sentences. Asked by {@link NothingSaid}.
 */
final class FormalDeclaration {

    /** Words of the formula between the office's closing comma and the verb: "hereby declare", "do solemnly declare". */
    private static final Set<String> FORMULA = WordSet.of("hereby", "do", "solemnly", "now");

    private FormalDeclaration() {
    }

    /** Whether the cue at token {@code i} is "declare" in "I, NAME, ..., (hereby) declare". */
    static boolean at(List<Token> t, String w, int i, Sentence s) {
        int first = s.firstToken();
        if (!w.startsWith("declar") || i < first + 4 || !t.get(first).text().equals("I") || !t.get(first + 1).is(",")
                || !t.get(first + 2).isCapitalized()) {
            return false;
        }
        int k = i - 1;
        while (k > first && FORMULA.contains(t.get(k).lower())) {
            k--;
        }
        return t.get(k).is(",");
    }
}
