package io.claimtrack.ingest.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A sentence's capitalised opening word glued to the name after it, dropped from the name; part of {@link MentionStage}. */
final class GluedOpeners {

    private GluedOpeners() {
    }

    /**
     * "Hold Melania Trump to her word": a word capitalised only because it opens a headline or sentence is no
     * part of the name after it, when that word is no first name or title and the text names the person
     * elsewhere without it. A name the text gives nowhere else keeps its first word ("Kellyanne Elizabeth Conway"),
     * and so does a first name on no list before a hyphenated surname ("Orvil Denkamp-Tesslow, 51,"): a name needs
     * two words left.
     */
    static void drop(AnnotatedDocument doc, Lexicon lexicon) {
        Set<String> persons = new HashSet<>();
        for (Name n : doc.names) {
            if (n.kind() == SpeakerKind.PERSON) {
                persons.add(n.text());
            }
        }
        for (int k = 0; k < doc.names.size(); k++) {
            // A method per name: this loop runs once per document, and a body inlined here is read interpreted until
            // the JIT compiles the loop, late in the first long text.
            Name without = withoutGluedOpener(doc, lexicon, doc.names.get(k), persons);
            if (without != null) {
                doc.names.set(k, without);
            }
        }
    }

    /** The name without its glued opening word, or null when it keeps it. */
    private static Name withoutGluedOpener(AnnotatedDocument doc, Lexicon lexicon, Name n, Set<String> persons) {
        int space = n.text().indexOf(' ');
        if (n.kind() != SpeakerKind.PERSON || !n.role().isEmpty() || n.words().size() < 3 || space < 0) {
            return null;
        }
        Sentence s = doc.sentenceAt(n.offset());
        String first = n.text().substring(0, space).toLowerCase(Locale.ROOT);
        String rest = n.text().substring(space + 1);
        if (s != null && rest.indexOf(' ') > 0 && doc.tokens.get(s.firstToken()).start() == n.offset() && persons.contains(rest)
                && !lexicon.isFirstName(first) && !lexicon.isRoleWord(first)) {
            return new Name(rest, SpeakerKind.PERSON, "", n.offset() + space + 1);
        }
        return null;
    }
}
