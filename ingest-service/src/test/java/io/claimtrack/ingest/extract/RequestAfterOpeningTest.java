package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * After an opening phrase and its comma, "urged/asked X to ..." goes on with what was asked: the infinitive after the
 * listener is no trailing adverbial, so the opening phrase is not taken for the content ("Y, X said on Monday.").
 */
class RequestAfterOpeningTest {

    @Test
    void theInfinitiveAfterTheListenerIsWhatWasAsked() {
        assertMentions("""
                Addressing the storm on Monday, the port board urged the ferry company to close the north pier.
                During the service, pastor Karl Lind asked the congregation to stand for the pilots.
                """,
                "the port board | the ferry company to close the north pier | urged | indirect",
                "pastor Karl Lind | the congregation to stand for the pilots | asked | indirect");
    }

    @Test
    void aShortAdverbialAfterTheListenerStillTrails() {
        assertMentions("The north pier will close in May, the harbour master told reporters on Monday.",
                "the harbour master | The north pier will close in May | told | indirect");
    }
}
