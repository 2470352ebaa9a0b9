package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Q&A set as plain paragraphs under an edited-interview note: each answer is a statement of the person the
 * introduction says was interviewed; the questions, the writer's introduction and the narration after the last answer
 * are not.
 */
class PlainInterviewStageTest {

    private static final String QA = """
            Q&A: The Harbour Master On A Winter Of Storms

            Captain Ola Dahl, harbour master of the port of Vikholm, talked with Courier reporter Siri Moe. %s

            How many storms did the port close for this winter?

            Eleven. In a normal winter it is three or four. We lost nine working days in January alone.

            "We lost nine working days in January alone"

            Were the new breakwaters worth their cost?

            Without them we would have lost the north quay. The waves in the February storm topped six metres.

            The board wants to raise harbour fees. Do you agree?

            I do, and I have told them so. The fees have not changed since 2011.

            The board's chair, Lena Berg, said the fee proposal would be voted on in May.
            """;

    @Test
    void eachAnswerIsTheIntervieweesStatement() {
        AnnotatedDocument doc = extract(QA.formatted("This interview has been edited for length and clarity."));
        assertSpeaker(doc, "Eleven. In a normal winter it is three or four. We lost nine working days in January alone",
                "Ola Dahl");
        assertSpeaker(doc, "Without them we would have lost the north quay. The waves in the February storm topped six metres",
                "Ola Dahl");
        assertSpeaker(doc, "I do, and I have told them so. The fees have not changed since 2011", "Ola Dahl");
        assertSpeaker(doc, "the fee proposal would be voted on in May", "Lena Berg");
        assertFalse(contents(doc).stream().anyMatch(c -> c.contains("storms did the port close")));
    }

    @Test
    void withoutTheEditedInterviewNoteTheParagraphsAreTheWriters() {
        List<String> found = contents(extract(QA.formatted("")));
        assertFalse(found.stream().anyMatch(c -> c.startsWith("Eleven.")), found.toString());
        assertEquals(false, found.stream().anyMatch(c -> c.startsWith("Without them")));
    }
}
