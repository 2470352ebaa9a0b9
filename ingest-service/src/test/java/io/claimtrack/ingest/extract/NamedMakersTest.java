package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 46: "the company" after a maker set off by "which assembles ..." is that maker, not the story's
 * first company; a delegation with its initials in brackets before "headed by NAME" is NAME.
 */
class NamedMakersTest {

    @Test
    void anAssemblerIsTheCompanyAfterIt() {
        AnnotatedDocument doc = extract("""
                Tram brakes failed twice, inspectors say

                Corbel Transit said it had withdrawn six trams. Ferrin Works, which assembles the trams at its plant in Osby, said it had found no fault. In a separate statement, the company said it would replace the brake pads.
                """);
        assertSpeaker(doc, "it would replace the brake pads", "Ferrin Works");
    }

    @Test
    void aCompanyThatOnlyMetIsNoMaker() {
        AnnotatedDocument doc = extract("""
                Tram brakes failed twice, inspectors say

                Corbel Transit said it had withdrawn six trams. Ferrin Works, which met the inspectors on Monday, said it had found no fault. In a separate statement, the company said it would replace the brake pads.
                """);
        assertSpeaker(doc, "it would replace the brake pads", "the company");
    }

    @Test
    void aDelegationWithItsInitialsIsItsHead() {
        AnnotatedDocument doc = extract("""
                Border talks stall

                The delegation of the Western Valleys Union (WVU), headed by its chairman Ilkka Ravensberg, said in a statement that the talks had failed.
                """);
        assertSpeaker(doc, "the talks had failed", "Ilkka Ravensberg");
    }
}
