package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Issue 9, round 43: a list under an opening "According to X, as of <date>:" is X's. */
class AccordingLeadInTest {

    private static final String ITEMS = """
            - the cod quota has been 64 percent used;
            - herring landings are 12 percent lower than a year ago;
            - two trawlers remain in port for repairs.

            The figures will be updated weekly.
            """;

    @Test
    void theSourceAfterAnOpeningAccordingToGivesEachItem() {
        AnnotatedDocument doc = extract("""
                Ministry of Fisheries

                Catch report

                According to the Ministry's preliminary figures, as of 3 June:
                """ + ITEMS);
        assertSpeaker(doc, "the cod quota has been 64 percent used", "Ministry of Fisheries");
        assertSpeaker(doc, "two trawlers remain in port for repairs", "Ministry of Fisheries");
    }

    @Test
    void theWritersOwnFiguresOrARuleGiveNoSource() {
        for (String leadIn : new String[] {"According to our preliminary figures, as of 3 June:", "Under the new rules, as of 3 June:"}) {
            AnnotatedDocument doc = extract("Catch report\n\n" + leadIn + "\n" + ITEMS);
            assertFalse(contents(doc).stream().anyMatch(c -> c.contains("cod quota")), leadIn + " " + contents(doc));
        }
    }
}
