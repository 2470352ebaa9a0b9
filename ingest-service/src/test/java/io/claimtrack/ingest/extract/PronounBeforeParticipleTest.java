package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "defended it, saying B": only the participle's B is said; a named object keeps its own statement. */
class PronounBeforeParticipleTest {

    @Test
    void aPronounBeforeTheParticipleIsNoStatement() {
        assertMentions("""
                Councillor Mayo defended it, saying the stadium would pay for itself.
                """,
                "Councillor Mayo | the stadium would pay for itself | saying | indirect");
    }

    @Test
    void aNamedObjectStaysItsOwnStatement() {
        assertMentions("""
                Councillor Mayo defended the stadium levy, saying it would pay for itself.
                """,
                "Councillor Mayo | the stadium levy | defended | indirect",
                "Councillor Mayo | it would pay for itself | saying | indirect");
    }
}
