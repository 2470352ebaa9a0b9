package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 46: a presiding officer's turns that only keep order ("Order, order."), call a member ("I call Ada
 * Berg.") or move the sitting on ("We must move on.", "Let us begin with the harbour.") are no statements; a turn
 * that says something stays.
 */
class HouseChairTurnsTest {

    @Test
    void orderCallsAndMovesAreNoStatements() {
        String text = """
                Harbour questions

                Jonas Tell: The north pier will reopen in May, and the ferry will stop there twice a day.

                Madam Deputy Speaker: Order, order. The Minister must be heard. Members on the back benches will get their turn.

                Ada Berg: The ferry operators were never asked.

                Madam Deputy Speaker: Order. Questions must be short. I call Pavel Hollis.

                Pavel Hollis: The fees at the pier doubled last year.

                Madam Deputy Speaker: We must move on.

                The Chair: Good morning, Minister. Let us begin with the harbour. Where do we stand with the pier?
                """;
        assertEquals(List.of(
                "The north pier will reopen in May, and the ferry will stop there twice a day",
                "The ferry operators were never asked",
                "The fees at the pier doubled last year"),
                Pipeline.contents(extract(text)));
    }

    @Test
    void aChairWhoCallsForSomethingOrProposesATopicSaysIt() {
        String text = """
                Harbour questions

                Madam Deputy Speaker: I call on the Government to publish the pier survey.

                Ada Berg: We must move on from diesel ferries by 2030.

                Pavel Hollis: Let us begin with a cut in fares for pensioners on the island routes.

                Madam Deputy Speaker: The order of the House was ignored by the port authority.
                """;
        assertEquals(4, Pipeline.contents(extract(text)).size(), () -> Pipeline.contents(extract(text)).toString());
    }
}
