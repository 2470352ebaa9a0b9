package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name's words with a body word of another language read in English, and a name with none left as it is. */
class LexiconBodyWordsTest {

    private final Lexicon lexicon = Lexicon.get();

    @Test
    void aForeignBodyWordIsReadInEnglish() {
        assertEquals(List.of("bank", "centrale", "de", "velmora"), lexicon.bodyWords(List.of("banque", "centrale", "de", "velmora")));
    }

    @Test
    void aNameWithNoForeignBodyWordIsTheSameList() {
        List<String> words = List.of("orrin", "valley", "marlins");
        assertSame(words, lexicon.bodyWords(words));
    }
}
