package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, forty-fifth round: "By his own reckoning, NAME has ..." is NAME's statement, the possessive read ahead to
 * the clause's subject; a subject that is no person leaves the owner to the text before.
 */
class OwnReckoningOwnerTest {

    @Test
    void theOwnerIsTheNamedSubjectAfterTheCount() {
        List<String> found = statements(extract("""
                MARROW - The mill wheel on the Tessel turned again on Sunday for the first time since 1987.

                By his own reckoning, Anselm Brevik has rebuilt close to 60 wheels along the river.
                """));
        assertTrue(found.contains("Anselm Brevik | Anselm Brevik has rebuilt close to 60 wheels along the river "
                + "| By his own reckoning | indirect"), found.toString());
    }

    @Test
    void aSubjectThatIsNoPersonLeavesTheOwnerToTheTextBefore() {
        List<String> found = statements(extract("""
                MARROW - Greta Solum, the parish clerk, said the wells were older than the church. By her own count, \
                the village still has 12 wells that hold water.
                """));
        assertTrue(found.contains("Greta Solum | the village still has 12 wells that hold water | By her own count "
                + "| indirect"), found.toString());
    }

    /** Round 51: the named subject is the owner though another woman spoke just before, and its verb is a bare past. */
    @Test
    void theNamedSubjectOwnsTheCountThoughAnotherSpokeBefore() {
        List<String> found = statements(extract("""
                HOLMVIK - "The nearest ward is two hours away," said Linnea Sorby, who runs the village shop.

                A nurse at the clinic, Tove Ekdal, said the night staff had left. "We warned them in March," she said.

                By her own count, Sorby gathered 450 of the names on the petition herself.
                """));
        assertTrue(found.contains("Linnea Sorby | Sorby gathered 450 of the names on the petition herself "
                + "| By her own count | indirect"), found.toString());
    }
}
