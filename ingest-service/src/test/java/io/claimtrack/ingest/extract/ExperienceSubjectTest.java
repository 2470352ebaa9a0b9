package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, forty-fifth round: "felt" after a gerund clause as its subject ("climbing the last pass felt ...") is
 * "seemed", part of whatever statement holds it, with no speaker of its own; a person who felt something stays one.
 */
class ExperienceSubjectTest {

    @Test
    void aGerundSubjectFeltIsNoStatementOfItsOwn() {
        List<String> found = statements(extract("""
                Greta Solum said climbing the last pass in the dark felt "slow, then endless."
                """));
        assertEquals(List.of("Greta Solum | climbing the last pass in the dark felt \"slow, then endless.\" | said | mixed"),
                found);
    }

    @Test
    void aPersonWhoFeltStaysASpeaker() {
        List<String> found = statements(extract("""
                Fleming Arnott felt "let down" by the selectors.
                """));
        assertTrue(found.stream().anyMatch(s -> s.startsWith("Fleming Arnott | \"let down\"")), found.toString());
    }
}
