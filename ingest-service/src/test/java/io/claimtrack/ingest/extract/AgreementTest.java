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
    void agreeingWithAThingOrToAnActionIsNoStatement() {
        assertEquals(0, attribute("""
                The board agreed with the plan that was passed in May.
                The ferry company agreed with the pilots on Monday.
                The port agreed to buy two new ferries.
                """).attributions.size());
    }
}
