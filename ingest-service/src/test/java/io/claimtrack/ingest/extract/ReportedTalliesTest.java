package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 53: symptoms or cases "reported" inside another speaker's report are that speaker's tally, no
 * statement of their own; words reported there stay.
 */
class ReportedTalliesTest {

    @Test
    void aTallyReportedInsideAReportIsNoStatement() {
        List<String> found = statements(extract("""
                The Orland Health Board said 210 guests and 14 staff had reported coughing or fever since the hotel \
                reopened on May 4. According to the board, hotels reported nine outbreaks in the county last year.
                """));
        assertEquals(List.of("said", "According to"), found.stream().map(f -> f.split(" \\| ")[2]).toList(), found.toString());
        assertTrue(found.get(1).contains("| hotels reported nine outbreaks in the county last year |"), found.toString());
    }

    /** Round 56: a counted subject's "reported" with a plain object inside another's report is a tally too. */
    @Test
    void aCountedSubjectsReportInsideAReportIsNoStatement() {
        List<String> found = statements(extract("""
                According to the clinic, 40 pupils have reported headaches that may be linked to the paint fumes since                 Easter. Nobody is in danger, it said.
                """));
        assertEquals(List.of("According to", "said"), found.stream().map(f -> f.split(" \\| ")[2]).toList(), found.toString());
    }

    /** Outside another's report the same verb keeps its statement: "the share who reported V-ing" is said. */
    @Test
    void aReportOfItsOwnStays() {
        List<String> found = statements(extract("Fourteen staff reported coughing or fever after the hotel reopened."));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("| coughing or fever after the hotel reopened | reported"), found.toString());
    }
}
