package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** A related story's teaser dated before its headline. */
class RelatedTeaserDatesTest {

    @Test
    void aTeasersDateIsNoPartOfItsSpeakersLabel() {
        AnnotatedDocument doc = extract("""
                Province keeps ferry fares

                The province will keep ferry fares unchanged next year, Transport Minister Ola Brenvik said on Tuesday.

                Related news

                17.03.2027 Ola Brenvik: the province will keep bus fares unchanged

                2027-03-16 Ines Marstal: the new ferries will sail in May
                """);

        assertSpeaker(doc, "the province will keep bus fares unchanged", "Ola Brenvik");
        assertSpeaker(doc, "the new ferries will sail in May", "Ines Marstal");
    }
}
