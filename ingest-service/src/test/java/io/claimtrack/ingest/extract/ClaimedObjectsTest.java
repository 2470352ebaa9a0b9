package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, round 53: what a party claims as its own is no words; a claim with a clause stays a statement. */
class ClaimedObjectsTest {

    @Test
    void aThingClaimedAsOnesOwnSaysNothing() {
        List<String> found = statements(extract("""
                Sale of ancient skull stopped as two museums claim the relic

                BRESSANO, May 4 (AFP) - An auction of a bronze-age skull was halted on Friday. The Orvieto Museum says \
                the skull was dug up on its land. The rival Farland Museum also claims the skull. Its director, Lena \
                Mauro, claimed the first museum had forged the permit.
                """));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains("| the skull was dug up on its land | says"), found.toString());
        assertTrue(found.get(1).startsWith("Lena Mauro | the first museum had forged the permit | claimed"), found.toString());
    }
}
