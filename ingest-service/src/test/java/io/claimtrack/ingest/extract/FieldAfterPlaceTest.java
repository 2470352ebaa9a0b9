package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-first round (govtitles): a capitalised title whose field follows its place ("First Deputy Governor of
 * the Vessan Province for Roads and Transport Ilse Marrow-Kent") hands its holder, the two words after the field, to
 * the title's head used alone later ("The First Deputy Governor promised").
 */
class FieldAfterPlaceTest {

    @Test
    void theHeadOfATitleWithAFieldAfterItsPlaceIsItsHolder() {
        AnnotatedDocument doc = extract("""
                First Deputy Governor of the Vessan Province for Roads and Transport Ilse Marrow-Kent inspected the ferry \
                landing at Harl on Friday.

                The First Deputy Governor promised that the landing would be rebuilt before the autumn storms.
                """);
        assertSpeaker(doc, "the landing would be rebuilt before the autumn storms", "Ilse Marrow-Kent");
    }

    /** A body's field ending in its own "and ..." names no one. */
    @Test
    void aBodysFieldAfterItsPlaceNamesNoOne() {
        AnnotatedDocument doc = extract("""
                The Chair of the Provincial Council for Roads and Transport said the landing at Harl was safe.
                """);
        assertSpeaker(doc, "the landing at Harl was safe", "The Chair of the Provincial Council for Roads and Transport");
    }
}
