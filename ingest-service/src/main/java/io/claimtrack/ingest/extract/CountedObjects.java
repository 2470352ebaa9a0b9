package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Objects that count or sum: "two goals", "dozens of photos", "$84 billion". After a cue word they make a result or a
 * tally, not something said ({@link CueSense}).
 */
final class CountedObjects {

    /** Words that open an amount: "two goals", "several more", "nearly 40". */
    private static final Set<String> QUANTITIES = WordSet.union(List.of(FunctionWords.NUMBER_WORDS), "another", "more", "several",
            "nearly", "almost", "roughly", "over", "up", "to");
    /** Words that count things, not an amount's bound: "dozens of photos", "several clips" ("posted to" is no count). */
    private static final Set<String> COUNTS = WordSet.union(List.of(FunctionWords.NUMBER_WORDS), "several", "dozens",
            "hundreds", "thousands", "scores");

    private CountedObjects() {
    }

    /** A figure or a word that counts things opening an object: "40 clips", "dozens of photos". */
    static boolean thingsCounted(Token after) {
        return after.type() == Token.Type.NUMBER || COUNTS.contains(after.lower());
    }

    /** A sum of money at token {@code k}: "$84 billion", "€900". */
    static boolean sum(List<Token> t, int k, Sentence s) {
        return k + 1 < s.endToken() && FunctionWords.CURRENCY.contains(t.get(k).text()) && t.get(k + 1).type() == Token.Type.NUMBER;
    }

    /** A figure or a counting word opening an object: "two goals", "40,000 vans", "several more". */
    static boolean counted(Token after) {
        return after.type() == Token.Type.NUMBER || QUANTITIES.contains(after.lower());
    }
}
