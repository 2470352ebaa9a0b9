package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Asked whether the striker would start, the manager smiled. 'Ask me Saturday,' he said": the title after an opening
 * adverbial is the sentence's subject, and the pronoun goes on with it, not with the player the question was about.
 */
class TitleAfterQuestionTest {

    @Test
    void theTitleAfterAQuestionPutTakesThePronoun() {
        AnnotatedDocument doc = extract("""
                Harbour Town manager Gideon Vallancourt-Ebo praised his midfield. "They ran all night," Vallancourt-Ebo said.

                Striker Matteo Ferranza-Holm scored twice. "I just tried to be in the right place," Ferranza-Holm said.

                Asked whether Ferranza-Holm would start on Sunday, the manager smiled. "Ask me on Saturday," he said. "He is tired tonight."
                """);
        assertSpeaker(doc, "\"Ask me on Saturday,\"", "Gideon Vallancourt-Ebo");
        assertSpeaker(doc, "\"He is tired tonight.\"", "Gideon Vallancourt-Ebo");
    }

    @Test
    void aNamedSubjectAfterTheQuestionKeepsThePronoun() {
        AnnotatedDocument doc = extract("""
                Harbour Town manager Gideon Vallancourt-Ebo praised his midfield. "They ran all night," Vallancourt-Ebo said.

                Asked whether the manager would rest him on Sunday, Matteo Ferranza-Holm laughed. "Ask him, not me," he said.
                """);
        assertSpeaker(doc, "\"Ask him, not me,\"", "Matteo Ferranza-Holm");
    }

    /** Round 49: an age description after the question, past a paragraph about the other player, takes the pronoun. */
    @Test
    void anAgeDescriptionAfterAQuestionPutTakesThePronoun() {
        AnnotatedDocument doc = extract("""
                Varga keeps her title

                HALDEN - Mira Varga, 38, beat Lena Stroud 6-4 6-3 on Sunday to keep her national title.

                "I played well, she played better," Varga told reporters.

                Stroud, a 24-year-old from Kessby, said she had been tired. Stroud's coach, Dan Pell, declined to discuss it.

                Asked whether she would retire, the 38-year-old winner smiled. "Retire? I just got good," she said.
                """);
        assertSpeaker(doc, "\"Retire? I just got good,\"", "Mira Varga");
    }
}
