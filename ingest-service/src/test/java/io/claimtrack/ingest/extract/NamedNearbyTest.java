package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10 on newspaper prose: a description the story names nearby, by a general word for the title it gave
 * ("the expert" for a named analyst).
 */
class NamedNearbyTest {

    @Test
    void theExpertIsTheAnalystJustQuoted() {
        AnnotatedDocument doc = extract("""
                Ferry traffic across the strait fell by a third in November, the port authority said.

                Bergen-based transport analyst Ivo Strand told the Harbour Gazette that the fall was "a warning to the \
                operators." "They raised fares twice in one year. Nobody should be surprised," the expert said.
                """);
        assertSpeaker(doc, "\"They raised fares twice in one year. Nobody should be surprised,\"", "Ivo Strand");
    }
}
