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

    private UnionNames() {
    }

    /**
     * Whether a name's lower-case words name a union: "union" in it, or one of {@link #HEADS} ending it after a plural
     * ("Pilots Guild", "Fishermen's Association"); not "the Russian Federation" or "the Football Association", which
     * name no members.
     */
    static boolean isUnion(List<String> words) {
        if (words.contains("union")) {
            return true;
        }
        int last = words.size() - 1;
        if (last < 1 || !HEADS.contains(words.get(last))) {
            return false;
        }
        // "Fishermen's": the possessive's "s" is a word of its own.
        String members = words.get(last - 1).equals("s") && last >= 2 ? words.get(last - 2) : words.get(last - 1);
        return WordForms.pluralShape(members) || members.endsWith("men");
    }
}
