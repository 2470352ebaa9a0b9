package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, twenty-seventh round: a readout's documents named in the text ("adopted a Joint Statement on ... The
 * document says").
 */
class ReadoutDocumentsTest {

    @Test
    void theDocumentIsTheDocumentNamedTheSentenceBefore() {
        AnnotatedDocument doc = extract("""
                The harbour ministers of Norland and Vestria met in Tarnby on Friday.

                Following the talks, the ministers signed the Tarnby Declaration on Ferry Links. The document says both ports "will stay open to each other's ships" and sets a goal of ten crossings a day.

                The report says the crossings "are already full."
                """);
        assertEquals("Tarnby Declaration", statement(doc, "both ports \"will stay open to each other's ships\" and sets a goal of ten crossings a day").speaker);
        // A report is not the declaration.
        assertEquals("The report", statement(doc, "the crossings \"are already full.\"").speaker);
    }
}
