package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Objects of "recall" that make it calling back or taking back, not remembering: an envoy called home ("recalled its
 * ambassador"), a player called up ("recalled Lund from Halden"), goods taken off the market ("recalls inhalers over
 * faulty valves"). Asked by {@link CueSense}.
 */
final class RecalledObjects {

    /** Whom a government calls home: "recalled its ambassador". */
    private static final Set<String> ENVOYS = WordSet.of("ambassador", "ambassadors", "envoy", "envoys", "diplomat",
            "diplomats", "consul", "consuls", "attaché", "attache");
    /** Faults goods are recalled over: "recalls pills over impurity", "over possible contamination". */
    private static final Set<String> RECALL_FAULTS = WordSet.of("impurity", "impurities", "contamination", "defect",
            "defects", "faulty", "fault", "faults", "possible", "potential", "safety", "fire", "choking", "bacteria",
            "mislabelling", "mislabeling");
    /** Where recalled goods are taken from: "recalled its oat bars from shelves". */
    private static final Set<String> RECALL_PLACES = WordSet.of("shelves", "stores", "shops", "pharmacies", "market",
            "markets", "sale", "supermarkets");

    /** Who makes or sells goods, besides a "-maker": "Manufacturer recalls space heaters". */
    private static final Set<String> SELLERS = WordSet.of("manufacturer", "manufacturers", "producer", "producers", "retailer",
            "retailers", "supplier", "suppliers", "brewer", "brewery", "bakery");
    /** Words opening what is remembered, not goods: "recalls how", "recalled when". */
    private static final Set<String> REMEMBERED = WordSet.of("how", "when", "what", "why", "being", "seeing", "hearing");

    /** Where a release lists the goods it recalls: "the products listed above". */
    private static final Set<String> LISTED_WHERE = WordSet.of("above", "below", "here");

    private RecalledObjects() {
    }

    /**
     * "recalled its ambassador to Karvia", "recalls envoy", "recalled the Salmoran ambassador", "recalled its top
     * diplomat": an envoy called home, after a determiner and one modifier at most. "recalled the ambassador's
     * warning" is the warning remembered.
     */
    static boolean recalledEnvoy(List<Token> t, int next, Sentence s) {
        int k = next;
        if (k < s.endToken() && FunctionWords.DETERMINERS.contains(t.get(k).lower())) {
            k++;
        }
        if (k + 1 < s.endToken() && t.get(k).isWord() && !ENVOYS.contains(t.get(k).lower())) {
            k++;
        }
        return k < s.endToken() && ENVOYS.contains(t.get(k).lower());
    }

    /**
     * "recalls Dunmore inhalers over faulty valves", "recalled its oat bars from shelves": goods taken back over a fault
     * or off the market, an act. The object is a run of words with no clause or quotation; "recalled the fight over the
     * ferry" (no fault) and "recalled the winter from her childhood" (no shop) are memories; "recalled all of the cheeses
     * listed above" takes back the goods the release lists.
     */
    static boolean recalledGoods(List<Token> t, int next, Sentence s) {
        int end = Math.min(s.endToken(), next + Windows.COMPLEMENT_OBJECT_TOKENS);
        for (int k = next + 1; k < end; k++) {
            Token tok = t.get(k - 1);
            if (!tok.isWord() || tok.is("that") || ObjectSense.WORDS_FOLLOW.contains(tok.lower())) {
                return false;
            }
            String w = t.get(k).lower();
            if (w.equals("listed") && k + 1 < s.endToken() && LISTED_WHERE.contains(t.get(k + 1).lower())) {
                // "has recalled all of the cheeses listed above": goods a release lists, taken back.
                return true;
            }
            if (w.equals("over") || w.equals("from")) {
                int n = k + 1 < s.endToken() && FunctionWords.DETERMINERS.contains(t.get(k + 1).lower())
                        ? k + 2 : k + 1;
                return n < s.endToken() && (w.equals("over") ? RECALL_FAULTS : RECALL_PLACES).contains(t.get(n).lower());
            }
        }
        return false;
    }

    /**
     * "Toymaker recalls wooden trains", "Manufacturer recalls space heaters, but ...": a maker or seller right before the
     * verb takes back its goods, whatever the fault, an act. "Toymaker recalls how it began" or "recalls that" remembers.
     */
    static boolean makerRecalls(List<Token> t, int i, int next, Sentence s) {
        if (i <= s.firstToken() || next >= s.endToken()) {
            return false;
        }
        String maker = t.get(i - 1).lower();
        Token object = t.get(next);
        return (maker.endsWith("maker") || maker.endsWith("makers") || SELLERS.contains(maker)) && object.isWord()
                && !ObjectSense.WORDS_FOLLOW.contains(object.lower()) && !REMEMBERED.contains(object.lower());
    }

    /**
     * "recalled F Jo Lund from their minor league affiliate", "recalled Berg from Halden": a person named (after a
     * position's capitals at most) and where from; called back, not remembered. "recalled Lund's words from 2019",
     * "recalled a night in 2007" are memories.
     */
    static boolean calledBackFrom(List<Token> t, int next, Sentence s) {
        int k = next;
        // A position's capitals and a name: up to a name's words and one more.
        while (k < s.endToken() && k - next <= ResolutionWindows.NAME_WORDS && t.get(k).isCapitalized()
                && !Mentions.isPossessive(t.get(k).lower())) {
            k++;
        }
        return k > next && k < s.endToken() && t.get(k).is("from");
    }
}
