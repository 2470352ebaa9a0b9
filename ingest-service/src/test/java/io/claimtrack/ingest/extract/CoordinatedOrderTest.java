package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "instructed A to ... and ordered B to ...": the second directive is a statement; a court's lone order is an act (issue 9). */
class CoordinatedOrderTest {

    @Test
    void anOrderJoinedToADirectiveIsTheSecondDirective() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                The Governor instructed the water board to test the wells and ordered the mayors to report by Friday.
                """);
        assertEquals("instructed", statement(doc, "the water board to test the wells").cue);
        Attribution order = statement(doc, "the mayors to report by Friday");
        assertEquals("ordered", order.cue);
        assertEquals("The Governor", order.speaker);
    }

    @Test
    void aLoneOrderOrInOrderToIsNone() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, """
                A judge ordered the landlord to repair the roof within a month. The port authority hired two tugs in \
                order to clear the channel. The court heard the case and ordered the firm to pay $2 million.
                """);
        assertTrue(doc.attributions.isEmpty(), () -> doc.attributions.toString());
    }
}
