package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * An indefinite description ("a Treasury official said") brings in someone new: it is not the person given that
 * title earlier, only a name it stands in apposition to.
 */
class IndefiniteDescriptionTest {

    @Test
    void anOfficialIsNotTheMinisterNamedBefore() {
        AnnotatedDocument doc = extract("""
                The nomination came in a statement from Treasury Secretary Anna Holt on Monday.

                The timing was meant to signal strong support, according to a Treasury official.
                """);
        assertSpeaker(doc, "The timing was meant to signal strong support", "a Treasury official");
    }

    @Test
    void anAideIsNotTheAdviserNamedBefore() {
        AnnotatedDocument doc = extract("""
                The panel interviewed deputy security adviser Tomas Berg and former defense secretary Ivar Lund.

                Lawmakers will release the transcripts next week, an aide said Thursday.
                """);
        assertSpeaker(doc, "Lawmakers will release the transcripts next week", "an aide");
    }

    @Test
    void anAppositionStillNamesItsOwner() {
        AnnotatedDocument doc = extract("""
                Towns also raised the cost of the rule.

                Tomas Berg, an official at the Eastport Harbour Authority in Maine, which has a backlog of repairs, said the rule would cost a crew.

                ''If he keeps it up, it could be brutal,'' said Ivar K. Lund, a former Eastport governor, who supports Mrs. Holm.
                """);
        assertSpeaker(doc, "the rule would cost a crew", "Tomas Berg");
        assertSpeaker(doc, "''If he keeps it up, it could be brutal,''", "Ivar K. Lund");
    }

    @Test
    void anAppositionToATitledName() {
        AnnotatedDocument doc = extract("""
                Towns also raised the cost of the rule.

                Sen. Tomas Berg, an official at the Eastport Harbour Authority in Maine, which has a backlog of repairs, said the rule would cost a crew.
                """);
        assertSpeaker(doc, "the rule would cost a crew", "Tomas Berg");
    }
}
