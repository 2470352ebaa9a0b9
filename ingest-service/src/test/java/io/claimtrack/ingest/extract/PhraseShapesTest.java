package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Round 55: the shapes several readers share, each given one home. */
class PhraseShapesTest {

    private static List<Token> tokens(String... texts) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String text : texts) {
            Token.Type type = Character.isLetter(text.charAt(0)) ? Token.Type.WORD : Token.Type.PUNCT;
            out.add(new Token(at, at + text.length(), text, text.toLowerCase(Locale.ROOT), type, 0L));
            at += text.length() + 1;
        }
        return out;
    }

    @Test
    void aWordStandsInARunOfWordsBeforeAnyMark() {
        List<Token> opening = tokens("A", "Brennick", "Shire", "jury", "on", "Friday");
        assertTrue(PhraseShapes.wordInRun(opening, 0, opening.size(), Set.of("jury")::contains));
        assertFalse(PhraseShapes.wordInRun(opening, 0, 3, Set.of("jury")::contains));
        List<Token> apposed = tokens("A", "miller", ",", "a", "jury", "member");
        assertFalse(PhraseShapes.wordInRun(apposed, 0, apposed.size(), Set.of("jury")::contains));
    }

    @Test
    void aPastShapeWhateverItsCaseAndAPastFormInLowerCase() {
        Lexicon lexicon = Lexicon.get();
        List<Token> headline = tokens("Painted", "gates", "repainted");
        assertTrue(PhraseShapes.pastShape(headline.get(0).lower(), lexicon));
        assertFalse(PhraseShapes.pastForm(headline.get(0), lexicon));
        assertTrue(PhraseShapes.pastForm(headline.get(2), lexicon));
        assertFalse(PhraseShapes.pastShape("gates", lexicon));
    }

    /** Round 56: one reader of a negated auxiliary for {@link ClosingTurns} and {@link Refusals}. */
    @Test
    void aNegatedAuxiliaryWrittenOutOrContracted() {
        List<Token> t = tokens("will", "not", "wouldn’t", "won't", "can’t", "cannot", "didn't", "will", "soon");
        assertEquals(2, PhraseShapes.afterNegatedAuxiliary(t, 0, t.size(), FunctionWords.MODALS));
        for (int k = 2; k <= 5; k++) {
            assertEquals(k + 1, PhraseShapes.afterNegatedAuxiliary(t, k, t.size(), FunctionWords.MODALS));
        }
        assertEquals(-1, PhraseShapes.afterNegatedAuxiliary(t, 6, t.size(), FunctionWords.MODALS));
        assertEquals(7, PhraseShapes.afterNegatedAuxiliary(t, 6, t.size(), FunctionWords.DO_FORMS));
        assertEquals(-1, PhraseShapes.afterNegatedAuxiliary(t, 7, t.size(), FunctionWords.MODALS));
        assertEquals(-1, PhraseShapes.afterNegatedAuxiliary(t, 0, 1, FunctionWords.MODALS));
    }
}
