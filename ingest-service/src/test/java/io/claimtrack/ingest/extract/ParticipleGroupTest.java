package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "those surveyed", "those polled": the people a poll asked, speaking in the middle of a sentence. */
class ParticipleGroupTest {

    @Test
    void thoseWithAParticipleSpeakAfterAnOpeningPhrase() {
        assertMentions("""
                By wide margins, those surveyed say the ferry levy should go.
                Again, those polled said Holm was best able to run the port.
                """,
                "those surveyed | the ferry levy should go | say | indirect",
                "those polled | Holm was best able to run the port | said | indirect");
    }

    @Test
    void insideAPhraseItIsNoSubject() {
        assertMentions("The levy costs more than those polled said it would.");
    }

    @Test
    void thoseOverAnAgeSpeakAsAGroup() {
        assertMentions("""
                Older riders are split. Those over 70 say the night buses should keep running.
                Those under 25 told the council the fares were too high.
                """,
                "Those over 70 | the night buses should keep running | say | indirect",
                "Those under 25 | the fares were too high | told | indirect");
    }

    @Test
    void aBoundInsideAPhraseIsNoSubject() {
        assertMentions("The fares rose for more than those over 70 said they could pay.");
    }
}
