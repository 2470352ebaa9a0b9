package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A pronoun whose antecedent is a description takes the name the description finds later only when the
 * name's gender fits the pronoun.
 */
class LaterNamedAntecedentTest {

    private static final String WIRE = """
            Talks Resume in Oslo

            Ambassador Peter Holm arrived in Oslo on Monday for a third round of talks with the rebels.

            Reporters waited outside the hotel for hours. The ambassador told them the talks had gone well.
            %s said a deal could come within weeks.
            """;

    @Test
    void aPronounOfTheOtherGenderDoesNotTakeTheName() {
        AnnotatedDocument doc = extract(WIRE.formatted("She"));
        assertSpeaker(doc, "the talks had gone well", "Peter Holm");
        assertSpeaker(doc, "a deal could come within weeks", "She");
    }

    @Test
    void aPronounOfTheSameGenderTakesIt() {
        AnnotatedDocument doc = extract(WIRE.formatted("He"));
        assertSpeaker(doc, "a deal could come within weeks", "Peter Holm");
    }
}
