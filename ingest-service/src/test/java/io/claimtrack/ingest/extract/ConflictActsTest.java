package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertOnlyStatement;
import static io.claimtrack.ingest.extract.Pipeline.cues;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quarrel over land and an armed attack say nothing; a disputed account and an attacked plan are still said. */
class ConflictActsTest {

    @Test
    void landDisputedIsAStateAndAnAccountDisputedIsSaid() {
        assertEquals(List.of("disputed", "disputed"), cues("""
                The two kingdoms have disputed a narrow strip of the frontier since 1961.
                Meran and Tolv dispute the river islands and the waters around them.
                The opposition disputed the border guards' account of the shooting.
                The ministry disputed the figures.
                """));
        assertEquals(List.of(), Pipeline.contents(extract("""
                Two states, one river

                The two kingdoms have disputed a narrow strip of the frontier since 1961, when a survey drew the \
                line twice. Talks broke down last year.
                """)));
    }

    @Test
    void anArmedAttackIsAnActInsideWhatIsReported() {
        assertEquals(List.of("attacked"), cues("""
                Rebels attacked a border checkpoint before dawn.
                Gunmen attacked the village with rifles and grenades.
                Senator Ilse Marrow attacked the budget plan as a gift to banks.
                """));
        assertOnlyStatement("""
                VOSK - The army said Dravian soldiers crossed the river near Pell before dawn and attacked a \
                checkpoint with rockets and rifles.
                """, "Dravian soldiers crossed the river near Pell before dawn and attacked a checkpoint with rockets "
                + "and rifles", "The army");
    }
}
