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

    /** An agent of disease confirmed where or when it was found is a finding; one confirmed with its clause stays. */
    @Test
    void anAgentOfDiseaseConfirmedIsAFinding() {
        assertEquals(List.of("confirmed", "confirmed"), cues("""
                On 3 May the Ministry confirmed sheep pox virus serotype 2 in a herd near Dallow.
                Samples went to the Tarrow Institute, which confirmed the virus on 4 May.
                The institute confirmed the virus had reached a second herd.
                The ministry confirmed that the bacteria came from the well.
                """));
    }
}
