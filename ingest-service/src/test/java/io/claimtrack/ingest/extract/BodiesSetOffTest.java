package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 58: a body's definite description is the name the text sets off after the same words elsewhere
 * ("The quarry's operator, Stenholt Kalkwerke,"), though no body's word in that name tells it is one.
 */
class BodiesSetOffTest {

    private static final String MIDDLE = """
            The mayor of Varnholm, Ines Torvaldsen-Mbeki, said the road would stay closed for a week.

            "We heard it from the village," said Oskar Lind-Achebe, a driver who was waiting at the gate.

            Geologists from the regional survey said the slope had been moving since March.

            The village school closed early, its head teacher, Marta Quist, said.

            """;

    private static final String LEDE_CONTENT = "A rockfall closed the road to the Brekke quarry on Tuesday, and two trucks were trapped";

    /** A lede whose quarry's operator speaks, four paragraphs of others, and {@code last}. */
    private static AnnotatedDocument story(String last) {
        return extract("""
                Rockfall closes quarry road in Varnholm

                A rockfall closed the road to the Brekke quarry on Tuesday, and two trucks were trapped, the quarry's \
                operator said.

                """ + MIDDLE + last);
    }

    @Test
    void aBodysDescriptionIsTheNameSetOffAfterItsWordsFarBelow() {
        AnnotatedDocument doc = story("The quarry's operator, Stenholt Kalkwerke, declined to say when blasting would resume.\n");
        assertSpeaker(doc, LEDE_CONTENT, "Stenholt Kalkwerke");
    }

    @Test
    void aNameSetOffAfterOtherWordsIsNotTheDescriptions() {
        AnnotatedDocument doc = story("The quarry's insurer, Stenholt Kalkwerke, declined to say what the damage would cost.\n");
        assertSpeaker(doc, LEDE_CONTENT, "the quarry's operator");
    }

    @Test
    void aPrepositionsObjectSetsOffAnotherName() {
        AnnotatedDocument doc = story("A spokeswoman for the quarry's operator, Liv Amundsen-Okafor, said blasting would resume in May.\n");
        assertSpeaker(doc, LEDE_CONTENT, "the quarry's operator");
    }
}
