package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The readout wording of "agree": "agreed with X that Y" reports Y as the speaker's view; "agreed to buy" does not. */
class AgreementTest {

    @Test
    void agreeingWithSomeoneThatReportsTheView() {
        assertMentions("""
                Karl Brandt agrees with Ola Vik that the pier is the town's best asset.
                The harbour judge agreed with the ferry company that there was no reason to close the quay.
                Mayor Lund agreed with them that the fares were too high.
                """,
                "Karl Brandt | the pier is the town's best asset | agrees | indirect",
                "The harbour judge | there was no reason to close the quay | agreed | indirect",
                "Mayor Lund | the fares were too high | agreed | indirect");
    }

    @Test
    void agreeingWithSomeoneOrAViewIsTheSpeakersStance() {
        assertMentions("""
                Dan Berg at the Harbour Review agreed with Lund about the winner.
                Former Mayor Ola Vik agreed with the analysis.
                The board agreed with the plan that was passed in May.
                Ola Berg, who endorsed Lund on Tuesday, said Wednesday he agrees with Vik's remarks.
                """,
                "Dan Berg | Lund about the winner | agreed | indirect",
                "Former Mayor Ola Vik | the analysis | agreed | indirect",
                "The board | the plan that was passed in May | agreed | indirect",
                "Ola Berg | Lund on Tuesday | endorsed | indirect",
                // A day before the pronoun is no part of the speaker's mention.
                "he | Vik's remarks | agrees | indirect");
    }

    @Test
    void agreeingToAnActionOrNotAgreeingIsNoStatement() {
        assertEquals(0, attribute("""
                The port agreed to buy two new ferries.
                The pilots do not agree with Lund.
                """).attributions.size());
    }
}
