package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole sentence set in brackets is a sentence like any other: its brackets are no part of what was said, and a
 * cue closing it ("..., Varga said.)") has its content before it. A bracket inside the sentence stays in the content.
 */
class BracketedSentenceTest {

    @Test
    void theBracketsAroundASentenceAreNoPartOfItsStatement() {
        AnnotatedDocument doc = extract("""
                The ferry service resumed on Monday. (The pier was never at risk, harbour master Ines Varga said.) Crews \
                repaired the ramp.

                (Varga said the levy would rise next spring.)

                The repairs cost more than planned (the ramp had rusted), Varga said.
                """);

        assertEquals(List.of("The pier was never at risk", "the levy would rise next spring",
                "The repairs cost more than planned (the ramp had rusted)"), contents(doc));
    }
}
