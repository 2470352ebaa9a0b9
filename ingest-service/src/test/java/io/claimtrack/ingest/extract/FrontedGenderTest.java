package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** "In her remarks, the Minister set out": the possessive of the opening phrase says the description's gender. */
class FrontedGenderTest {

    private static final String READOUT = """
            Minister Marta Velling Holds Talks With Foreign Minister Of Kessa Jon Abara

            03.05.2026 11:00

            On 3 May, Minister for Foreign Affairs of Ostria Marta Velling held talks in Brask with Foreign Minister of \
            the Republic of Kessa Jon Abara, who is in Ostria on an official visit.

            Opening the talks, Marta Velling said that the year had been "a good one" for the two countries.

            In %s remarks, the Minister set out Ostria's position on the following points:

            1. Ostria supports the early conclusion of an agreement on fisheries;
            2. the joint commission should meet annually, alternately in Brask and Tull;
            3. the two countries should coordinate their positions before the summit.
            """;

    @Test
    void herRemarksAreTheWomanMinisters() {
        AnnotatedDocument doc = extract(READOUT.formatted("her"));
        assertSpeaker(doc, "Ostria supports the early conclusion of an agreement on fisheries", "Marta Velling");
    }

    @Test
    void hisRemarksAreTheManMinisters() {
        AnnotatedDocument doc = extract(READOUT.formatted("his"));
        assertSpeaker(doc, "Ostria supports the early conclusion of an agreement on fisheries", "Jon Abara");
    }
}
