package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "according to X" set off after a fronted phrase with no verb: the whole clause is what X says. */
class FrontedAdverbialSourceTest {

    @Test
    void theFrontedPhraseAndTheClauseAfterTheSource() {
        assertMentions("Shortly after noon, according to a ferry log, the engines stopped.",
                "a ferry log | Shortly after noon the engines stopped | according to | indirect");
    }

    @Test
    void aClauseBeforeTheSourceOrAParticipleAfterItIsLeftAlone() {
        assertMentions("""
                The engines stopped shortly after noon, according to a ferry log.
                The ferry sank, according to police, killing two.
                """,
                "a ferry log | The engines stopped shortly after noon | according to | indirect",
                "police | The ferry sank | according to | indirect");
    }
}
