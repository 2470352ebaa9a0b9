package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, forty-fifth round: a day between a cue's verb and its particle ("called Tuesday for") leaves the
 * cue whole; a person rung on a day ("called Lund Tuesday") stays no statement. Forty-eighth round: a duration there
 * ("have complained for years about") does as the day does.
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
    void aDurationBetweenVerbAndParticleKeepsTheCue() {
        List<String> found = said("""
                Families who farm along the canal have complained for years about the smell from the tannery. \
                Supporters of the club have complained for two seasons about the price of tickets. \
                The trawler crews have warned for the past decade of falling cod stocks.
                """);
        assertTrue(found.stream().anyMatch(s -> s.contains("| the smell from the tannery |")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("| the price of tickets |")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("| falling cod stocks |")), found.toString());
    }

    @Test
    void aDurationWithoutAParticleIsNoStatement() {
        List<String> found = said("""
                Her uncle worked for years at the tannery. The crews waited for two hours on the quay.
                """);
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aPersonRungOnADayIsNoStatement() {
        List<String> found = said("""
                The skipper called Lund Tuesday from the quay. Her brother called today at noon.
                """);
        assertTrue(found.isEmpty(), found.toString());
    }

    /** A word no cue starts with keeps no cue, whatever day and particle follow it. */
    @Test
    void aWordThatStartsNoCueTakesNoDayAndParticle() {
        List<String> found = said("""
                The Quillan rowing club trained Tuesday for the regatta. Its captain has sailed for years about the bay.
                """);
        assertTrue(found.isEmpty(), found.toString());
    }
}
