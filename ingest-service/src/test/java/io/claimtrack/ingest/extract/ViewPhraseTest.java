package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "In Holm's view, Y" and "In the view of X, Y": the phrase names whose view the sentence is. */
class ViewPhraseTest {

    @Test
    void aFrontedViewPhraseNamesTheSource() {
        assertMentions("""
                In Councillor Holm's view, the new pier is unsafe for ferries.
                In the view of the harbour board, the fares are too high.
                In the pilots' opinion, the fog is the real danger.
                """,
                "Councillor Holm | the new pier is unsafe for ferries | In Councillor Holm's view | indirect",
                "the harbour board | the fares are too high | In the view of | indirect",
                "the pilots | the fog is the real danger | In the pilots' opinion | indirect");
    }

    @Test
    void aPlaceOrTimeOrAPronounIsNoSource() {
        assertMentions("""
                In recent years, the town grew.
                In Oslo's harbour, the ferries wait.
                In his view, nothing changes.
                """);
    }
}
