package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 44: a title held of a named body and set off before a name ("the chair of the Harbour Commission,
 * Rasmus Dyre,") is that person's, so the title used alone later is theirs; a title of a unit of that body ("head of
 * the Service's seed bank") is another office.
 */
class BodyTitleHolderTest {

    private static final String HEARING = """
            Harbour hearing

            The hearing was opened by the chair of the Harbour Commission, Rasmus Dyre, who read out the agenda. Pilot \
            Ada Fenn spoke about the tides.

            The Chair of the Harbour Commission said the quay would reopen in May. The Chair of the Port Trust said \
            the cranes were old.
            """;

    private static final String FIRES = """
            Forest fires update

            The head of the Service's seed bank, Vera Holm, said the seeds were kept since spring. Later the head of the \
            Service said the last fires were out.
            """;

    @Test
    void aTitleOfANamedBodyBeforeANameIsTheirs() {
        AnnotatedDocument doc = extract(HEARING);
        assertSpeaker(doc, "the quay would reopen in May", "Rasmus Dyre");
        assertNotEquals("Rasmus Dyre", statement(doc, "the cranes were old").speaker);
    }

    @Test
    void theHeadOfAUnitOfTheBodyIsNotTheHeadOfTheBody() {
        AnnotatedDocument doc = extract(FIRES);
        assertNotEquals("Vera Holm", statement(doc, "the last fires were out").speaker);
        assertSpeaker(doc, "the seeds were kept since spring", "Vera Holm");
    }
}
