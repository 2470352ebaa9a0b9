package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 61: a letter from an office with its place ("the Mayor of Tollmark") is the office holder's, and the
 * holder's name set off after the office ("the Mayor of Tollmark, Ines Varga-Holt,") is whose it is.
 */
class OfficeHolderMakerTest {

    private static final String MINUTES = """
            Minutes of the Regular Meeting of the Tollmark District School Board

            6. Correspondence
            %s
            6.2 Letter from the Tollmark Rowing Club, thanking the Board for the use of the pool.

            7. Chair's report
            """;

    @Test
    void aLetterFromAnOfficeSetOffByItsHoldersNameIsTheHolders() {
        AnnotatedDocument doc = extract(MINUTES.formatted("6.1 Letter from the Mayor of Tollmark, Ines Varga-Holt, advising that "
                + "the City's transit plan would be released in May."));
        assertSpeaker(doc, "the City's transit plan would be released in May", "Ines Varga-Holt");
    }

    @Test
    void aLetterFromAnOfficeOfAPlaceIsTheOffices() {
        AnnotatedDocument doc = extract(MINUTES.formatted("6.1 Letter from the Mayor of Port Velling advising that "
                + "the north quay would close for dredging in June."));
        assertSpeaker(doc, "the north quay would close for dredging in June", "the Mayor of Port Velling");
    }
}
