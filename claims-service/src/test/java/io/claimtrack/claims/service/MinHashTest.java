package io.claimtrack.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
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

    /**
     * Stored claims are found by their band keys, so the keys of a text never change: these are the keys the
     * first implementation (shingles as a set of substrings, each hashed from its UTF-8 bytes) gave, for
     * Latin, Cyrillic, characters outside the BMP and surrogate halves cut apart by a shingle's edge.
     */
    @Test
    void keysAreTheSameAsTheyWereWhenStored() throws Exception {
        assertEquals(List.of("b0:6130cf1a77efec68", "b1:b903b18ef27b3d22", "b2:6544f6b35269344f", "b3:155388c95512ae45",
                "b4:671c0c7f8c458ca2", "b5:9de211a0d567d87d", "b6:c30d71153f83d563", "b7:30768cce11c63b7a",
                "b8:69be6011350fff6d", "b9:807c61114b801769"), MinHash.bandKeys("talks on the grain corridor were useful"));
        assertEquals(List.of("b0:13a8784d4dc5ebea", "b1:a81af7dfdad725d9", "b2:e4b62e8b8fe80004", "b3:c1a0327aaf4f5562",
                "b4:3cff346f1b5b726d", "b5:13b716d4b4272602", "b6:f55a52674951ef21", "b7:5400a5dbc10e5826",
                "b8:a12e6161a4e032f3", "b9:3cec23155086fe29"), MinHash.bandKeys("переговоры в турции были полезными"));
        assertEquals(List.of("b0:41e54aedb7d8c970", "b1:3733ea85ec8753ed", "b2:74838128ceda24a8", "b3:4d6a74e01c959a0a",
                "b4:8b55819d6ba23aaa", "b5:f36f988d5ec69fd8", "b6:f37c8147cbfbda25", "b7:214041285eaac227",
                "b8:1d956b5aa4b1dd72", "b9:261a6742b142d83c"), MinHash.bandKeys("\uD83D\uDE42 the talks \uD83D\uDE42 went on"));
        assertEquals(List.of("b0:d5787bf42b42b164", "b1:8e35d376edaf4a97", "b2:9447a2514081f11b", "b3:c52d088493a2fd6",
                "b4:9051209e732302a5", "b5:a0290b8ff5e7668f", "b6:ebedf29f44cc07b1", "b7:216685ae6dd08e82",
                "b8:bbb1abf9e83b0048", "b9:5f4e98e856858b2f"), MinHash.bandKeys("\uD83Dxyz\uDE00ab"));
        // and 3,000 random texts of those alphabets, lengths 0-89, by a digest of all their keys
        Random random = new Random(2026);
        String alphabet = "abcdefghij klmnopq 0123 абвгдежз 中文字 é ß \uD83D\uDE00";
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(90); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            digest.update(String.join(",", MinHash.bandKeys(text.toString())).getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("b9fa1144e01de3bb982a207c09d76d79a43d08b59199ba055060ca2494ca40e5", HexFormat.of().formatHex(digest.digest()));
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
