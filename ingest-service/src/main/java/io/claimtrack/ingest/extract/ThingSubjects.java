package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Whether the subject right before a cue verb is one that says nothing, whatever the verb: a market's welcome
 * ("investors welcomed the cost cuts"), what a price shows ("stocks showed little change"), where evidence points
 * ("DNA points to another man"), and for callers with their own subjects, machines and voters that reject. Asked by
 * {@link CueSense} and {@link SceneActs}.
 */
final class ThingSubjects {

    /** Buyers and sellers whose welcome or demand is a price: "investors welcomed", "traders demanded a premium". */
    private static final Set<String> MARKETS = WordSet.of("investors", "traders", "markets", "market");
    /** What is traded, whose "show" is a price ("stocks showed little change"); an index may be a survey's, so no "index". */
    private static final Set<String> PRICES = WordSet.of("stocks", "shares", "prices", "bonds", "yields", "futures", "oil",
            "crude", "gold", "dollar", "currencies");
    /** What an inquiry turns up: "Preliminary results of the investigation point to a sewage main". */
    private static final Set<String> EVIDENCE = WordSet.of("evidence", "investigation", "inquiry", "probe", "inspection",
            "tests", "dna");

    /** "as investors welcomed the cost cuts", "the market has applauded the deal": the subject right before the verb. */
    static boolean marketReaction(List<Token> t, int i, Sentence s) {
        return subjectIn(t, i, s, MARKETS);
    }

    /**
     * "Stocks showed little change in early trading", "Treasury yields showed a small rise", "Oil prices found support":
     * a price moves.
     */
    static boolean priceMovement(List<Token> t, int i, Sentence s) {
        return subjectIn(t, i, s, PRICES);
    }

    /**
     * "Preliminary results of the investigation point to a leaking main", "DNA points to another man": evidence leads
     * to a cause, no one's words; "the results show that ...", "the poll's findings point to ..." (a document's reading)
     * and "Lund pointed to the report" stay statements.
     */
    static boolean evidencePoints(List<Token> t, int i, Sentence s) {
        return t.get(i).lower().startsWith("point") && i + 1 < s.endToken() && t.get(i + 1).is("to")
                && subjectIn(t, i, s, EVIDENCE);
    }

    /**
     * Whether the word right before the verb at {@code i}, adverbs and auxiliaries skipped, is one of {@code subjects}:
     * "the scanners had rejected", "voters narrowly rejected".
     */
    static boolean subjectIn(List<Token> t, int i, Sentence s, Set<String> subjects) {
        int k = i - 1;
        while (k > s.firstToken() && (ClauseShapes.isAdverb(t.get(k)) || FunctionWords.FINITE_AUXILIARIES.contains(t.get(k).lower()))) {
            k--;
        }
        return k >= s.firstToken() && subjects.contains(t.get(k).lower());
    }
}
