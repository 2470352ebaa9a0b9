package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A court's rejection or dismissal of a case is a decision, no statement ({@link PositionObjects#courtDecided}). */
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
}
