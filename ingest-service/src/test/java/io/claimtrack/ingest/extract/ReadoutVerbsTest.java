package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, twenty-seventh round: the verbs of readouts and wire reactions, with a noun object ("rejected that
 * explanation").
 */
class ReadoutVerbsTest {

    @Test
    void thatBeforeASummingNounThatEndsTheClauseIsADemonstrative() {
        AnnotatedDocument doc = extract("""
                Norland says its inspectors boarded the ferry under the treaty.

                Vestria has rejected that explanation.

                The Vestrian ministry rejected that claim as false, and Norland's ambassador disputed that account.
                """);
        assertEquals("Vestria", statement(doc, "that explanation").speaker);
        assertEquals("Vestrian ministry", statement(doc, "that claim as false").speaker);
        assertEquals("Norland's ambassador", statement(doc, "that account").speaker);
    }
}
