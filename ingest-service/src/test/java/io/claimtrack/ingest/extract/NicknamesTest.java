package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A nickname in quotation marks inside a name is part of the name, no quotation (issue 9 / issue 10, round 55). */
class NicknamesTest {

    @Test
    void aNicknameInsideANameIsNoQuotation() {
        AnnotatedDocument doc = extract("""
                Swimmers packed the hall. Thomas "Tommy" Okereke, 64, who has swum there since 1990, said the pool \
                should stay open. "It is where I learned," he said.
                """);
        assertSpeaker(doc, "the pool should stay open", "Thomas Okereke");
        assertSpeaker(doc, "\"It is where I learned,\"", "Thomas Okereke");
    }

    /** A title-case headline's quoted word between two capitalised words is a quotation still. */
    @Test
    void aQuotedWordInATitleCaseHeadlineStaysAQuotation() {
        AnnotatedDocument doc = Pipeline.through(QuoteStage.class, """
                Mayor Says Plan Was “Rushed” Before Vote
                """);
        assertEquals(1, doc.quotes.size());
    }
}
