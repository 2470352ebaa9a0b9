package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, fortieth round: an embassy's or ministry's "considers that ..." gives its view (set AB); "consider" with an
 * object deliberates or ranks, and says nothing.
 */
class ConsidersThatTest {

    @Test
    void considersThatGivesTheView() {
        AnnotatedDocument doc = extract("""
                The Consulate considers that the fine imposed on the fishing crew breached the port agreement of 2021.
                """);
        assertSpeaker(doc, "the fine imposed on the fishing crew breached the port agreement of 2021", "Consulate");
    }

    @Test
    void consideringABillOrRankingSomeoneIsNoStatement() {
        AnnotatedDocument doc = extract("""
                The upper house considered the bill on port fees for three hours on Tuesday.

                Many pilots consider the new harbour master a safe pair of hands.
                """);
        assertEquals(List.of(), contents(doc));
    }
}
