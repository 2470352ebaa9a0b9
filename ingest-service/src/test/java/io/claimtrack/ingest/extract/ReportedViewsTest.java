package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "see/view/regard X as Y" is a view: inside another speaker's report it is that speaker's account. */
class ReportedViewsTest {

    @Test
    void aViewReportedByAnotherSpeakerIsNoStatementOfItsOwn() {
        assertMentions("""
                Councillor Holm noted that commuters have long seen the levy as "a tax on the poor."
                The union said pilots regard the timetable as unworkable.
                """,
                "Councillor Holm | commuters have long seen the levy as \"a tax on the poor.\" | noted | mixed",
                "The union | pilots regard the timetable as unworkable | said | indirect");
    }

    @Test
    void theSameViewOutsideAReportStillSpeaks() {
        assertMentions("Commuters see the levy as a tax on the poor.",
                "Commuters | the levy as a tax on the poor | see | indirect");
    }
}
