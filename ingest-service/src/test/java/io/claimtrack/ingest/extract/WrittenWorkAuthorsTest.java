package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Round 45 (set AK, class A1): a column or article introduced with its named author speaks for the author as the text
 * quotes it point by point ("The column alleges", "According to the piece", "The writer also maintains"); a work whose
 * author is not named keeps its own name.
 */
class WrittenWorkAuthorsTest {

    private static final String REBUTTAL = """
            Ministry rejects press claims over hospital audit

            On Monday the Weekly Harbinger ran a column by its commentator Ysolde Brankov about the hospital audit.

            The column alleges that the ministry hid the audit from parliament.

            According to the piece, two inspectors were paid to look away.

            The writer also maintains that the ministry "ignored every warning".
            """;

    @Test
    void theColumnThePieceAndTheWriterAreTheNamedAuthors() {
        AnnotatedDocument doc = extract(REBUTTAL);
        assertSpeaker(doc, "the ministry hid the audit from parliament", "Ysolde Brankov");
        assertSpeaker(doc, "two inspectors were paid to look away", "Ysolde Brankov");
        assertSpeaker(doc, "the ministry \"ignored every warning\"", "Ysolde Brankov");
    }

    @Test
    void theArticleAndItsAuthorAfterACorrespondentsName() {
        AnnotatedDocument doc = extract("""
                The Harbour Gazette printed an article by its correspondent Piet Lamers on Friday. The article claims \
                that the dredging contract was rigged. The author writes that nobody checked the bids.
                """);
        assertSpeaker(doc, "the dredging contract was rigged", "Piet Lamers");
        assertSpeaker(doc, "nobody checked the bids", "Piet Lamers");
    }

    @Test
    void aWorkWithNoAuthorNamedKeepsItsOwnName() {
        // The unsigned editorial came after the essay: its words are not the essayist's.
        AnnotatedDocument doc = extract("""
                A long essay by the historian Marit Hovland recalled the 1921 strike on the docks.

                An unsigned editorial in the Coast Times argued that the light should stay manned. The editorial \
                says the town needs a keeper.
                """);
        assertSpeaker(doc, "the town needs a keeper", "The editorial");
    }

    /**
     * Round 60: a rebuttal names the work it answers with "the", its author after "by" and before "published in"; the
     * work read again ("The article claims") introduces no new, unsigned work.
     */
    @Test
    void theArticleByAnAuthorPublishedInAPaper() {
        AnnotatedDocument doc = extract("""
                The Consulate of Varnesia has taken note of the article by Mr. Jonas Pell-Adeyemi published in The Marl \
                Courier on 3 July. The article contains several errors.

                1. The article claims that the Varnesian firm Orvmar bought the ferry terminal in secret. This is not true.
                """);
        assertSpeaker(doc, "the Varnesian firm Orvmar bought the ferry terminal in secret", "Jonas Pell-Adeyemi");
    }
}
