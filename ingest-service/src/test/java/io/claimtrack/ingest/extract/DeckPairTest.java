package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** A deck's plural that two people of the story each say, as much as each other, is the pair; one who says more is it alone. */
class DeckPairTest {

    private static final String STORY = """
            Harbourside mayor faces two challengers in May vote

            Rivals say city hall has squandered the ferry money; mayor says the accounts are clean

            By Odile Ferrant

            Two challengers for mayor of Harbourside told voters on Tuesday that the city had wasted a ferry grant.

            City hall squandered the ferry money on advisers, said Casimir Lodd, a retired ship's engineer.

            Wenna Sorrel, a baker who is also running, said city hall %s.

            Mayor Ingrid Halme said the accounts were clean and every payment had been audited.
            """;

    @Test
    void twoWhoSayItEquallyAreThePair() {
        AnnotatedDocument doc = extract(STORY.formatted("had squandered the ferry money on a survey"));
        assertSpeaker(doc, "city hall has squandered the ferry money", "Casimir Lodd and Wenna Sorrel");
    }

    @Test
    void oneWhoSaysMoreIsItAlone() {
        AnnotatedDocument doc = extract(STORY.formatted("should publish its budget"));
        assertSpeaker(doc, "city hall has squandered the ferry money", "Casimir Lodd");
    }
}
