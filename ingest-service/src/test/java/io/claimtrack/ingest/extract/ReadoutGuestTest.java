package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round: a readout's "The guest" is the one its lede has the host receive or meet, named in full
 * ("received Minister of Health of Ostria Pela Vantrup, who is on a working visit").
 */
class ReadoutGuestTest {

    @Test
    void theGuestIsThePersonTheHostReceived() {
        AnnotatedDocument doc = extract("""
                The Deputy Minister received Minister of Health of Ostria Pela Vantrup, who is in Marrow on a working visit.

                The sides discussed the training of nurses and the exchange of medical data.

                The guest said that Ostria was ready to send a team of surgeons to the regional hospital in Kellport.

                The high-ranking guest noted that the first team could arrive in the autumn.
                """);
        assertSpeaker(doc, "Ostria was ready to send a team of surgeons to the regional hospital in Kellport", "Pela Vantrup");
        assertSpeaker(doc, "the first team could arrive in the autumn", "Pela Vantrup");
    }

    /** A lede that receives no one named gives "the guest" no name. */
    @Test
    void noGuestNamedKeepsTheMention() {
        AnnotatedDocument doc = extract("""
                The Deputy Minister received a delegation of the Ostrian health ministry on Tuesday.

                The guest said that Ostria was ready to send a team of surgeons to Kellport.
                """);
        assertSpeaker(doc, "Ostria was ready to send a team of surgeons to Kellport", "The guest");
    }
}
