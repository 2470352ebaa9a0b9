package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
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

    @Test
    void aDelegationIsABodyWherePlacedInACapital() {
        String text = """
                Ferries to the Ostren islands stopped on Monday.

                The Andean Union's delegation in Porvalo said it was "watching the harbour closely" and offered divers.
                """;
        assertEquals("Andean Union's delegation", statement(Pipeline.through(ResolutionStage.class, text),
                "it was \"watching the harbour closely\" and offered divers").speaker);
    }

    @Test
    void aBodyCalledSoInADeckIsABody() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                Gales threaten Orrisby apple harvest, regional body warns

                Winds of 140 km/h reached the Orrisby coast on Friday, the Tarnby Weather Office said.
                """);
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "Gales threaten Orrisby apple harvest").kind);
    }
}
