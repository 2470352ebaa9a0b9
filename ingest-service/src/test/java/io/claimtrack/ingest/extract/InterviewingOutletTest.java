package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, forty-third round: turns labelled with the name of the outlet the text says interviewed someone are its
 * questions, no statements; the answers stay the interviewee's.
 */
class InterviewingOutletTest {

    @Test
    void theInterviewingMagazinesTurnsAreQuestions() {
        AnnotatedDocument doc = extract("""
                Interview of Minister Ines Varga to the magazine "Northern Review"

                The Minister of Culture of Ostmark, Ines Varga, gave an interview to the magazine "Northern Review". We publish it in full.

                Northern Review: Minister, the theatres closed early this winter. Why?

                Ines Varga: Because the heating bills doubled. We will reopen every stage in March.

                Northern Review: Ticket prices rose by a fifth last season. Will they rise again?

                Ines Varga: No. The state will cover the difference.
                """);
        assertEquals(List.of("Because the heating bills doubled. We will reopen every stage in March", "No. The state will cover the difference"),
                contents(doc));
        assertSpeaker(doc, "No. The state will cover the difference", "Ines Varga");
    }

    @Test
    void anInterviewWithAPersonLeavesItsTurnsStatements() {
        AnnotatedDocument doc = extract("""
                A conversation about theatres

                The magazine spoke in an interview with the minister Ines Varga last week.

                Pavel Rusk: The theatres closed early this winter, and the actors were not paid.

                Ines Varga: Because the heating bills doubled. We will reopen every stage in March.
                """);
        assertEquals(List.of("The theatres closed early this winter, and the actors were not paid",
                "Because the heating bills doubled. We will reopen every stage in March"), contents(doc));
    }
}
