package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "said Harald Brun, the council member from the east ward who wrote the proposal": a relative clause closes
 * the apposition's title and "from" joins its complement, so "The council member" later is Harald Brun; a name
 * inside that relative clause is talked about, not someone a pronoun turns to.
 */
class RelativeClauseRoleTest {

    private static final String PAPER = """
            Council Weighs Ban on Night Flights

            VESTBY — The city council on Tuesday took up a proposal to ban night flights at Vestby airport.

            "People here have not slept properly in ten years," said Harald Brun, the council member from the east \
            ward who wrote the proposal. The council member said he expected a vote in May.

            The airport's board chairman, Rolf Dahl, a former state party chairman who just signed on to Thomas \
            Lie's team last week, said the plan would cost jobs. He said the airport had ignored two warnings.
            """;

    @Test
    void aTitleClosedByARelativeClauseNamesItsHolder() {
        assertSpeaker(extract(PAPER), "he expected a vote in May", "Harald Brun");
    }

    @Test
    void aNameInTheRelativeClauseIsTalkedAbout() {
        assertSpeaker(extract(PAPER), "the airport had ignored two warnings", "Rolf Dahl");
    }
}
