package io.claimtrack.claims.service;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The distinct character shingles of a normalised text, for the Jaccard similarity of two texts. A statement is
 * compared with every claim its band keys find, each a set of about a hundred shingles: as sets of substrings that
 * took 4 % of claims-service's samples at 4 callers (claims README, "Session 28"). A text whose characters are all
 * below U+1000 (Latin, Greek, Cyrillic, Arabic, Hebrew, Indic scripts) has its shingles packed into numbers, 12 bits a
 * character, so that two shingles are equal exactly when their numbers are, sorted, and compared by a merge; a text
 * with another character is compared as substrings, as before.
 */
final class Shingles {

    private static final int BITS = 12;
    private static final long WINDOW = (1L << (BITS * Text.SHINGLE)) - 1;

    private final String text;
    /** Sorted and distinct; null when a character does not fit in {@value #BITS} bits. */
    private final long[] packed;
    /** The shingles as substrings when they are not packed, made once for all the comparisons of this text. */
    private final Set<String> strings;

    private Shingles(String text, long[] packed, Set<String> strings) {
        this.text = text;
        this.packed = packed;
        this.strings = strings;
    }

    static Shingles of(String text) {
        int count = Math.max(0, text.length() - Text.SHINGLE + 1);
        long[] packed = new long[count];
        long window = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >>> BITS != 0) {
                return new Shingles(text, null, strings(text));
            }
            window = (window << BITS | c) & WINDOW;
            if (i >= Text.SHINGLE - 1) {
                packed[i - Text.SHINGLE + 1] = window;
            }
        }
        Arrays.sort(packed);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || packed[i] != packed[distinct - 1]) {
                packed[distinct++] = packed[i];
            }
        }
        return new Shingles(text, Arrays.copyOf(packed, distinct), null);
    }

    /** Jaccard similarity of the two texts' shingles; two texts without shingles are similar only when equal. */
    double similarity(Shingles other) {
        if (text.length() < Text.SHINGLE || other.text.length() < Text.SHINGLE) {
            return text.equals(other.text) ? 1 : 0;
        }
        if (packed == null || other.packed == null) {
            return jaccard(strings == null ? strings(text) : strings,
                    other.strings == null ? strings(other.text) : other.strings);
        }
        int common = 0;
        for (int i = 0, j = 0; i < packed.length && j < other.packed.length;) {
            if (packed[i] < other.packed[j]) {
                i++;
            } else if (packed[i] > other.packed[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        return (double) common / (packed.length + other.packed.length - common);
    }

    private static double jaccard(Set<String> left, Set<String> right) {
        int common = 0;
        for (String shingle : right) {
            if (left.contains(shingle)) {
                common++;
            }
        }
        return (double) common / (left.size() + right.size() - common);
    }

    private static Set<String> strings(String text) {
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + Text.SHINGLE <= text.length(); i++) {
            shingles.add(text.substring(i, i + Text.SHINGLE));
        }
        return shingles;
    }
}
