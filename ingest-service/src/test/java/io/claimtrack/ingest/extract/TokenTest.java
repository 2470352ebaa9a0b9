package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-eighth round: an Arabic surname written with its lower-case article ("al-Bakri") is a name's word,
 * so the name is told from its title and a later "he" finds it.
 */
class TokenTest {

    private static Token word(String text) {
        return new Token(0, text.length(), text, text.toLowerCase(), Token.Type.WORD, 0L);
    }

    @Test
    void aSurnameWithItsArticleIsCapitalised() {
        assertTrue(word("al-Bakri").isCapitalized());
        assertTrue(word("el-Masri").isCapitalized());
        assertFalse(word("all-night").isCapitalized());
        assertFalse(word("el").isCapitalized());
    }

    @Test
    void theNameAfterATitleIsTheSpeakerAndHisLaterHe() {
        AnnotatedDocument doc = extract("""
                "Nobody left happy," the captain said.

                Velsund Harbour Minister Jorund al-Bakri, asked by reporters as he left the hall, said the ministry did \
                not set fares.

                "We act when we must," he said.
                """);
        assertSpeaker(doc, "the ministry did not set fares", "Jorund al-Bakri");
        assertSpeaker(doc, "\"We act when we must,\"", "Jorund al-Bakri");
    }
}
