package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-fifth round: "The Chair of the Northern Water Council" is a title whose complement ends in a body's
 * word, so its last two words are the body's name and no person's; the whole phrase describes whoever the text gave that
 * title, as "The Chair of the Water Council" already did.
 */
class TitleOfNamedBodyTest {

    @Test
    void aTitleOfABodyWithAThreeWordNameIsItsHolder() {
        AnnotatedDocument doc = extract("""
                Northern Water Council reports on the dry summer

                On 9 August, the Northern Water Council met the press. The meeting was led by the Chair of the Northern Water Council, Marit Sandvold, and the Deputy Chair, Olev Tamm.

                Marit Sandvold said that the reservoirs held two thirds of their usual volume.

                Olev Tamm reported that 14 villages were being supplied by tanker.

                The Chair of the Northern Water Council said that a ban on garden hoses would start on Monday.
                """);
        assertSpeaker(doc, "a ban on garden hoses would start on Monday", "Marit Sandvold");
    }

    /** A person's name after a title whose complement ends in no body's word stays the name: "Secretary of State Ann Holt". */
    @Test
    void aNameAfterATitleOfAFieldStaysAName() {
        AnnotatedDocument doc = extract("""
                Ministers meet on the harbour plan

                Minister of Fisheries Lars Okonji-Berg said that the harbour would be dredged in spring.
                """);
        assertSpeaker(doc, "the harbour would be dredged in spring", "Lars Okonji-Berg");
    }
}
