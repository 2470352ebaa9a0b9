package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A plan of acts begun or filed, no words, beside {@link SceneActs}' plan of works: "The operator plans to start
 * building electric ferries in 2040" (works begun: "start" or "begin" before the works' gerund), "they plan to appeal
 * to the league's board", "plans to sue the county" (a filing to come, as "sought asylum" is one made).
 */
final class PlannedActs {

    /** Verbs that begin what their gerund names: "start building", "begin dredging". */
    private static final Set<String> BEGINNINGS = WordSet.of("start", "begin");
    /** Filings in court or before a board: "plans to appeal", "plan to sue". */
    private static final Set<String> FILINGS = WordSet.of("appeal", "sue");

    private PlannedActs() {
    }

    /** Whether "plans" before token {@code next} ("to ...") plans works begun, of {@code works}, or a filing. */
    static boolean at(List<Token> t, int next, Sentence s, Set<String> works) {
        if (next + 1 >= s.endToken() || !t.get(next).is("to")) {
            return false;
        }
        String verb = t.get(next + 1).lower();
        if (FILINGS.contains(verb)) {
            return true;
        }
        if (!BEGINNINGS.contains(verb) || next + 2 >= s.endToken()) {
            return false;
        }
        String gerund = t.get(next + 2).lower();
        for (String lemma : works) {
            if (WordForms.gerund(lemma, WordForms.regularPast(lemma)).equals(gerund)) {
                return true;
            }
        }
        return false;
    }
}
