package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "The Harbour Auditor, Ines Varga, today presented her annual review ... The review lists these findings: - ...":
 * one who presents her own document made it, so its findings, bullets too, are hers.
 */
class PresentedReportMakerTest {

    private static final String STORY = """
            Harbour Auditor reports on port spending

            %s

            The review lists these findings:
            - the port authority paid for 40 cranes but took delivery of 31;
            - two dredging contracts were signed without a tender.

            "The money is not lost, but nobody can tell me where it is," Varga told councillors.
            """;

    @Test
    void theFindingsOfAPresentedReviewAreItsPresenters() {
        String story = STORY.formatted("The Harbour Auditor, Ines Varga, today presented her annual review of port "
                + "spending to the city council.");
        assertSpeaker(extract(story), "two dredging contracts were signed without a tender", "Ines Varga");
    }

    @Test
    void aReviewOnlyDiscussedKeepsItsOwnWords() {
        // The council discussed it: nobody named made it, so "The review" stays.
        String story = STORY.formatted("The city council today discussed an annual review of port spending with "
                + "the Harbour Auditor, Ines Varga.");
        assertSpeaker(extract(story), "two dredging contracts were signed without a tender", "The review");
    }
}
