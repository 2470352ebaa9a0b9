package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "the union" stands for a labour body whatever word its name ends in: "the Skyvale Pilots Guild", "the Harwenne
 * Nurses Federation", "the Kelm Porters' Brotherhood" are unions as much as "the Dockers' Union".
 */
final class UnionNames {

    /** Words other than "union" that end a union's name, after the trade it organises. */
    private static final Set<String> HEADS = WordSet.of("guild", "federation", "association", "brotherhood", "confederation");

    /** Endings of plurals that name people by their work: "Workers", "Seamen", "Employees", "Machinists". */
    private static final List<String> PEOPLE_ENDINGS = List.of("ers", "men", "ees", "ists");

    /** Members who hire rather than work: "the Port Employers Association" bargains against the union. */
    private static final Set<String> EMPLOYERS = WordSet.of("employers", "owners", "operators", "manufacturers");

    private UnionNames() {
    }

    /**
     * Whether a name's lower-case words name a union: "union" in it, or one of {@link #HEADS} ending it after a plural
     * ("Pilots Guild", "Fishermen's Association") or opening it before "of" and a plural ("Federation of Harbour and
     * Dock Workers"); not "the Russian Federation" or "the Football Association", which name no members, nor an
     * employers' association.
     */
    static boolean isUnion(List<String> words) {
        if (words.contains("union")) {
            return true;
        }
        int last = words.size() - 1;
        if (last >= 2 && HEADS.contains(words.get(0)) && words.get(1).equals("of")) {
            // "of Coastal States", "of Football Clubs": head first, the plural must name people by their work; a place
            // may follow it ("Federation of Rail Workers of Castelnor").
            int place = words.subList(2, words.size()).indexOf("of");
            String members = words.get(place > 0 ? place + 1 : last);
            return PEOPLE_ENDINGS.stream().anyMatch(members::endsWith) && workers(members);
        }
        if (last < 1 || !HEADS.contains(words.get(last))) {
            return false;
        }
        // "Fishermen's": the possessive's "s" is a word of its own.
        return workers(words.get(last - 1).equals("s") && last >= 2 ? words.get(last - 2) : words.get(last - 1));
    }

    private static boolean workers(String members) {
        return (WordForms.pluralShape(members) || members.endsWith("men")) && !EMPLOYERS.contains(members);
    }
}
