package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The bearers of one surname a text tells apart by first name, for {@link NameIndex#expand}. */
final class SurnameBearers {

    private final Lexicon lexicon;
    /** Where the text gives each name, in text order ({@link NameIndex}'s, filled as it reads the names). */
    private final Map<String, List<Integer>> places;

    SurnameBearers(Lexicon lexicon, Map<String, List<Integer>> places) {
        this.lexicon = lexicon;
        this.places = places;
    }

    /**
     * "Clinton" where the text names "Hillary Clinton" and "Bill Clinton": of a surname's bearers the text tells
     * apart by first name, the one it names first (its subject; the other comes in as a relative, rival or
     * namesake); the fuller names of that bearer alone.
     */
    List<Name> oneBearer(List<Name> candidates, List<String> words) {
        String chosen = null;
        int chosenAt = Integer.MAX_VALUE;
        boolean several = false;
        for (Name n : candidates) {
            String key = firstName(n, words);
            if (key != null) {
                several |= chosen != null && !chosen.equals(key);
                if (places.get(n.text()).get(0) < chosenAt) {
                    chosen = key;
                    chosenAt = places.get(n.text()).get(0);
                }
            }
        }
        if (!several) {
            return candidates;
        }
        String keep = chosen;
        List<Name> out = new ArrayList<>(candidates);
        out.removeIf(n -> !keep.equals(firstName(n, words)));
        return out;
    }

    /**
     * The first name that tells one bearer of a surname from another, written as one: the word before the surname
     * ("Benghazi widow Dorothy Woods"), or before a middle name when nothing but titles stands before it
     * ("President Bill Clinton", "Hillary Rodham Clinton"), initials aside; null for a name that gives none
     * ("Secretary Clinton", "AG Lynch"), one found for a first name ("Jack Dalrymple" for "Jack") and a longer
     * capitalised run ("Glenn Beck Says Trump").
     */
    private String firstName(Name n, List<String> words) {
        List<String> all = n.words();
        int i = before(all, Collections.lastIndexOfSubList(all, words));
        if (i >= 0 && !writtenFirstName(n, all.get(i))) {
            i = before(all, i);
            for (int k = 0; k < i; k++) {
                if (!lexicon.isRoleWord(all.get(k))) {
                    return null;
                }
            }
        }
        return i >= 0 && writtenFirstName(n, all.get(i)) ? all.get(i) : null;
    }

    /** The index of the last word before {@code index} that is no initial; -1 if none. */
    private static int before(List<String> words, int index) {
        int i = index - 1;
        while (i >= 0 && words.get(i).length() == 1) {
            i--;
        }
        return i;
    }

    private boolean writtenFirstName(Name n, String w) {
        return w.length() > 1 && lexicon.isFirstName(w) && n.text().contains(Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
}
