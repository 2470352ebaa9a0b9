package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** A body's description capitalised as a headline's first word ("Company blames ...") is the body the story names (issue 10). */
class HeadlineBodyWordTest {

    @Test
    void aDecksCompanyIsTheBusinessTheHeadlineNames() {
        AnnotatedDocument doc = extract("""
                Harbour Ferries to cut winter sailings to the islands

                Company blames fuel costs; riders say they were never asked

                Harbour Ferries Ltd. will run two sailings a day instead of five from November, the company said on Monday.
                """);
        assertSpeaker(doc, "fuel costs", "Harbour Ferries Ltd");
    }

    @Test
    void aTitleCaseClausesUnionIsTheLocalTheStoryNames() {
        AnnotatedDocument doc = extract("""
                Harbour Ferries Cuts Winter Sailings; Union Says Crews Were Never Asked

                Harbour Ferries Ltd. will run two sailings a day instead of five from November, the company said on Monday.

                Deckhands belong to Harbour and Dock Workers Local 212, which said it would file a grievance.
                """);
        assertSpeaker(doc, "Crews Were Never Asked", "Harbour and Dock Workers Local 212");
    }
}
