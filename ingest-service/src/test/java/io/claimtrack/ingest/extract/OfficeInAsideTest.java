package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "the Ambassador of Norland to the Kingdom of Vestria, Piet Haugen,": the office's title ends in a place of its
 * own, and the name in the aside holds the whole title, so "The Ambassador" later is Piet Haugen.
 */
class OfficeInAsideTest {

    @Test
    void aTitleEndingInAPlaceGoesToTheNameInTheAside() {
        AnnotatedDocument doc = extract("""
                Deputy Minister Meets Envoy Over Detained Crew

                On 4 March, Deputy Foreign Minister Sara Lind received the Ambassador of Norland to the Kingdom of \
                Vestria, Piet Haugen, at his request.

                The Deputy Minister expressed concern over the detention of the trawler's crew.

                The Ambassador assured her that the Norland authorities were looking into the case.

                Earlier, the Special Envoy for Arctic Affairs in the Foreign Office, Mona Dahl, had visited the port. \
                The envoy said the crew were in good health.
                """);
        assertSpeaker(doc, "the Norland authorities were looking into the case", "Piet Haugen");
        assertSpeaker(doc, "the crew were in good health", "Mona Dahl");
    }
}
