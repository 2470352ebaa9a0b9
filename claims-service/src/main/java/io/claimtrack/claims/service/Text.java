package io.claimtrack.claims.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalisation, hashing and similarity shared by documents, speakers and claims. */
public final class Text {

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    static final int SHINGLE = 5;

    private Text() {
    }

    /** Lower case, no accents or punctuation, single spaces: "Kremlin's  aide!" becomes "kremlin s aide". */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Whitespace-insensitive form used for the content hash, so re-wrapped copies count as repeats. */
    public static String collapseWhitespace(String text) {
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    /** Distinct words of two characters or more, in order of first use. */
    public static List<String> tokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : normalise(text).split(" ")) {
            if (word.length() > 1) {
                tokens.add(word);
            }
        }
        return List.copyOf(tokens);
    }

    public static String lastToken(String normalised) {
        return normalised.substring(normalised.lastIndexOf(' ') + 1);
    }

    /** Jaccard similarity of the character shingles of two normalised texts. */
    public static double similarity(String a, String b) {
        return Shingles.of(a).similarity(Shingles.of(b));
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** A stable, URL-safe id for a natural key. */
    public static String id(String prefix, String naturalKey) {
        return prefix + sha256(naturalKey).substring(0, 24);
    }
}
