package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** A speaker named after the statement: "Y, said the spokeswoman, Mia Strand." */
class SpeakerNamedAfterTest {

    @Test
    void anInvertedDescriptionAfterReportedSpeechTakesTheNameAfterIt() {
        AnnotatedDocument doc = extract("""
                The harbour story

                The pier is old and the port will repair it in May, said the port's spokesman, Tom Berg.
                """);
        assertSpeaker(doc, "The pier is old and the port will repair it in May", "Tom Berg");
    }

    @Test
    void anUnnamedSpokeswomanIsThePersonTheNextSentenceNames() {
        AnnotatedDocument doc = extract("""
                The harbour story

                The state has limited power. A spokeswoman for the port said the pier was safe. The port "shares the \
                concern" and is working with pilots, said the spokeswoman, Mia Strand.
                """);
        assertSpeaker(doc, "the pier was safe", "Mia Strand");
        assertSpeaker(doc, "The port \"shares the concern\" and is working with pilots", "Mia Strand");
    }
}
