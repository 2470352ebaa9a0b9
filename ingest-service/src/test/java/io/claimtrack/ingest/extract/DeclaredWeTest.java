package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 55: a declaration whose opening paragraph names its "we" speaks as that body in its later "We ..."
 * paragraphs; a "we" inside a quotation stays the quoted speaker's.
 */
class DeclaredWeTest {

    @Test
    void aDeclarationsWeIsTheBodyItsOpeningNames() {
        AnnotatedDocument doc = extract("""
                Coastal States Forum

                Declaration of Port Elsin

                1. We, the Ministers of Fisheries of the Coastal States Forum, have met in Port Elsin on 3 March 2039.

                2. We condemn the dumping of nets in the northern fishing grounds.

                3. We call on all fleets to report lost gear within 48 hours.
                """);
        assertSpeaker(doc, "the dumping of nets in the northern fishing grounds",
                "The Ministers of Fisheries of the Coastal States Forum");
        assertSpeaker(doc, "all fleets to report lost gear within 48 hours", "The Ministers of Fisheries of the Coastal States Forum");
    }

    @Test
    void aWeNamedNowhereStaysAsWritten() {
        assertSpeaker(extract("""
                Coastal States Forum

                We condemn the dumping of nets in the northern fishing grounds.
                """), "the dumping of nets in the northern fishing grounds", "We");
    }
}
