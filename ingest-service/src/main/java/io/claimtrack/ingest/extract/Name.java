package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name the text gives, with the role seen with it split off ("Kremlin aide") and the words it is
 * compared by: "Mr. Clarke" and "Tom Clarke" share "clarke".
 */
public record Name(String text, List<String> words, SpeakerKind kind, String role, int offset) {

    /** Generational suffixes a name may end with after the surname: "Brent Bozell III". */
    static final Set<String> GENERATIONS = WordSet.of("jr", "sr", "ii", "iii", "iv");

    /** Words a name is compared without: "Mr. Clarke" is "Tom Clarke". */
    private static final Set<String> NO_NAME_WORDS = WordSet.of("s", "the", "mr", "mrs", "ms", "dr");
    /** A longer word is looked up in no list: hashing every word of every name and description was 6 % of a long text. */
    private static final int NO_NAME_LONGEST = NO_NAME_WORDS.stream().mapToInt(String::length).max().orElse(0);
    /**
     * The last text asked for its words, with honorifics and without: resolution's rules ask them of one statement's
     * speaker in turn, each splitting it anew (5 % of a long text's run). Immutable, so a thread reads either its own
     * last words or another thread's whole ones.
     */
    private static volatile Asked lastWords;
    private static volatile Asked lastWordsWithTitles;

    private record Asked(String text, List<String> words) {
    }

    Name(String text, SpeakerKind kind, String role, int offset) {
        this(text, words(text), kind, role, offset);
    }

    /** Lower-case words of a name or description, without honorifics, articles and possessive "s"; unmodifiable. */
    static List<String> words(String text) {
        return asked(text, false);
    }

    /** Lower-case words of a name or description, honorifics included ("Ms. Rivera" → ms, rivera); unmodifiable. */
    static List<String> wordsWithTitles(String text) {
        return asked(text, true);
    }

    private static List<String> asked(String text, boolean titles) {
        Asked last = titles ? lastWordsWithTitles : lastWords;
        if (last != null && last.text.equals(text)) {
            return last.words;
        }
        List<String> words = Collections.unmodifiableList(words(text, titles));
        if (titles) {
            lastWordsWithTitles = new Asked(text, words);
        } else {
            lastWords = new Asked(text, words);
        }
        return words;
    }

    private static List<String> words(String text, boolean titles) {
        // A scan rather than a regex split: resolution asks this of every statement's speaker.
        List<String> out = new ArrayList<>();
        if (asciiWords(text, titles, out)) {
            return out;
        }
        out.clear();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length();) {
            int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean word = Character.isLetter(cp) || isNumber(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                addWord(out, lower.substring(start, i), titles);
                start = -1;
            }
            i += Character.charCount(cp);
        }
        return out;
    }

    /**
     * The same words read from ASCII text without the Unicode tables or a lower-case copy of the whole text (resolution
     * asks this of every description it compares, several times each); false, with {@code out} unfinished, at the first
     * character past ASCII, whose lower case may change the text's length.
     */
    private static boolean asciiWords(String text, boolean titles, List<String> out) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 0x80) {
                return false;
            }
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                addWord(out, lowerWord(text, start, i), titles);
                start = -1;
            }
        }
        return true;
    }

    /** The ASCII word {@code [from, to)} of {@code text} in lower case, copied once. */
    private static String lowerWord(String text, int from, int to) {
        char[] word = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            word[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(word);
    }

    private static void addWord(List<String> out, String w, boolean titles) {
        if (titles || w.length() > NO_NAME_LONGEST || !NO_NAME_WORDS.contains(w)) {
            out.add(w);
        }
    }

    /** What the regex class \p{N} holds: digits, letter numbers ("Ⅻ") and other numbers ("½"). */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** "McAuliffe's comment", "the Smiths' lawyer": the name is a possessor in {@code text}, not a subject. */
    boolean possessiveIn(String text) {
        int end = offset + this.text.length();
        return end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’');
    }

    /** The last of a name's words: a person's surname ("clinton" of "Mrs. Hillary Clinton"); "" for none. */
    String surname() {
        return lastWord(words);
    }

    /** "HENRY VOSS" -> "Henry Voss": a name a byline or transcript sets in capitals; a name already in mixed case stays. */
    static String fromCapitals(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /**
     * The text after its last space, as written: case, hyphens, apostrophes and stops kept, for a reader that needs them
     * ("Sandoval-Ortiz" read at its hyphen, "Ministry's" at its possessive, a cue's last word) or keeps the word's case;
     * not {@link #lastWord} of {@link #words}, which lower-cases it and splits it at each of them.
     */
    static String afterLastSpace(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    /** The last of a name's lower-case {@link #words}, "" for none. */
    static String lastWord(List<String> words) {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** Index of the last name starting before {@code offset} in a list in text order, or -1. */
    static int lastBefore(List<Name> names, int offset) {
        return Sorted.firstAtLeast(names, Name::offset, offset) - 1;
    }

    /** The (last) name of a list in text order that starts exactly at {@code offset}, or null. */
    static Name startingAt(List<Name> names, int offset) {
        int j = lastBefore(names, offset + 1);
        Name n = j < 0 ? null : names.get(j);
        return n != null && n.offset() == offset ? n : null;
    }

    /**
     * The people {@code doc} names outside quotations from offset {@code from} up to {@code to}, the last first: whom a
     * pronoun after them may turn to. Callers bound the span (a paragraph's nearby part).
     */
    static List<Name> peopleOutsideQuotations(AnnotatedDocument doc, int from, int to) {
        List<Name> out = new ArrayList<>();
        for (int j = lastBefore(doc.names, to); j >= 0 && doc.names.get(j).offset() >= from; j--) {
            Name n = doc.names.get(j);
            if (n.kind() == SpeakerKind.PERSON && doc.quoteAt(n.offset()) == null) {
                out.add(n);
            }
        }
        return out;
    }

    /** The people {@code doc} names, in the order of where they start: for a search from an offset on. */
    static List<Name> peopleInOrder(AnnotatedDocument doc) {
        return doc.names.stream().filter(n -> n.kind() == SpeakerKind.PERSON).sorted(Comparator.comparingInt(Name::offset)).toList();
    }

    /** "ECB" for "European Central Bank": the initials of the words that are not connectors. */
    String initials() {
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!Mentions.isConnector(w)) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString();
    }
}
