package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A description that stands in apposition to a name is that person when a relative clause follows the description
 * before the cue; a former holder of a title does not hold it.
 */
class NameBeforeDescriptionTest {

    @Test
    void aDescriptionWithARelativeClauseBeforeTheCueKeepsTheName() {
        AnnotatedDocument doc = extract("""
                Builders Fight Zoning Rule

                Angela Brandt, a Trenton-based developer and spokeswoman for the Riverside Coalition, which is made up of builders and lenders, said the city had ignored its own zoning rules.

                Pavel Ostrov, a spokesman for the Harbor Trust, which represents tenants, said the rules were fair.
                """);
        assertSpeaker(doc, "the city had ignored its own zoning rules", "Angela Brandt");
        assertSpeaker(doc, "the rules were fair", "Pavel Ostrov");
    }

    @Test
    void aFormerHolderOfTheTitleLeavesItToThePersonJustNamed() {
        AnnotatedDocument doc = extract("""
                Tara Lind, a former candidate for mayor, backed the plan on Monday.

                Gov. Piet Holm has no rival in the primary. ''I have great respect for bakers,'' the candidate said.
                """);
        assertSpeaker(doc, "''I have great respect for bakers,''", "Piet Holm");
    }
}
