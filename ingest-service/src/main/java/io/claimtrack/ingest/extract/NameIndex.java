package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A document's names by each of their words and by their initials, so expansion looks only at candidates. */
final class NameIndex {

    private final Map<String, List<Name>> byKey = new HashMap<>();

    NameIndex(List<Name> names) {
        Map<String, Name> distinct = new LinkedHashMap<>();
        for (Name n : names) {
            distinct.putIfAbsent(n.text(), n);
        }
        for (Name n : distinct.values()) {
            for (String w : n.words()) {
                byKey.computeIfAbsent(w, k -> new ArrayList<>()).add(n);
            }
            String initials = n.initials();
            if (initials.length() > 1) {
                byKey.computeIfAbsent(initials, k -> new ArrayList<>()).add(n);
            }
        }
    }

    /** The fullest name containing all words of {@code name}; the nearest earlier one on a tie. */
    String expand(String name, int offset) {
        List<String> words = Name.words(name);
        if (words.isEmpty()) {
            return name;
        }
        Name best = null;
        for (Name n : byKey.getOrDefault(words.get(words.size() - 1), List.of())) {
            // "Trump and Clinton" names two people, neither of whom is the fuller name of "Trump".
            boolean fits = n.words().size() > words.size() && n.words().containsAll(words)
                    && (n.kind() == SpeakerKind.ORGANIZATION || !n.words().contains("and") || words.contains("and"))
                    || words.size() == 1 && words.get(0).length() > 1 && n.initials().equals(words.get(0));
            if (!fits) {
                continue;
            }
            if (best == null || n.words().size() > best.words().size()
                    || n.words().size() == best.words().size() && n.offset() <= offset && n.offset() > best.offset()) {
                best = n;
            }
        }
        return best == null ? name : best.text();
    }
}
