package io.claimtrack.ingest.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a person's name cuts into the capitalised words that only title the person and the name itself ("Court
 * Justice Frank Nervo": "Court Justice" and "Frank Nervo"), for {@link NameIndex#canonical}; each name cut once a
 * document.
 */
final class TitleSplits {

    /** "Mr.", "Mrs.", "Ms.", "Dr.", "Miss" before a name. */
    private static final Pattern HONORIFIC = Pattern.compile("(Mr|Mrs|Ms|Dr|Miss)\\.?");

    /** A split that cuts nothing: the name is left whole. */
    static final Split WHOLE = new Split("", "", -1);

    /** The title words, the rest of the name, and the index of the rest's first word (-1 when nothing is cut). */
    record Split(String title, String rest, int cut) {
    }

    private final Map<String, Split> splits = new HashMap<>();
    private final Lexicon lexicon;

    TitleSplits(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Split of(String name) {
        return splits.computeIfAbsent(name, this::split);
    }

    private Split split(String name) {
        if (name.contains(" and ")) {
            // "Mr. Grassley and Mr. Leahy": two people, no one name.
            return WHOLE;
        }
        String[] parts = name.split(" ");
        int end = 0;
        while (end < parts.length && !Mentions.isConnector(letters(parts[end]))) {
            end++;
        }
        while (end > 1 && Name.GENERATIONS.contains(letters(parts[end - 1]))) {
            end--;
        }
        int cut = -1;
        for (int i = 0; i < end - 1; i++) {
            String w = letters(parts[i]);
            if (w.isEmpty() || !Character.isUpperCase(parts[i].charAt(0)) || FunctionWords.DETERMINERS.contains(w)
                    || i == 0 && (w.length() == 1 || lexicon.isFirstName(w))) {
                // "A spokeswoman for Ann Holm", "Mr. Holm's campaign": no title of Ann Holm; a first name or
                // an initial opens a name.
                return WHOLE;
            }
            if (HONORIFIC.matcher(parts[i]).matches()) {
                cut = i;
                break;
            }
            // The first of the first names (and initials) after the last title word: "Court Justice Frank Nervo",
            // "Rev. Charles Elliott", "Alderman Jo T. Burns".
            boolean first = lexicon.isFirstName(w);
            cut = first ? cut < 0 ? i : cut : w.length() == 1 ? cut : -1;
        }
        for (int i = Math.max(cut, 0); i < end; i++) {
            if (!Character.isUpperCase(parts[i].charAt(0))) {
                return WHOLE;
            }
        }
        if (cut < 0) {
            return WHOLE;
        }
        return new Split(String.join(" ", Arrays.asList(parts).subList(0, cut)),
                String.join(" ", Arrays.asList(parts).subList(cut, parts.length)), cut);
    }

    private static String letters(String word) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                out.append(Character.toLowerCase(word.charAt(i)));
            }
        }
        return out.toString();
    }
}
