package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The two people of a readout's talks or call, each with the title its opening gives ("the Minister of Foreign Affairs
 * of Vestria, " before the name, ", Prime Minister of Vestria" after it): "The Vestrian side", "The head of the
 * Vestrian delegation", "The Vestrian Prime Minister" and "her Vestrian counterpart" are one of them ("the guest" is
 * {@link ReadoutGuest}'s). Part of {@link JointSides}.
 */
final class SideLeaders {

    static final SideLeaders NONE = new SideLeaders(List.of(), List.of());

    /** A title held for a place: "President of Suria", "Minister of Foreign Affairs of the Republic of Suria". */
    private static final Pattern OF_PLACE = Pattern.compile("\\bof (?:the )?\\p{Lu}");
    /** The shortest stem a state and its adjective share, and the most letters either may add to it ("-ic", "-stan"). */
    private static final int STEM_CHARS = 4;
    private static final int ENDING_CHARS = 3;

    private final List<String> people;
    private final List<String> titles;

    SideLeaders(List<String> people, List<String> titles) {
        this.people = people;
        this.titles = titles;
    }

    /** The one of the two whose title alone names the state ("The Sarnavian Prime Minister"); null if not one. */
    String byState(String adjective) {
        boolean first = leads(0, adjective);
        return first != leads(1, adjective) ? people.get(first ? 0 : 1) : null;
    }

    /**
     * The one of the two whose title in the opening names the side's state ("Vestrian" of "Republic of Vestria"); when
     * neither does, the one the opening gives no title of a place, the readout's own leader, against a guest's title of
     * another state ("Ola Brenvik held talks with President of Suria Ruben Sollen": "The Vestrian side" is Brenvik); null
     * if not one.
     */
    String bySide(String adjective) {
        boolean first = leads(0, adjective);
        if (first != leads(1, adjective)) {
            return people.get(first ? 0 : 1);
        }
        // "On talks between A and Foreign Minister of Suria B": the words before A hold no place.
        boolean placed = OF_PLACE.matcher(titles.get(0)).find();
        return !first && placed != OF_PLACE.matcher(titles.get(1)).find() ? people.get(placed ? 1 : 0) : null;
    }

    /** Whether the person's title, or a monarch's name ("Ferrando of Mendova"), names the side's state. */
    private boolean leads(int person, String adjective) {
        return namesState(titles.get(person), adjective) || namesState(people.get(person), adjective);
    }

    /** Whether the title names the side's state before any "to": "Ambassador of Tarnland to Ostrava" is Tarnland's. */
    private static boolean namesState(String title, String adjective) {
        for (String w : title.split("[^\\p{L}-]+")) {
            if (w.equals("to")) {
                return false;
            }
            if (w.equals(adjective) || !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && (PlacesByUse.demonyms(w).contains(adjective) || sameStem(w, adjective))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Norlandic" of "Norlandia", "Kazakh" of "Kazakhstan": the two words differ only in their last few letters. Loose,
     * but it only chooses between the two states of one joint statement.
     */
    private static boolean sameStem(String state, String adjective) {
        return WordForms.commonStart(state, adjective)
                >= Math.max(STEM_CHARS, Math.min(state.length(), adjective.length()) - ENDING_CHARS);
    }
}
