package io.claimtrack.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The band keys find near-duplicates at the threshold (their only job) and rarely pair unrelated
 * statements. {@value MinHash#BANDS} bands of {@value MinHash#ROWS} rows: a pair at shingle Jaccard J shares
 * a band with probability 1 - (1 - J^2)^10, 0.9988 at 0.7; at the 0.05 of unrelated statements, 0.025.
 */
class MinHashTest {

    /** A vocabulary of 400 made-up words, so unrelated sentences share few shingles, as in news. */
    private static final String[] WORDS = vocabulary(400);

    @Test
    void pairsAtTheThresholdShareABand() {
        Random random = new Random(12);
        int pairs = 0;
        int found = 0;
        while (pairs < 1000) {
            String a = sentence(random, 14);
            String b = reworded(random, a);
            double j = Text.similarity(a, b);
            if (j < 0.70 || j >= 0.75) {
                continue;
            }
            pairs++;
            if (shareABand(a, b)) {
                found++;
            }
        }
        // expected about 999 of 1000
        assertTrue(found >= 995, found + " of 1000 pairs at Jaccard 0.70-0.75 share a band");
    }

    @Test
    void unrelatedStatementsRarelyShareABand() {
        Random random = new Random(5);
        int shared = 0;
        for (int i = 0; i < 1000; i++) {
            if (shareABand(sentence(random, 14), sentence(random, 14))) {
                shared++;
            }
        }
        assertTrue(shared < 50, shared + " of 1000 unrelated pairs share a band");
    }

    @Test
    void keysAreTheBandsAndDeterministic() {
        List<String> keys = MinHash.bandKeys("talks on the grain corridor were useful");
        assertEquals(MinHash.BANDS, keys.size());
        assertEquals(keys, MinHash.bandKeys("talks on the grain corridor were useful"));
        assertTrue(keys.get(0).startsWith("b0:"));
        assertEquals(List.of(), MinHash.bandKeys("ok"));
    }

    private static String[] vocabulary(int size) {
        Random random = new Random(1);
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = 3 + random.nextInt(6); n > 0; n--) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = word.toString();
        }
        return words;
    }

    private static boolean shareABand(String a, String b) {
        List<String> left = MinHash.bandKeys(a);
        return left.stream().anyMatch(new HashSet<>(MinHash.bandKeys(b))::contains);
    }

    private static String sentence(Random random, int words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            out.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", out);
    }

    /** One or two words replaced, inserted or dropped. */
    private static String reworded(Random random, String text) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.set(at, WORDS[random.nextInt(WORDS.length)]);
                case 1 -> words.add(at, WORDS[random.nextInt(WORDS.length)]);
                default -> words.remove(at);
            }
        }
        return String.join(" ", words);
    }
}
