package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verbs of asking someone to act, with an object and its infinitive: "encouraged the pilots to strike". */
class RequestVerbsTest {

    @Test
    void aRequestWithItsObjectAndInfinitiveIsAStatement() {
        assertMentions("""
                Karin Berg implored the council to bring the ferry back.
                Ola Holm exhorted the pilots to "vote your conscience."
                Mayor Lund has encouraged the islands to bolster their fleets.
                The skipper begged reporters to ask about something other than the storm.
                """,
                "Karin Berg | the council to bring the ferry back | implored | indirect",
                "Ola Holm | the pilots to \"vote your conscience.\" | exhorted | mixed",
                "Mayor Lund | the islands to bolster their fleets | encouraged | indirect",
                "The skipper | reporters to ask about something other than the storm | begged | indirect");
    }

    @Test
    void withoutAnInfinitiveAfterTheObjectNothingIsAsked() {
        assertEquals(List.of(), cues("""
                The new pier encouraged growth in the harbour.
                The delays begged the question of whether the board was up to its job.
                Holm encouraged the pilots at the meeting.
                """));
    }
}
