package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A description's head word, the last before its complement ("envoy" of "the US special envoy for Ukraine"), and the
 * one member a partitive names ("one of the sources"); read as text alone, for {@link DescriptionFit} and every rule
 * that asks what a description is of.
 */
final class DescriptionHeads {

    private static final Set<String> HEAD_ENDERS = WordSet.of("for", "of", "to", "at", "in", "on", "with");
    /**
     * The last description asked for its head word, and that word: resolution asks it of one statement's description a
     * dozen times over, by as many rules (splitting it anew each time was 3 % of a first long run). Immutable, so a
     * thread reads either its own last pair or another thread's whole one.
     */
    private static volatile Head lastHead;

    private record Head(String text, String head) {
    }
    /** Most words of a state's name between an office's "of" and its "state" or "government": "of the Kestrian state". */
    static final int STATE_QUALIFIER_WORDS = 2;
    /**
     * Offices whose "of" is part of their name: "the head of state" is no "head" of anything; "the head of the
     * Ministry" is its minister.
     */
    private static final Set<String> HEADS_OF = Set.of("head of state", "head of government", "head of ministry",
            "head of department");

    private DescriptionHeads() {
    }

    /** Whether a phrase is an office whose "of" is part of its name: "head of state". */
    static boolean namesOfficeWhole(String phrase) {
        return HEADS_OF.contains(phrase);
    }

    /**
     * "One of the sources" → "source", "one of the Unity Party rebels" → "rebel", "one of them" → "them": the one
     * member a partitive speaker names; "" for any other phrase.
     */
    static String partitiveMember(String text) {
        List<String> w = Name.wordsWithTitles(text);
        if (w.size() < 3 || !w.get(0).equals("one") || !w.get(1).equals("of")) {
            return "";
        }
        String last = w.get(w.size() - 1);
        return WordForms.endsInSingleS(last) ? last.substring(0, last.length() - 1) : last;
    }

    /** Whether a word (lower case) ends a description's head: "for" of "the envoy for Ukraine". */
    static boolean isHeadEnder(String word) {
        return HEAD_ENDERS.contains(word);
    }

    /**
     * "the US special envoy for Ukraine" → "envoy": the last word before a prepositional phrase; "the head of
     * state" names its office only whole, as does "the head of the Dravian state" (whose state, its qualifier).
     */
    static String headWord(String text) {
        Head last = lastHead;
        if (last != null && last.text.equals(text)) {
            return last.head;
        }
        String head = headWordOf(text);
        lastHead = new Head(text, head);
        return head;
    }

    private static String headWordOf(String text) {
        List<String> w = Name.words(text);
        int end = w.size();
        for (int i = 1; i < w.size(); i++) {
            if (HEAD_ENDERS.contains(w.get(i))) {
                // "the head of the Dravian state": whose state stands between (its article is no word here).
                for (int k = i + 1; k < w.size() && k <= i + 1 + STATE_QUALIFIER_WORDS; k++) {
                    String office = w.get(i - 1) + " of " + w.get(k);
                    if (HEADS_OF.contains(office) && (k == i + 1 || k == w.size() - 1)) {
                        return office;
                    }
                }
                end = i;
                break;
            }
        }
        return end == 0 ? "" : w.get(end - 1);
    }
}
