package io.claimtrack.claims.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** What each row adds to a shingle's hash before mixing. */
    private static final long[] STEPS = new long[BANDS * ROWS];

    static {
        for (int i = 0; i < STEPS.length; i++) {
            STEPS[i] = 0x9E3779B97F4A7C15L * (i + 1);
        }
    }

    private MinHash() {
    }

    /** Band keys "b{band}:{hash}"; empty when the text is too short to have shingles. */
    public static List<String> bandKeys(String normText) {
        int shingles = normText.length() - Text.SHINGLE + 1;
        if (shingles <= 0) {
            return List.of();
        }
        // each row's minimum kept with the sign bit flipped, so that a signed min orders as unsigned: no branch
        long[] signature = new long[BANDS * ROWS];
        Arrays.fill(signature, Long.MAX_VALUE ^ Long.MIN_VALUE);
        // a shingle met twice gives the same hashes again, which leaves every minimum as it was
        for (int start = 0; start < shingles; start++) {
            long base = fnv64(normText, start, start + Text.SHINGLE);
            for (int i = 0; i < signature.length; i++) {
                signature[i] = Math.min(signature[i], mix(base + STEPS[i]) ^ Long.MIN_VALUE);
            }
        }
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long h = 17;
            for (int row = 0; row < ROWS; row++) {
                h = mix(h * 31 + (signature[band * ROWS + row] ^ Long.MIN_VALUE));
            }
            keys.add("b" + band + ":" + Long.toHexString(h));
        }
        return keys;
    }

    /**
     * FNV-1a of the UTF-8 bytes of {@code text[from, to)}, each byte sign-extended as it always was; encoded
     * here, without a substring and its byte array (a third of this class's time), but for surrogates.
     */
    private static long fnv64(String text, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                h = (h ^ c) * FNV_PRIME;
            } else if (c < 0x800) {
                h = (h ^ (byte) (0xC0 | c >> 6)) * FNV_PRIME;
                h = (h ^ (byte) (0x80 | c & 0x3F)) * FNV_PRIME;
            } else if (!Character.isSurrogate(c)) {
                h = (h ^ (byte) (0xE0 | c >> 12)) * FNV_PRIME;
                h = (h ^ (byte) (0x80 | c >> 6 & 0x3F)) * FNV_PRIME;
                h = (h ^ (byte) (0x80 | c & 0x3F)) * FNV_PRIME;
            } else {
                // a pair, or half of one cut by the shingle's edge: the encoder's bytes
                return fnv64(text.substring(from, to).getBytes(StandardCharsets.UTF_8));
            }
        }
        return h;
    }

    private static long fnv64(byte[] bytes) {
        long h = FNV_OFFSET;
        for (byte b : bytes) {
            h = (h ^ b) * FNV_PRIME;
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
