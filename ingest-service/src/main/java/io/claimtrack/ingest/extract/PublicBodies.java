package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A deck's bare noun for a public body ("district says cuts were unavoidable") and the office that speaks for it
 * (public-bodies.txt): the superintendent is the district's voice, a councillor is not the city's.
 */
final class PublicBodies {

    private static final Map<String, List<String>> HEADS = load();

    private PublicBodies() {
    }

    /** Whether the lower-case noun names a public body of the list. */
    static boolean isBody(String noun) {
        return HEADS.containsKey(noun);
    }

    /** Whether {@code role} ("Superintendent", "Interim Mayor") is the office that speaks for the body {@code noun} names. */
    static boolean headedBy(String noun, String role) {
        List<String> words = Name.words(role.toLowerCase(Locale.ROOT));
        if (words.stream().anyMatch(DescriptionFit.OTHER_OFFICE::contains)) {
            return false;
        }
        String padded = " " + String.join(" ", words);
        return HEADS.getOrDefault(noun, List.of()).stream().anyMatch(title -> padded.endsWith(" " + title));
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> heads = new HashMap<>();
        for (String line : Lexicon.readLines("public-bodies")) {
            String[] parts = line.split(":", 2);
            heads.put(parts[0].strip(), List.of(parts[1].strip().split(" *, *")));
        }
        return Map.copyOf(heads);
    }
}
