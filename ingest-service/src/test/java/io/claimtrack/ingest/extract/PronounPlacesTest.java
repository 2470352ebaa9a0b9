package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** Issue 10 on newspaper prose: a "he" or "she" is no place the text names where its person stood. */
class PronounPlacesTest {

    @Test
    void aPlaceAfterAnOpeningPrepositionIsNoSubject() {
        AnnotatedDocument doc = extract("""
                The harbour board voted 5-2 to cut the night ferry, Chairwoman Trine Aas said.

                Outside Nordby Town Hall after the vote, Tormod Aasheim, 68, waited an hour for a ferry that did not \
                come. He said the new timetable made no sense to anyone who worked nights.
                """);
        assertSpeaker(doc, "the new timetable made no sense to anyone who worked nights", "Tormod Aasheim");
    }
}
