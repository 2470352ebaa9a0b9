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
    void consideringABillIsNoStatement() {
        AnnotatedDocument doc = extract("""
                The upper house considered the bill on port fees for three hours on Tuesday.
                """);
        assertEquals(List.of(), contents(doc));
    }

    /** Forty-first round (set AC's list of misses, class B.3): "consider it necessary to" judges what is to be done. */
    @Test
    void consideringItNecessaryToActGivesTheView() {
        AnnotatedDocument doc = extract("""
                The two ministries consider it essential to dredge the channel at Orsk before the spring floods.

                The committee considered it carefully for a week.
                """);
        assertEquals(List.of("it essential to dredge the channel at Orsk before the spring floods"), contents(doc));
    }
}
