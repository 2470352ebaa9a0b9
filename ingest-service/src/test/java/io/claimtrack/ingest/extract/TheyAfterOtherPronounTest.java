package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "We said ... The dockworkers were not convinced. Still, they say": a "we" or "it" that no name stands for is no
 * antecedent for "they"; the pronoun keeps its own word rather than become the editorial's "we".
 */
class TheyAfterOtherPronounTest {

    @Test
    void theyDoesNotTakeAnUnresolvedWe() {
        assertSpeaker(extract("""
                The Port Plan

                We said last spring that the port plan was too costly for the town.

                The dockworkers were not convinced. Still, they say the plan can be saved.
                """), "the plan can be saved", "they");
    }
}
