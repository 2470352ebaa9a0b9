package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name the text gives, with the role seen with it split off ("Kremlin aide") and the words it is
 * compared by: "Mr. Clarke" and "Tom Clarke" share "clarke".
 */
public record Name(String text, List<String> words, SpeakerKind kind, String role, int offset) {

    /** Words a name is compared without: "Mr. Clarke" is "Tom Clarke". */
    private static final Set<String> NO_NAME_WORDS = Set.of("s", "the", "mr", "mrs", "ms", "dr");

    Name(String text, SpeakerKind kind, String role, int offset) {
        this(text, words(text), kind, role, offset);
    }

    /** Lower-case words of a name or description, without honorifics, articles and possessive "s". */
    static List<String> words(String text) {
        List<String> out = wordsWithTitles(text);
        out.removeIf(NO_NAME_WORDS::contains);
        return out;
    }

    /** Lower-case words of a name or description, honorifics included ("Ms. Rivera" → ms, rivera). */
    static List<String> wordsWithTitles(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Index of the last name starting before {@code offset} in a list in text order, or -1. */
    static int lastBefore(List<Name> names, int offset) {
        return Sorted.firstAtLeast(names, Name::offset, offset) - 1;
    }

    /** "ECB" for "European Central Bank": the initials of the words that are not connectors. */
    String initials() {
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!Mentions.isConnector(w)) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString();
    }
}
