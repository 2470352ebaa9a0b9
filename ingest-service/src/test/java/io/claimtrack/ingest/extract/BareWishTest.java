package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, thirty-eighth round: a bare wish ("wanted", "hoped") joined without a comma to a said-clause whose verb is a
 * modal goes on with that clause, one statement, though its past tense breaks from the modal; an expectation there
 * ("and expected the strike to end soon") stays the speaker's own, as {@code LaterSpeakersTest} keeps it.
 */
class BareWishTest {

    @Test
    void aWishAfterAModalClauseStaysInTheReport() {
        assertMentions("""
                The harbour master said she would not close the quay “for now” but wanted a decision by Friday.
                Mayor Oda Fenn said the town would advertise the post and hoped to fill it by the autumn.
                """,
                "The harbour master | she would not close the quay “for now” but wanted a decision by Friday | said | mixed",
                "Mayor Oda Fenn | the town would advertise the post and hoped to fill it by the autumn | said | indirect");
    }
}
