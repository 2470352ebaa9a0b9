package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "the family's lawyer, Garrett Voss,": a title set off before a person's name, which the name itself does not hold
 * ({@link Name#role} keeps only a title written into the name's phrase). Known, a later bare description of another
 * office ("“It tells you what I did,” the manager replied") is not taken for the lawyer who spoke last. Such a title is
 * a description ("the study's lead author"), no office: only a bare description's fit reads it, not a headline's
 * plural ("Researchers say"). Read once per document; part of {@link ResolutionStage}.
 */
final class ApposedTitles {

    private ApposedTitles() {
    }

    /** Each person named right after a title set off (person to title, lower case); the first title of each kept. */
    static Map<String, String> of(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        Map<String, String> titles = new HashMap<>();
        for (Name n : doc.names) {
            if (n.kind() != SpeakerKind.PERSON || !n.role().isEmpty()) {
                continue;
            }
            String title = titleBefore(doc, lexicon, n.offset());
            if (title != null) {
                titles.putIfAbsent(names.expand(n.text(), SpeakerKind.PERSON, n.offset()), title);
            }
        }
        return titles;
    }

    /**
     * The role word right before ", " and the name at {@code offset}, inside a definite description ("the family's
     * lawyer", "her attorney"); null for a list ("Holm, Dahl") or a word of no role.
     */
    private static String titleBefore(AnnotatedDocument doc, Lexicon lexicon, int offset) {
        int k = doc.tokenAtOrAfter(offset) - 1;
        List<Token> t = doc.tokens;
        if (k < 1 || !t.get(k).is(",") || !t.get(k - 1).isWord() || t.get(k - 1).isCapitalized()) {
            return null;
        }
        String head = t.get(k - 1).lower();
        if (!lexicon.roles.contains(head)) {
            return null;
        }
        for (int d = k - 2; d >= 0 && k - d <= Windows.OWNER_DESCRIPTION_TOKENS && t.get(d).isWord(); d--) {
            String w = t.get(d).lower();
            if (w.equals("the") || Lexicon.POSSESSIVES.contains(w) || Mentions.possessiveStem(w).length() < w.length()) {
                return head;
            }
        }
        return null;
    }
}
