package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal to speak says nothing ("declined to say whether"); what the speaker did say beside it is kept. */
class RefusalsTest {

    @Test
    void aRefusalToSpeakIsNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Lund refused to say whether the ferries would run.
                The harbour board refused to comment on the toll.
                Mayor Vik refuses to answer questions about the bridge.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aStatementBesideTheRefusalIsKept() {
        assertMentions("""
                Lund refused to say whether the ferries would run, but added that fares would fall.
                """,
                "Lund | fares would fall | added | indirect");
    }

    @Test
    void aCueInsideAQuestionLeftUnansweredIsNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Minister Holm did not say when Tolvia would announce its response.
                The harbour board has not said whether the mayor would comment on the toll.
                Lund declined to say how the ministry would explain the delay.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aCueInAQuestionThatIsTheTopicOfARefusalIsNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Norrland Ferries declined to comment on whether it would seek compensation from the shipyard.
                The harbour board declined to comment on whether the mayor would demand an inquiry.
                The union refused to comment on whether it would call for a strike.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aRequestForAnAnswerIsNoStatement() {
        assertMentions("In May, the Auditor asked the Harbour Board to confirm how many berths were rented twice.");
        assertMentions("Councillors asked Mira Lund to explain why the ferry ran late.");
        assertMentions("The Auditor asked the Harbour Board to publish its berth fees.",
                "The Auditor | the Harbour Board to publish its berth fees | asked | indirect");
    }

    /** Round 52: "asked staff to report back by the spring on whether ..." asks for an answer, as "to confirm how many". */
    @Test
    void aReportRequestedOnAQuestionIsNoStatement() {
        assertMentions("The board also asked staff to report back by the spring on whether the pool should stay open.");
        assertMentions("The board asked staff to report back with a budget.",
                "The board | staff to report back with a budget | asked | indirect");
    }

    /** Round 54: refusing to blame or criticise lays no blame; the words said beside it are kept. */
    @Test
    void aRefusalToBlameIsNoStatement() {
        assertMentions("""
                Coach Dario Lenk refused to criticise his keeper, but said the back line "fell asleep" after the break.
                The skipper declined to blame the umpires.
                """,
                "Coach Dario Lenk | the back line \"fell asleep\" after the break | said | mixed");
    }

    /** Round 60: "requested staff to report back on whether ..." asks for an answer as "asked" does; a list requested stays. */
    @Test
    void aReportRequestedOfStaffOnAQuestionIsNoStatement() {
        assertMentions("Trustee Varga-Holm requested staff to report back on whether the library could open on Sundays.");
        assertMentions("Trustee Varga-Holm requested staff to provide a list of branches closed since May.",
                "Trustee Varga-Holm | staff to provide a list of branches closed since May | requested | indirect");
    }
}
