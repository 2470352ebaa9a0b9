package io.claimtrack.claims.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Locality-sensitive keys of a normalised text: MinHash signatures of its character 5-shingles,
 * cut into bands. Two texts share a band key with probability {@code 1 - (1 - J^ROWS)^BANDS}
 * for shingle Jaccard J: 0.9988 at 0.7 (the default threshold), 0.99996 at 0.8, 0.83 at 0.4, 0.2 at
 * 0.15. Candidates found by a shared key are then checked against the threshold, so a false candidate
 * costs a comparison, never a wrong merge; a missed one costs a second claim for the same words.
 * Every band is a key written with each new claim (into a B-tree whose pages each commit rewrites):
 * 16 bands (0.99998 at 0.7) wrote 17 keys per claim, 170 of the 230 documents a news article inserts; 10
 * give up one near-duplicate in 850 at exactly the threshold for 6 fewer keys per claim. Bands 0-9
 * are the same keys as before, so claims stored with 16 bands are still found.
 * Deterministic: no JVM-seeded hashing.
 */
public final class MinHash {

    static final int BANDS = 10;
    static final int ROWS = 2;

    private MinHash() {
    }

    /** Band keys "b{band}:{hash}"; empty when the text is too short to have shingles. */
    public static List<String> bandKeys(String normText) {
        Set<String> shingles = Text.shingles(normText);
        if (shingles.isEmpty()) {
            return List.of();
        }
        long[] signature = new long[BANDS * ROWS];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (String shingle : shingles) {
            long base = fnv64(shingle);
            for (int i = 0; i < signature.length; i++) {
                long h = mix(base + 0x9E3779B97F4A7C15L * (i + 1));
                if (Long.compareUnsigned(h, signature[i]) < 0) {
                    signature[i] = h;
                }
            }
        }
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long h = 17;
            for (int row = 0; row < ROWS; row++) {
                h = mix(h * 31 + signature[band * ROWS + row]);
            }
            keys.add("b" + band + ":" + Long.toHexString(h));
        }
        return keys;
    }

    private static long fnv64(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return h;
    }

    // splitmix64 finaliser
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
