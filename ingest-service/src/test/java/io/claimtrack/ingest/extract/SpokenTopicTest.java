package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Issue 9, round 52: "report (again) to X." names only to whom a report goes ({@link SpokenTopic#reportedToOnly}). */
class SpokenTopicTest {

    @Test
    void aReportToAListenerThatEndsTheSentenceSaysNothing() {
        assertMentions("""
                The tribunal will then weigh any late claims and report back to the Governor.
                The auditors reported to the board that two payments were missing.
                """,
                "The auditors | two payments were missing | reported | indirect");
    }
}
