package io.claimtrack.ingest.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One holder per key of a person's title: the first person the text names with a title of that key; a key two people
 * share names no one. Asked by {@link OneWordLabels} (a title's last word) and {@link OfficeSpeeches} (an office).
 */
final class SoleTitleHolders {

    private SoleTitleHolders() {
    }

    /** {@code keys}: the keys of a title (lower case). */
    static Map<String, Name> byKey(List<Name> names, Function<String, Collection<String>> keys) {
        Map<String, Name> holders = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Name n : names) {
            if (n.kind() != SpeakerKind.PERSON || n.role() == null || n.role().isEmpty()) {
                continue;
            }
            for (String key : keys.apply(n.role().toLowerCase(Locale.ROOT))) {
                Name first = holders.putIfAbsent(key, n);
                if (first != null && !first.text().equals(n.text())) {
                    shared.add(key);
                }
            }
        }
        holders.keySet().removeAll(shared);
        return holders;
    }
}
