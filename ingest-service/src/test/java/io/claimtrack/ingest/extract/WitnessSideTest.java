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
}
