package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 46: question time's labels, an office with its field and the holder in brackets ("The Minister for
 * Ports (Jonas Tell):") and a member with seat and party ("Pavel Hollis (Eastmoor) (Con):"), speak as the person named.
 */
class QuestionTimeLabelsTest {

    private static final String QUESTIONS = """
            Harbour questions

            1. Ada Berg (Westhaven) (Lib): What plans the Government have for the north pier.

            The Minister for Ports and Harbours (Jonas Tell): The north pier will reopen in May, and the ferry will stop there twice a day.

            Ada Berg: The ferry operators were never asked. Will the Minister meet them?

            Jonas Tell: I will meet them next week.

            Pavel Hollis (Eastmoor) (Con): The fees at the pier doubled last year.
            """;

    @Test
    void anOfficeWithTheHolderInBracketsSpeaksAsTheHolder() {
        AnnotatedDocument doc = extract(QUESTIONS);
        assertSpeaker(doc, "The north pier will reopen in May, and the ferry will stop there twice a day", "Jonas Tell");
        assertSpeaker(doc, "The fees at the pier doubled last year", "Pavel Hollis");
    }

    /** A bracket that holds years, not a name, makes no label: the line is the writer's. */
    @Test
    void anOfficeWithYearsInBracketsIsNoLabel() {
        String text = """
                Former holders

                Ada Berg: The office has changed little.

                Pavel Hollis: The ferries were always late.

                The Minister for Ports (2019 to 2023): a quieter time on the quays.
                """;
        assertEquals(List.of("The office has changed little", "The ferries were always late"), Pipeline.contents(extract(text)));
    }
}
