package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A that-clause without its "that" after "know", "show" and adjectives of belief: "knows Holm will run". */
class BareClauseTest {

    @Test
    void aClauseWithItsOwnSubjectAndVerbFollowsTheCue() {
        assertMentions("""
                Mayor Vik knows Councillor Holm will run for her seat.
                The pilots know they're being blamed for the delays.
                Ferry counts show he won most of the commuters in the north.
                The harbour master is sure the pier will open in May.
                """,
                "Mayor Vik | Councillor Holm will run for her seat | knows | indirect",
                "The pilots | they're being blamed for the delays | know | indirect",
                "Ferry counts | he won most of the commuters in the north | show | indirect",
                "The harbour master | the pier will open in May | sure | indirect");
    }

    @Test
    void anObjectOrAQuestionWordIsNoClause() {
        assertEquals(List.of(), cues("""
                Mayor Vik knows the harbour well.
                The pilots knew how to land in fog.
                Councillor Holm showed him the door.
                Lund knows Berg from school.
                """));
    }
}
