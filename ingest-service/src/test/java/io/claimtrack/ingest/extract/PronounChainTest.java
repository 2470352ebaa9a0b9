package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A story's opening "he said" after narrator paragraphs: the sentences the narrator opens with "He" carry the person
 * named at the top on, beyond the reach a pronoun looks back over for a subject.
 */
class PronounChainTest {

    private static final String STORY = """
            Bakery closes after 60 years

            HOLMBY — Anton Reisz-Karlsson locked the bakery door at noon on Saturday, for the last time, and hung a \
            hand-written sign in the window.

            He has baked bread on Mill Street since 1979, most of it in the same brick oven his father built, and he \
            had hoped to hand the shop to a nephew. Then, in May, the company that owns the building doubled the rent \
            from the start of next year, after a new assessment of the whole block.

            “I thought I would bake until I could not lift a tray,” he said.
            """;

    @Test
    void thePersonNamedAtTheTopCarriedOnByHe() {
        AnnotatedDocument doc = extract(STORY);
        assertTrue(STORY.indexOf("he said") - STORY.indexOf("Anton") > ResolutionWindows.PRONOUN_SUBJECT_CHARS);
        assertSpeaker(doc, "“I thought I would bake until I could not lift a tray,”", "Anton Reisz-Karlsson");
    }

    @Test
    void noChainWithoutASentenceOpenedByThePronoun() {
        AnnotatedDocument doc = extract(STORY.replace("He has baked", "The family has baked").replace("and he had", "and had"));
        assertSpeaker(doc, "“I thought I would bake until I could not lift a tray,”", "he");
    }
}
