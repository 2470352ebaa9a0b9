package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 40: a headline's description is the person its story's statement echoing it turns out to be, also when
 * that statement's own description is named only by a later rule (a lede's description introduced further down); a
 * headline whose words no statement below holds stays as it is.
 */
class HeadlineEchoedLaterTest {

    private static final String STORY = """
            DUNMORE — The owner of the Dunmore boatyard told the council on Monday that the slipway would reopen in May \
            after the winter repairs.

            “We hauled boats by hand for a week,” said Helen Fenwick, 61, who has run the yard since 2011.
            """;

    @Test
    void theHeadlineEchoesTheLedesNamedDescription() {
        AnnotatedDocument doc = extract("Boatyard owner says slipway will reopen in May after repairs\n\n" + STORY);
        assertSpeaker(doc, "slipway will reopen in May after repairs", "Helen Fenwick");
    }

    @Test
    void aHeadlineNoStatementEchoesStaysItsDescription() {
        AnnotatedDocument doc = extract("Boatyard owner warns ferry crews of strike over pensions\n\n" + STORY);
        assertSpeaker(doc, "ferry crews of strike over pensions", "Boatyard owner");
    }
}
