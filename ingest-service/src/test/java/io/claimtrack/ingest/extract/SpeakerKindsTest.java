package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What kind of speaker a description names when its head word also heads bodies' names (issue 10). */
class SpeakerKindsTest {

    @Test
    void aGuardAfterARoleWordIsAPerson() {
        AnnotatedDocument doc = Pipeline.extract("""
                Veteran guard says Pelicans 'finally found our legs'

                HARBOURTON — Ivo Marsh scored 31 points and the Harbourton Pelicans beat the Salt Creek Otters 104-99 on Friday.

                "We finally found our legs," Marsh said. "Nobody panicked in the fourth."

                The rookie guard said the team would rest on Sunday.
                """);
        assertEquals(SpeakerKind.PERSON, statement(doc, "Pelicans 'finally found our legs'").kind);
        assertEquals("Ivo Marsh", statement(doc, "Pelicans 'finally found our legs'").speaker);
        assertEquals(SpeakerKind.PERSON, statement(doc, "the team would rest on Sunday").kind);
    }

    @Test
    void aCoastGuardIsStillABody() {
        AnnotatedDocument doc = Pipeline.extract("""
                The Ostland National Guard said 300 soldiers would help clear the roads.

                The Ostland coast guard said it had towed two fishing boats to port.
                """);
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "300 soldiers would help clear the roads").kind);
        assertEquals("Ostland National Guard", statement(doc, "300 soldiers would help clear the roads").speaker);
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "it had towed two fishing boats to port").kind);
    }
}
