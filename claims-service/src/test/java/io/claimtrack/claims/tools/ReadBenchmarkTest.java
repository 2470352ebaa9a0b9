package io.claimtrack.claims.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.service.Text;

class ReadBenchmarkTest {

    @Test
    void theWordSearchedForIsOneTheQueryAccepts() {
        // the write benchmark's statements hold one-letter words and punctuation: "a", "I", "—", "said."
        String text = "I said a 3-point plan — \"we act\" — is a must, U.S. officials said.";
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            String word = ReadBenchmark.word(text, random);
            // q is read with Text.tokens and answered 400 when that is empty; the word must also be searched as is
            assertEquals(List.of(word), Text.tokens(word), word);
        }
    }

    @Test
    void aTextWithoutSuchAWordGivesNone() {
        assertNull(ReadBenchmark.word("I — a, b. 3", new Random(1)));
    }

    @Test
    void aSpeakerIsSearchedForByTheLastWordTheQueryAccepts() {
        assertEquals("malcolm", ReadBenchmark.lastWord("Malcolm X"));
        assertEquals("jr", ReadBenchmark.lastWord("Martin Luther King, Jr."));
        assertNull(ReadBenchmark.lastWord("—"));
    }
}
