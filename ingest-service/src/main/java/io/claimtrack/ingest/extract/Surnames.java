package io.claimtrack.ingest.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One document's people by surname (the last word of each name the text gives a person), with the names that
 * end in it: who bears it in full, and whether it is named without a given first word.
 */
final class Surnames {

    private final Map<String, Set<List<String>>> bySurname = new HashMap<>();

    Surnames(Collection<Name> names) {
        for (Name n : names) {
            if (n.kind() == SpeakerKind.PERSON && !n.words().isEmpty()) {
                bySurname.computeIfAbsent(n.surname(), w -> new HashSet<>()).add(n.words());
            }
        }
    }

    /** How many people the text names in full (two words or more) with this surname (lower case). */
    int fullBearers(String surname) {
        return (int) bySurname.getOrDefault(surname, Set.of()).stream().filter(w -> w.size() > 1).count();
    }

    /** "Lunde said" beside "State Ivo Lunde": the text names someone of this surname without that first word. */
    boolean namedWithout(String first, String surname) {
        return bySurname.getOrDefault(surname, Set.of()).stream().anyMatch(w -> !w.get(0).equals(first));
    }
}
