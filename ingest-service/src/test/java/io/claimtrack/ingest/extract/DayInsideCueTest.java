package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, forty-fifth round: a day between a cue's verb and its particle ("called Tuesday for") leaves the
 * cue whole; a person rung on a day ("called Lund Tuesday") stays no statement.
 */
class DayInsideCueTest {

    private static List<String> said(String text) {
        return statements(extract(text));
    }

    @Test
    void aDayBetweenVerbAndParticleKeepsTheCue() {
        List<String> found = said("""
                The ferry workers' union called Tuesday for a full inquiry into the engine fire on the night crossing. \
                The harbour board warned Friday of long delays on the northern route.
                """);
        assertTrue(found.stream().anyMatch(s -> s.contains("| a full inquiry into the engine fire on the night crossing |")),
                found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("| long delays on the northern route |")), found.toString());
    }

    @Test
    void aPersonRungOnADayIsNoStatement() {
        List<String> found = said("""
                The skipper called Lund Tuesday from the quay. Her brother called today at noon.
                """);
        assertTrue(found.isEmpty(), found.toString());
    }
}
