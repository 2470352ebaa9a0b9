package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The side a witness gave evidence for is an act; what the witness said is in its own sentences. */
class WitnessSideTest {

    @Test
    void evidenceGivenForASideSaysNothingAndEvidenceThatSays() {
        AnnotatedDocument doc = extract("""
                Piet Loos gave evidence for the tenants. He said the heating had failed twice.

                A nurse, Hanne Dreyer, gave evidence against the hospital on Monday.

                Ivo Marsh gave evidence for two hours that the wall was unsafe.
                """);

        assertEquals(List.of("Piet Loos | the heating had failed twice | said | indirect",
                "Ivo Marsh | the wall was unsafe | gave evidence | indirect"), statements(doc));
    }

    /** Round 61: what the evidence was about is a topic, no content; a clause after it still says. */
    @Test
    void evidenceGivenAboutATopicSaysNothing() {
        AnnotatedDocument doc = extract("""
                Two farmers, Odo Varrick and Lise Penhallow, gave evidence about their flooded fields.

                Mr. Varrick gave evidence on the night of the storm that the sluice had been left shut.
                """);

        assertEquals(List.of("Odo Varrick | the sluice had been left shut | gave evidence | indirect"), statements(doc));
    }
}
