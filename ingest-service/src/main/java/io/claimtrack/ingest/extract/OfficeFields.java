package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "former secretary of State Ivo Lunde", "secretary of State Clinton": after a lower-case title and "of", the run of
 * capitalised words opens with the office's field, glued to its holder's name. When the text names the holder
 * elsewhere without that word ("Lunde said", "Hillary Clinton"), or the word is "State" and two words follow it, the
 * field joins the title and the rest is the name; "executive director of National Nurses United" stays whole. Once
 * per document, over the names found.
 */
final class OfficeFields {

    /**
     * The one office field a run takes in ("secretary of Commerce Dagny Vosloo" splits already): role-fields.txt
     * cannot hold it, as "the state senator" would become a field.
     */
    private static final String STATE = "state";

    private OfficeFields() {
    }

    static void split(AnnotatedDocument doc, Lexicon lexicon) {
        // Read at the first name that asks, before any is split: most texts put no name after a title's "of".
        Surnames surnames = null;
        List<Token> tokens = doc.tokens;
        for (int k = 0; k < doc.names.size(); k++) {
            Name n = doc.names.get(k);
            int i = doc.tokenAtOrAfter(n.offset());
            if (!afterOffice(doc, lexicon, n, i)) {
                continue;
            }
            List<String> words = n.words();
            int end = n.offset() + n.text().length();
            surnames = surnames == null ? new Surnames(doc.names) : surnames;
            boolean field = words.size() == 3 && words.get(0).equals(STATE);
            if (field || surnames.namedWithout(words.get(0), n.surname())) {
                Token rest = tokens.get(i + 1);
                doc.names.set(k, new Name(doc.text(rest.start(), end), SpeakerKind.PERSON,
                        doc.text(tokens.get(i - 2).start(), tokens.get(i).end()), rest.start()));
            }
        }
    }

    /**
     * Whether the person's name of two words or more at token {@code i} follows a lower-case title and "of". A method
     * of its own: the loop over names runs once per document, and a test inlined there is read interpreted until the
     * JIT compiles the loop, late in the first long text.
     */
    private static boolean afterOffice(AnnotatedDocument doc, Lexicon lexicon, Name n, int i) {
        List<Token> tokens = doc.tokens;
        return n.kind() == SpeakerKind.PERSON && n.role().isEmpty() && n.words().size() >= 2 && i >= 2 && i + 1 < tokens.size()
                && tokens.get(i + 1).end() <= n.offset() + n.text().length()
                && tokens.get(i - 1).is("of") && !tokens.get(i - 2).isCapitalized() && lexicon.roles.contains(tokens.get(i - 2).lower());
    }
}
