package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertOnlyStatement;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 43: "according to a tally kept by X", "a count kept by X": a running count is a document, and its keeper
 * speaks for it.
 */
class TallyKeptByTest {

    @Test
    void theKeeperOfTheTallySpeaks() {
        assertOnlyStatement("Nine villages have banned the nets, according to a tally kept by the Coastal Fishermen's Union.",
                "Nine villages have banned the nets", "Coastal Fishermen's Union");
    }

    @Test
    void aCountKeptByADescribedBody() {
        assertOnlyStatement("Forty clinics have closed since May, according to a count kept by the county hospital association.",
                "Forty clinics have closed since May", "the county hospital association");
    }

    @Test
    void aTallyWithNoKeeperStaysItself() {
        assertOnlyStatement("Nine villages have banned the nets, according to a tally released on Monday.",
                "Nine villages have banned the nets", "a tally");
    }
}
