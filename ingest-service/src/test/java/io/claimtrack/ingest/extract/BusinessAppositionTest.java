package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** A name introduced as a business by its apposition ("X, the valley's grocery chain,") is what "the company" stands for (issue 10). */
class BusinessAppositionTest {

    @Test
    void aBusinessIntroducedByItsAppositionIsTheCompany() {
        AnnotatedDocument doc = extract("""
                Harrow Provisions, the valley's second-largest grocery chain, said Monday it will close four of its 30 stores.

                The closures will affect about 200 workers, the company said in a statement.
                """);
        assertSpeaker(doc, "The closures will affect about 200 workers", "Harrow Provisions");
    }

    @Test
    void aPersonIntroducedByAnOwnersAppositionIsNoCompany() {
        AnnotatedDocument doc = extract("""
                Tove Marsh, a bakery owner in Harrow, said the rent had doubled in two years.

                The company said in a statement that the closures would affect about 200 workers.
                """);
        assertSpeaker(doc, "the closures would affect about 200 workers", "The company");
    }
}
