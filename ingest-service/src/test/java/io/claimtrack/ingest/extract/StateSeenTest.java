package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 46: "it shows in her eyes" shows a state, no finding; "found his footing" has a noun after the
 * possessive, no clause. "It shows in the figures that ..." and "found that his footing was gone" still report one.
 */
class StateSeenTest {

    @Test
    void itShowsInAPlace() {
        assertMentions("Tavrin Danvers has been up since dawn, and it shows only in the way she keeps rubbing her eyes.");
        assertMentions("The ferry crew has worked four double shifts, and it showed on their faces.");
        assertMentions("It shows in the accounts that the fare cut failed.",
                "It | the fare cut failed | shows | indirect");
    }

    @Test
    void aWordAfterAPossessiveIsANoun() {
        assertMentions("Then the young goalkeeper found his footing.");
        assertMentions("Lund found that his footing was gone.",
                "Lund | his footing was gone | found | indirect");
    }
}
