package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, round 54: "on the day X reported the leak" dates another act; the report is no statement of its own. */
class DatedReportTest {

    @Test
    void aReportThatDatesAnActIsNoStatement() {
        List<String> found = statements(extract("""
                The Patients' Forum said the ministry should have warned families on the day Kestrel Foods reported \
                the leak, not a month later.
                """));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("| said"), found.toString());
    }

    @Test
    void aReportWithItsClauseIsKept() {
        List<String> found = statements(extract("""
                Shares fell on the day the ministry reported that exports had dropped 9 percent.
                """));
        assertTrue(found.stream().anyMatch(s -> s.contains("| exports had dropped 9 percent | reported")), found.toString());
    }
}
