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

    /** The sixtieth conventions: a position on the item before the meeting, "saying B", gives B only. */
    @Test
    void theItemBeforeTheMeetingIsNoStatement() {
        assertMentions("""
                Councillor Venn-Osei spoke in favour of the motion, saying the town could not wait another winter.
                Councillor Dahl welcomed the ban, saying it was overdue.
                """,
                "Councillor Venn-Osei | the town could not wait another winter | saying | indirect",
                "Councillor Dahl | the ban | welcomed | indirect",
                "Councillor Dahl | it was overdue | saying | indirect");
    }
}
