package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a headline and its story's statements share, compared by their first letters so that "guarantees" is
 * "guarantee" and "highest" holds "high"; part of {@link HeadlineEchoes} and {@link DeckVoices}.
 */
final class HeadlineWords {

    /** Words too common to say whose statement a headline sums up. */
    private static final Set<String> COMMON = WordSet.of("the", "and", "for", "but", "not", "are", "was", "were", "has",
            "have", "had", "will", "would", "can", "could", "its", "his", "her", "she", "him", "they", "them", "their",
            "our", "you", "who", "that", "this", "with", "from", "into", "out", "says", "said", "say", "been", "all", "than");
    private static final int KEY_LETTERS = 5;
    private static final int SHORT_KEY_LETTERS = 4;

    private HeadlineWords() {
    }

    /** The keys of the text's words, as a headline's are compared. */
    static Set<String> keys(String text) {
        Set<String> keys = new HashSet<>();
        for (String w : words(text)) {
            keys.add(key(w, KEY_LETTERS));
        }
        return keys;
    }

    /** The keys of the text's words, long and short, as a statement below offers them to a headline's. */
    static Set<String> statementKeys(String text) {
        Set<String> keys = new HashSet<>();
        for (String w : words(text)) {
            keys.add(key(w, KEY_LETTERS));
            keys.add(key(w, SHORT_KEY_LETTERS));
        }
        return keys;
    }

    /** Whether statement {@code o}'s content holds a word of headline statement {@code a}'s (compared by their keys). */
    static boolean sharesWord(AnnotatedDocument doc, Attribution a, Attribution o) {
        Set<String> keys = keys(doc.text(o.contentStart, o.contentEnd));
        return words(doc.text(a.contentStart, a.contentEnd)).stream().anyMatch(w -> keys.contains(key(w, KEY_LETTERS)));
    }

    /** The word's first {@code letters} letters, or the whole word if shorter. */
    private static String key(String w, int letters) {
        return w.length() > letters ? w.substring(0, letters) : w;
    }

    /** The lower-case words of three letters or more that are not {@link #COMMON}. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && !COMMON.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
