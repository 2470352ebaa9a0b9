package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-first round (govtitles): a readout's guest is the person its lede names after the verb of hosting,
 * not the state of that person's long title ("the Minister for Roads and Rail of the Kingdom of Tessary, Ivo Marrant")
 * nor a delegation's state; "the host" is the person the lede names before the verb.
 */
class ReadoutHostAndGuestTest {

    @Test
    void theGuestOfALongTitleIsItsHolderAndTheHostTheOneWhoReceived() {
        AnnotatedDocument doc = extract("""
                On 3 March, the Minister of Transport and Regional Infrastructure of the Republic of Ostria, Helga Vantrup, \
                held talks in Marrow with the Minister for Roads and Rail of the Kingdom of Tessary, Ivo Marrant-Doyle, who \
                is in Ostria on a working visit.

                The guest said that Tessary would finish its section of the coastal railway by 2031.

                The host noted that the border crossing at Lennby would open to freight trains in May.
                """);
        assertSpeaker(doc, "Tessary would finish its section of the coastal railway by 2031", "Ivo Marrant-Doyle");
        assertSpeaker(doc, "the border crossing at Lennby would open to freight trains in May", "Helga Vantrup");
    }

    @Test
    void aDelegationsStateIsNoGuest() {
        AnnotatedDocument doc = extract("""
                On 3 March, Minister of Transport Helga Vantrup received a delegation of the Kingdom of Tessary headed by \
                the Minister for Roads, Ivo Marrant-Doyle.

                The visitor said that Tessary would finish its section of the railway by 2031.
                """);
        assertSpeaker(doc, "Tessary would finish its section of the railway by 2031", "Ivo Marrant-Doyle");
    }

    /** "The host country" is no person. */
    @Test
    void theHostCountryKeepsItsMention() {
        AnnotatedDocument doc = extract("""
                On 3 March, Minister of Transport Helga Vantrup received Minister for Roads of Tessary Ivo Marrant-Doyle.

                The host country said that the railway would open in May.
                """);
        assertSpeaker(doc, "the railway would open in May", "The host country");
    }
}
