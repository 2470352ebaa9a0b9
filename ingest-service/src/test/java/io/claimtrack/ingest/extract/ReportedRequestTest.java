package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, thirty-eighth round: "requested that ..." is a request with its clause, as "asked that" is, and "requested
 * anonymity" reports no words; a relative clause's "a fee that bakery owners say will cost jobs" is the owners'.
 */
class ReportedRequestTest {

    @Test
    void aRequestWithItsClauseIsAStatement() {
        AnnotatedDocument doc = extract("""
                Mayor Ada Lund requested that the ferry fees be reviewed before the summer.

                A council member requested anonymity to discuss the budget.
                """);
        assertEquals("Ada Lund", statement(doc, "the ferry fees be reviewed before the summer").speaker);
        assertEquals(1, doc.attributions.size());
    }

    @Test
    void ownersInARelativeClauseSpeakForThemselves() {
        AnnotatedDocument doc = extract("The council approved a bed tax that bakery owners say will cost jobs in the old town.");
        assertEquals("bakery owners", statement(doc, "will cost jobs in the old town").speaker);
    }
}
