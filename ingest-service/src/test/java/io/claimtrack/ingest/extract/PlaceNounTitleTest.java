package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "met the mayor of the Vell district, Ana Ruiz, ... The mayor said": a title set off before a name holds its place's
 * lower-case noun too, so the later "The mayor" is the one so titled.
 */
class PlaceNounTitleTest {

    private static final String STORY = """
            Minister tours the harbour

            Transport Minister Ivo Brandt today toured the new harbour in Vell. "The harbour is ready," Brandt said.

            The minister also met %s, Ana Ruiz, and discussed the new bridge. The mayor said work would start in May.
            """;

    @Test
    void aTitleOfAPlaceWithItsNounNamesTheHolder() {
        assertSpeaker(extract(STORY.formatted("the mayor of the Vell district")), "work would start in May", "Ana Ruiz");
    }

    @Test
    void aGuestWithNoTitleIsNoMayor() {
        // A cousin holds no office: "The mayor" is nobody named.
        assertSpeaker(extract(STORY.formatted("a cousin from the Vell district")), "work would start in May", "The mayor");
    }
}
