package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One-word names the text uses as places: after "in", or beside their people's adjective ("Lysos" and "Lysian
 * vessels"), worked out once per document when first asked; part of {@link SubjectCandidates}.
 */
final class PlacesByUse {

    static final Set<String> IN = WordSet.of("in");
    /** The endings a place's name drops before its people's adjective ("Lysos" → "Lys-ian", "Belkara" → "Belkar-an"). */
    private static final String DEMONYM_ENDINGS_DROPPED = "aeious";
    private static final List<String> DEMONYM_SUFFIXES = List.of("ian", "an", "ean", "ese", "ish", "i");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    /** One-word names the text puts after "in", worked out when first asked. */
    private Set<String> placesByUse;
    /** Capitalised words the text puts before a lower-case word: adjectives of peoples among them ("Lysian vessels"). */
    private Set<String> adjectives;

    PlacesByUse(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
    }

    /**
     * "... will be studied in Velgorod": a one-word name the text puts after "in" somewhere, or whose people's
     * adjective it puts before a noun ("Lysos" beside "Lysian vessels", "Belkara" beside "the Belkaran side"), and
     * that is no fuller name's surname, is a place wherever else it stands ("In his words, Velgorod “highly
     * appreciates” ...", "and that Lysos would ask the Council ... “I heard nothing,” he said").
     */
    boolean is(String name) {
        if (placesByUse == null) {
            placesByUse = new HashSet<>();
            adjectives = new HashSet<>();
            for (Name n : doc.names) {
                if (n.words().size() == 1 && !n.possessiveIn(doc.text) && afterWord(doc, n.offset(), IN)) {
                    placesByUse.add(n.text());
                }
            }
            for (int k = 0; k + 1 < doc.tokens.size(); k++) {
                Token t = doc.tokens.get(k);
                Token next = doc.tokens.get(k + 1);
                // "Julian said" beside "Julia": a first name is no people's adjective.
                if (t.isWord() && t.isCapitalized() && next.isLowerWord() && !lexicon.isFirstName(t.lower())) {
                    adjectives.add(t.text());
                }
            }
        }
        return (placesByUse.contains(name) || name.indexOf(' ') < 0 && !lexicon.isFirstName(name.toLowerCase(Locale.ROOT)) && hasDemonym(name))
                && names.expand(name, SpeakerKind.PERSON, doc.text.length()).equals(name);
    }

    /** Whether the text uses the name's people's adjective before a noun: "Lysos" → "Lysian", "Belkara" → "Belkaran". */
    private boolean hasDemonym(String name) {
        for (String adjective : demonyms(name)) {
            if (adjectives.contains(adjective)) {
                return true;
            }
        }
        return false;
    }

    /** The adjectives a place's people may have: "Lysos" → "Lysian", "Lysan", ...; never the name itself. */
    static List<String> demonyms(String place) {
        int end = place.length();
        while (end > ResolutionWindows.DEMONYM_STEM_CHARS && DEMONYM_ENDINGS_DROPPED.indexOf(place.charAt(end - 1)) >= 0) {
            end--;
        }
        String stem = place.substring(0, end);
        List<String> out = new ArrayList<>();
        for (String suffix : DEMONYM_SUFFIXES) {
            // "Osseni in Lenzburg": the name itself before a lower-case word is no adjective of it.
            if (!(stem + suffix).equals(place)) {
                out.add(stem + suffix);
            }
        }
        return out;
    }

    /** Whether the word before the capitalised words at {@code offset} is one of {@code words} (lower case): "in Velgorod". */
    static boolean afterWord(AnnotatedDocument doc, int offset, Set<String> words) {
        int end = Chars.trimEnd(doc.text, 0, offset);
        int start = end;
        while (start > 0 && Character.isLetter(doc.text.charAt(start - 1))) {
            start--;
        }
        return words.contains(doc.text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
