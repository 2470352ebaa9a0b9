package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 45 (set AK, class B6): "regrets that A" states a grievance; "regrets leaving" is a private feeling. */
class RegretsThatTest {

    @Test
    void aBodyRegrettingThatStatesIt() {
        AnnotatedDocument doc = extract("""
                The Consulate regrets that the broadcaster did not seek its comment before airing the report.
                """);
        assertSpeaker(doc, "the broadcaster did not seek its comment before airing the report", "Consulate");
    }

    @Test
    void regrettingAnActOrAStepIsNoStatement() {
        AnnotatedDocument doc = extract("""
                Marta Olsen regrets leaving the island after 30 years at the lighthouse.

                Vardania regrets any step that ties the border crossing to an unrelated dispute.
                """);
        assertEquals(List.of(), contents(doc));
    }
}
