package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * One statement not cut in two: a request and the argument for it ("asked for A, arguing that B", round 40's
 * convention, as "asked for A, pointing to B"). A position and the argument for it stay two.
 */
class OneStatementTest {

    @Test
    void aRequestAndItsArgumentAreOneStatement() {
        assertMentions("""
                The county's lawyer had asked for a two-year ban, arguing that the dumping had poisoned the creek.
                The mayor welcomed the budget, arguing that it was overdue.
                """,
                "The county's lawyer | a two-year ban, arguing that the dumping had poisoned the creek | asked | indirect",
                "The mayor | the budget | welcomed | indirect",
                "The mayor | it was overdue | arguing | indirect");
    }
}
