package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 59: a thing confirmed as what its name says it is, an identification, no words of the confirmer's. */
class IdentifiedAsTest {

    @Test
    void aStrainConfirmedAsANamedOrganismIsAnIdentification() {
        assertEquals(List.of("confirmed", "confirmed"), cues("""
                The Reference Laboratory in Varn has confirmed the strain as Vibrio cholerae serogroup O1.
                The veterinary institute confirmed the isolate from the farm as Brucella canis.
                The laboratory confirmed that the strain was Vibrio cholerae.
                The minister confirmed the cuts as necessary.
                """));
    }
}
