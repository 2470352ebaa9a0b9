package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, twenty-seventh and twenty-eighth rounds: the verbs of readouts and wire reactions, with a noun object
 * ("rejected that explanation", "welcomed this approach").
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

    @Test
    void thisBeforeANounThatNamesNoTimeOpensTheObject() {
        AnnotatedDocument doc = extract("""
                The Tessalian minister set out a plan to share the cost of the new locks on the canal.

                The Belkaran leader welcomed this approach.

                Vestria rejected this step. Norland responded this week.
                """);
        assertEquals("The Belkaran leader", statement(doc, "this approach").speaker);
        assertEquals("Vestria", statement(doc, "this step").speaker);
        assertEquals(2, doc.attributions.stream().filter(a -> a.cue.startsWith("welcomed") || a.cue.startsWith("rejected")).count());
        assertEquals(0, doc.attributions.stream().filter(a -> a.cue.startsWith("responded")).count());
    }
}
