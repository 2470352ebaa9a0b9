package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * Views given without "that" or "as": a deck's forecast ("governor sees no hike before 2030") and a market's reckoning
 * in an "as" clause ("as dealers reckoned demand would slow"). A sight ("saw the fireworks") and a sum reckoned
 * ("reckoned the cost at ...") in the story give none.
 */
class CognitionCuesTest {

    @Test
    void aDecksForecastIsAView() {
        assertMentions("""
                Bonds firm as Delmar central bank holds rates

                * Delmar central bank holds rates, governor sees no hike before 2030

                LONDON (AW) - Delmar's central bank held rates on Tuesday. Its governor saw the fireworks from the terrace.
                """,
                "governor | no hike before 2030 | sees | indirect");
    }

    @Test
    void aReckoningInAnAsClauseIsAView() {
        assertMentions("""
                The two-year yield fell to 2.9% as investors reckoned the long freeze would weigh on hiring.
                The insurer reckoned the cost at $4 million.
                """,
                "investors | the long freeze would weigh on hiring | reckoned | indirect");
    }

    /** Round 49: "believe" is no noun, so a closing "..., lake rangers believe." has its subject before it. */
    @Test
    void aClosingBeliefAfterAnyPluralIsAView() {
        assertMentions("""
                The cyclist, a 40-year-old woman from Arlow, was riding at dusk when she struck the moose, lake rangers believe.
                """,
                "lake rangers | The cyclist, a 40-year-old woman from Arlow, was riding at dusk when she struck the moose | believe | indirect");
    }
}
