package io.claimtrack.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Packed shingles give exactly the Jaccard similarity of the texts' sets of 5-character substrings. */
class ShinglesTest {

    /** Letters of several scripts, some packed (below U+1000) and some not (CJK, a surrogate pair's halves). */
    private static final String[] ALPHABETS = { "abcde fghij", "aab ", "абвгд еж", "αβγ δ", "abc 12 ß é",
        "ab 中文 cd", "a\ud83d\ude00b ", "\u0fff\u1000 a", "ab" };

    @Test
    void theSimilarityIsTheJaccardOfTheSubstrings() {
        Random random = new Random(28);
        for (int i = 0; i < 20_000; i++) {
            String a = text(random);
            String b = random.nextInt(4) == 0 ? a : random.nextBoolean() ? reworded(random, a) : text(random);
            assertEquals(jaccard(a, b), Shingles.of(a).similarity(Shingles.of(b)), "'" + a + "' / '" + b + "'");
            assertEquals(jaccard(a, b), Text.similarity(a, b));
        }
    }

    @Test
    void shortTextsAreSimilarOnlyWhenEqual() {
        assertEquals(1.0, Shingles.of("ok").similarity(Shingles.of("ok")));
        assertEquals(0.0, Shingles.of("ok").similarity(Shingles.of("okay then")));
        assertEquals(0.0, Shingles.of("okay then").similarity(Shingles.of("")));
        // repeated shingles count once: {aaaaa} against {aaaaa, aaaab}
        assertEquals(0.5, Shingles.of("aaaaaaa").similarity(Shingles.of("aaaaab")));
    }

    private static String text(Random random) {
        String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String reworded(Random random, String text) {
        StringBuilder changed = new StringBuilder(text);
        for (int i = random.nextInt(3); i >= 0 && changed.length() > 0; i--) {
            changed.setCharAt(random.nextInt(changed.length()), 'x');
        }
        return changed.toString();
    }

    /** The definition: distinct substrings of 5 characters; a text with none is similar only to itself. */
    private static double jaccard(String a, String b) {
        Set<String> left = substrings(a);
        Set<String> right = substrings(b);
        if (left.isEmpty() || right.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        return (double) common.size() / (left.size() + right.size() - common.size());
    }

    private static Set<String> substrings(String text) {
        Set<String> substrings = new HashSet<>();
        for (int i = 0; i + 5 <= text.length(); i++) {
            substrings.add(text.substring(i, i + 5));
        }
        return substrings;
    }
}
