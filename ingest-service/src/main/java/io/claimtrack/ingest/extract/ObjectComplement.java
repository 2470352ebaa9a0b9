package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Verbs that report speech or a view only through the complement after their object (lexicon
 * {@code complement-cues.txt}): "sees the vote as a test", "likened the race to a car crash", "blasted the
 * mayor for the delays", "ruled that". Without it they name an action or a perception: "saw the fireworks",
 * "compared with last year", "ruled out a run".
 */
final class ObjectComplement {

    /** After "as" these make a comparison or a time clause, not a complement: "as well as", "as they left". */
    private static final Set<String> NOT_AFTER_AS = Set.of("well", "much", "many", "soon", "long", "far", "if",
            "though", "part", "he", "she", "they", "we", "i", "you", "it");

    private final Lexicon lexicon;

    ObjectComplement(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** False when the cue at token {@code i} needs a complement after its object and has none. */
    boolean fits(AnnotatedDocument doc, int i, int words, Sentence s) {
        Set<String> complements = lexicon.complementsOf(doc.tokens.get(i).lower());
        if (complements.isEmpty()) {
            return true;
        }
        List<Token> t = doc.tokens;
        int from = i + words;
        int end = Math.min(s.endToken(), from + Windows.COMPLEMENT_OBJECT_TOKENS);
        for (int k = from; k < end; k++) {
            Token tok = t.get(k);
            if (tok.type() == Token.Type.PUNCT && !tok.text().equals("-")) {
                return false;
            }
            boolean opens = complements.contains(tok.lower()) && (tok.is("that") || k > from)
                    && !(tok.is("as") && k + 1 < s.endToken() && NOT_AFTER_AS.contains(t.get(k + 1).lower()));
            if (opens) {
                return true;
            }
        }
        return false;
    }
}
