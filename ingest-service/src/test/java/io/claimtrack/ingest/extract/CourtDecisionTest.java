package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A court's rejection or dismissal of a case is a decision, no statement ({@link CourtDecisions#courtDecided}). */
class CourtDecisionTest {

    @Test
    void aCourtDecidingACaseSaysNothing() {
        assertMentions("""
                Panel rejects appeal by glider club

                The appeals panel rejected the challenge and upheld the grounding order.
                The county tribunal has dismissed the counterclaim.
                The glider club said it would take the matter to the high court.
                """,
                "The glider club | it would take the matter to the high court | said | indirect");
    }

    @Test
    void aPositionRejectedOrACourtsFindingStaysAStatement() {
        assertMentions("""
                The growers union rejected the appeal for calm.
                The tribunal rejected the argument that the levy was unlawful.
                """,
                "The growers union | the appeal for calm | rejected | indirect",
                "The tribunal | the argument that the levy was unlawful | rejected | indirect");
    }

    @Test
    void aSanctionConfirmedAfterTheCourtsFirstDecisionIsOneToo() {
        assertMentions("""
                The arbitration panel threw out the appeal and confirmed the suspension handed to the cyclist in May.
                The appeals judges dismissed the motion and confirmed the ban on the two riders.
                The cycling federation said the riders could race again in 2031.
                """,
                "The cycling federation | the riders could race again in 2031 | said | indirect");
    }

    @Test
    void aBodyConfirmingASanctionAfterAnotherActSpeaks() {
        assertMentions("""
                The ministry reviewed the case and confirmed the ban on night flights would stay.
                """,
                "The ministry | the ban on night flights would stay | confirmed | indirect");
    }
}
