package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A token's word classes, looked up once when the token is made, answer as the lists they stand for. */
class WordClassTest {

    @Test
    void tokensCarryTheClassesOfTheirWords() {
        List<Token> tokens = Pipeline.through(SentenceStage.class, "Deputy harbour chief Ola Vik has since told reporters "
                + "the pier, which they said was unsafe, would also close for a week; the ferries run.").tokens;
        for (Token t : tokens) {
            for (WordClass c : WordClass.values()) {
                assertEquals(c.words.contains(t.lower()), t.in(c), t.text() + " in " + c);
            }
        }
        assertTrue(tokens.get(0).in(WordClass.ROLE_MODIFIER), "Deputy");
        assertTrue(tokens.get(6).in(WordClass.PERFECT_ADVERB), "since");
        assertTrue(tokens.get(7).in(WordClass.TELL_VERB), "told");
    }
}
