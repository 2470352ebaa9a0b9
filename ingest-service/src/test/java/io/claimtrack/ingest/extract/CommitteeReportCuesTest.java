package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Round 49: a committee report's cues: "recognises that" (British spelling) and "objected to" with a noun object. */
class CommitteeReportCuesTest {

    @Test
    void aBodysRecognitionAndAnObjectionAreStatements() {
        assertMentions("""
                The Panel recognises that the levy has raised more than forecast.
                The Tenants' Federation objected to the new appeal fee.
                """,
                "The Panel | the levy has raised more than forecast | recognises | indirect",
                "The Tenants' Federation | the new appeal fee | objected to | indirect");
    }

    @Test
    void recognisingAPersonAndObjectsBeforeAnInfinitiveAreNoStatements() {
        assertMentions("""
                The Panel recognised the volunteers at its June meeting.
                The Assembly voted to allow objects to leave the national collections.
                """);
    }
}
