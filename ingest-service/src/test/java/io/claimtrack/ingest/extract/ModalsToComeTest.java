package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 / 10, fifty-fourth round: one reading of a modal to come, written out or contracted against its pronoun.
 * The tokenizer keeps a contraction one word, which is why no reader may wait for "'ll" as a token.
 */
class ModalsToComeTest {

    private static List<Token> tokens(String text) {
        return new ArrayList<>(Pipeline.through(SentenceStage.class, text).tokens);
    }

    @Test
    void aContractedModalStaysOneWordWithItsPronoun() {
        List<String> words = new ArrayList<>();
        for (Token t : tokens("We'll row, they’ll sail and I'll wait.")) {
            words.add(t.text());
        }
        assertEquals(List.of("We'll", "row", ",", "they’ll", "sail", "and", "I'll", "wait", "."), words);
    }

    @Test
    void willIsWrittenOutOrContractedAgainstAPronoun() {
        List<Token> t = tokens("Ola will row; we'll sail; they’ll wait; she’d go; it'll rain; Ola'll see; we’ve gone.");
        assertTrue(ModalsToCome.will(t.get(1)));
        assertTrue(ModalsToCome.will(t.get(4)));
        assertTrue(ModalsToCome.will(t.get(7)));
        assertFalse(ModalsToCome.will(t.get(10)), "she’d is would or had");
        assertTrue(ModalsToCome.contracted(t.get(10)));
        assertTrue(ModalsToCome.future(t.get(10)), "she’d respond: would");
        assertFalse(ModalsToCome.future(t.get(0)));
        assertFalse(ModalsToCome.contracted(t.get(13)), "it is left out as a speaker pronoun");
        assertFalse(ModalsToCome.contracted(t.get(16)), "a name takes no contracted modal here");
        assertFalse(ModalsToCome.contracted(t.get(19)), "'ve is a perfect");
        assertEquals("ve", PhraseShapes.contractedAuxiliary(t.get(19)));
    }
}
