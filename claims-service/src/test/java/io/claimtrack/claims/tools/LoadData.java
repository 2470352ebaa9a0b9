package io.claimtrack.claims.tools;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The synthetic store's names, shared by {@link LoadTool}'s fill and {@link LoadQueries}: outlets, days,
 * ids and pronounceable words, each the same for the same number, so a query finds what the fill wrote.
 */
final class LoadData {

    static final int CLAIMS_PER_DOCUMENT = 10;
    static final String[] SOURCES = { "TASS", "Reuters", "AP", "AFP", "Interfax", "RIA", "DPA", "EFE",
            "ANSA", "Kyodo", "Xinhua", "Yonhap", "PAP", "CTK", "MTI", "BTA", "Ukrinform", "BelTA", "Kazinform", "APA" };
    static final String[] TYPES = { "direct", "indirect", "mixed" };
    static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    static final int DAYS = 730;
    /** The words of claim texts and of the {@code q=} queries. */
    static final List<String> VOCABULARY = IntStream.range(0, 3000).mapToObj(LoadData::word).toList();

    private LoadData() {
    }

    static String outletName(String key) {
        return Arrays.stream(SOURCES).filter(s -> s.toLowerCase().equals(key)).findFirst().orElse(key);
    }

    static int dayOf(Date at) {
        return (int) ChronoUnit.DAYS.between(EPOCH, at.toInstant());
    }

    static String day(int offset) {
        return EPOCH.plus(offset, ChronoUnit.DAYS).toString().substring(0, 10);
    }

    static String speakerName(int i) {
        return capitalised(word(1000 + i % 100)) + " " + capitalised(word(2000 + i / 100));
    }

    static String speakerId(int i) {
        return String.format("sp_load_%05d", i);
    }

    static String claimId(int c) {
        return String.format("cl_load_%07d", c);
    }

    static String documentId(int d) {
        return String.format("doc_load_%07d", d);
    }

    /** A pronounceable pseudo-word, distinct for each number. */
    static String word(int n) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        int rest = n;
        do {
            word.append(consonants.charAt(rest % consonants.length()));
            rest /= consonants.length();
            word.append(vowels.charAt(rest % vowels.length()));
            rest /= vowels.length();
        } while (rest > 0);
        return word.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
