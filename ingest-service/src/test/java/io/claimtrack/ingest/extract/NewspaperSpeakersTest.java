package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-eighth round: who speaks in North American newspaper articles (set T's newspapers and those of
 * A-S, each kind tried on invented text).
 */
class NewspaperSpeakersTest {

    /** "Mayor" is on the list of men's first names: before a name whose first name shows no gender it is a title. */
    @Test
    void aTitleBeforeTheNameIsNoMansFirstName() {
        AnnotatedDocument doc = extract("""
                Council drops bus deal

                By Tom Pellworth

                Milbrook council voted 7-2 Monday to end its bus contract with Ridgeway Coaches.

                Mayor Odrune Vasketh-Pallow, who had praised the contract in June, told council the city had "failed \
                riders" and needed a new plan.

                "I own that. We trusted them," she said. "It will not happen again."
                """);
        assertSpeaker(doc, "\"I own that. We trusted them,\"", "Odrune Vasketh-Pallow");
        assertSpeaker(doc, "\"It will not happen again.\"", "Odrune Vasketh-Pallow");
    }
}
