package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertOnlyStatement;
import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A verb of saying or thinking inside a question put to someone is asked about, not said (issue 10). */
class IndirectQuestionTest {

    @Test
    void theQuestionIsNoStatementTheAnswerIs() {
        assertOnlyStatement("""
                Budget vote

                Asked if she believed the plan would work, Senator Ana Ruiz said it was too early to tell.
                """, "it was too early to tell", "Ana Ruiz");
    }

    @Test
    void theOneAskedMayStandBetween() {
        assertOnlyStatement("""
                Budget vote

                Tom Hale was asked by reporters whether he thought the count was fair. He said he had doubts.
                """, "he had doubts", "Tom Hale");
    }

    @Test
    void aBeliefInTheAnswerStillSpeaks() {
        AnnotatedDocument doc = extract("""
                Budget vote

                Asked about the plan, Ana Ruiz said she believed it would work.
                """);
        assertEquals("she believed it would work", contents(doc).get(0));
        assertSpeaker(doc, "she believed it would work", "Ana Ruiz");
    }
}
