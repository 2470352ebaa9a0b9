package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 57: a member restating what the minister talked about, to set up a question, gives no statement of the
 * minister; a premise with a clause stays, and so does a topic outside a question turn.
 */
class RestatedTopicTest {

    @Test
    void aMinistersTopicRestatedInAMembersQuestionIsNoStatement() {
        assertEquals(List.of(
                "Delphine Arkwright-Moss | the ferry to Gull Island has been cancelled nine times this month | : | indirect",
                "Rupert Aldane | the new vessel arrives in June | : | indirect",
                "Rupert Aldane | the vessel would come in June | said | indirect"),
                Pipeline.statements(extract("""
                        Hansard, Monday, March 5, 2041

                        Oral Questions

                        Hon. Delphine Arkwright-Moss (Saltmarsh East): Mr. Speaker, the ferry to Gull Island has been \
                        cancelled nine times this month. The minister talks about a new vessel. When will islanders see it?

                        Hon. Rupert Aldane (Minister of Transport): Mr. Speaker, the new vessel arrives in June.

                        Hon. Delphine Arkwright-Moss (Saltmarsh East): Mr. Speaker, the minister mentioned a crew \
                        allowance. In May the minister said the vessel would come in June. Will it?
                        """)));
    }

    @Test
    void aTopicOutsideAQuestionTurnStays() {
        assertEquals(List.of("Rupert Aldane | a new vessel at every stop | talks about | indirect"),
                Pipeline.statements(extract("""
                        Transport Minister Rupert Aldane visited Gull Island on Monday. The minister talks about a new \
                        vessel at every stop.
                        """)));
    }
}
