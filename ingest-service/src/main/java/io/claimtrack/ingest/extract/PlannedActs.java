package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plan of acts begun or filed, no words, beside {@link SceneActs}' plan of works: "The operator plans to start
 * building electric ferries in 2040" (works begun: "start" or "begin" before the works' gerund), "they plan to appeal
 * to the league's board", "plans to sue the county" (a filing to come, as "sought asylum" is one made), "they plan to
 * pack the board's next meeting" (a turnout).
 */
final class PlannedActs {

    /** Verbs that begin what their gerund names: "start building", "begin dredging". */
    private static final Set<String> BEGINNINGS = WordSet.of("start", "begin");
    /** Filings in court or before a board: "plans to appeal", "plan to sue". */
    private static final Set<String> FILINGS = WordSet.of("appeal", "sue");
    /** A turnout at a meeting, a presence and no words: "plan to pack the next meeting", "plan to attend the hearing". */
    private static final Set<String> TURNOUTS = WordSet.of("attend", "pack", "fill", "crowd");
    /** The gerunds of {@link PlannedWorks}' works: "building", "dredging". */
    private static final Set<String> WORKS_BEGUN = PlannedWorks.WORKS.stream()
            .map(lemma -> WordForms.gerund(lemma, WordForms.regularPast(lemma))).collect(Collectors.toUnmodifiableSet());

    private PlannedActs() {
    }

    /**
     * "Fans plan a final 'honk-out'", "the union planned a march": a plan with a noun object, an article or a count
     * opening it, is an event to come, no words (what was said of it needs "to" and its verb).
     */
    static boolean event(List<Token> t, int next, Sentence s) {
        return next + 1 < s.endToken() && (FunctionWords.ARTICLES.contains(t.get(next).lower())
                || FunctionWords.NUMBER_WORDS.contains(t.get(next).lower())) && t.get(next + 1).isWord();
    }

    /** Whether "plans" before token {@code next} ("to ...") plans works begun, a filing or a turnout. */
    static boolean at(List<Token> t, int next, Sentence s) {
        if (next + 1 >= s.endToken() || !t.get(next).is("to")) {
            return false;
        }
        String verb = t.get(next + 1).lower();
        return FILINGS.contains(verb) || TURNOUTS.contains(verb)
                || BEGINNINGS.contains(verb) && next + 2 < s.endToken() && WORKS_BEGUN.contains(t.get(next + 2).lower());
    }
}
