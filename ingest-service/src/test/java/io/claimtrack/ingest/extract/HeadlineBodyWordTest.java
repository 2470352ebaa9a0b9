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

    /**
     * "Union condemns closure" over a story naming one local: the headline's capitalised word is no other union; a
     * related story's "Union says" under it is found within its teaser, as it is.
     */
    @Test
    void aDecksUnionIsTheLocalThoughTheHeadlineReadsItAsAName() {
        AnnotatedDocument doc = extract("""
                Brackwater Tools to close Fenmoor plant, cutting 300 jobs

                Union condemns closure as 'a disgrace'; mayor says town will fight

                By Ola Birk

                Brackwater Tools Inc. will close its plant in Fenmoor next year, the company said Tuesday.

                Allied Toolmakers Local 552, which represents the plant's workers, condemned the closure as "a disgrace" \
                to a town that had kept the plant open. Local president Hana Voss said the union would seek talks.

                Related stories

                Union says it warned of layoffs in a 2025 letter
                """);
        assertSpeaker(doc, "closure as 'a disgrace'", "Allied Toolmakers Local 552");
        assertSpeaker(doc, "it warned of layoffs in a 2025 letter", "Union");
    }
}
