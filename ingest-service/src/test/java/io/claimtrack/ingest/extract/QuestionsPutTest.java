package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A question put to someone, with the person asked before the question word, asserts nothing. */
class QuestionsPutTest {

    @Test
    void aQuestionPutToSomeoneIsNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Vik asked reporters whether the toll was fair.
                The moderator asked former Mayor Ola Holm why the bridge was late.
                Lund asked the pilots about the strike on Monday.
                A reporter asked Mr. Holm if he would run again.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aRequestOrAQuotedQuestionIsLeftAsItWas() {
        assertMentions("""
                The union asked the board to cut fares.
                The union asked that the vote be delayed.
                """,
                "The union | the board to cut fares | asked | indirect",
                "The union | the vote be delayed | asked | indirect");
    }

    @Test
    void aQuestionOpenedByAnAuxiliaryAssertsNothingItsPremiseDoes() {
        AnnotatedDocument doc = Pipeline.attribute("""
                On Monday the Vestrian minister said that his country was ready to mediate. Does Norland welcome the offer?

                Did the council reject the toll plan?

                Has the ministry, like the port authority, argued that the locks are unsafe?

                Have you heard that Lund is saying the ferries will stop?
                """);
        assertEquals(List.of("his country was ready to mediate", "the ferries will stop"), Pipeline.contents(doc));
    }
}
