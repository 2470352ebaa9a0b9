package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A participle that says what a raised topic or a request is about goes with it. */
class TopicElaborationsTest {

    @Test
    void aParticipleAfterDrawingAttentionRaisingAnIssueOrAskingForSomethingIsPartOfIt() {
        AnnotatedDocument doc = extract("""
                Minister Ivo Brask met the Director of the Reef Board, Lene Osvik, in Kelm on Monday.

                Minister Brask drew the guest's attention to the decline of cod stocks, noting that quotas had to be cut.

                Ms Osvik raised the issue of fishing licences, noting that the waiting period had exceeded two months.

                Harbour residents asked for more patrols on the coast, pointing to a rise in thefts from boats.

                Ms Osvik welcomed the decision, saying it would help the reef.
                """);

        assertEquals(List.of("the decline of cod stocks, noting that quotas had to be cut",
                "the issue of fishing licences, noting that the waiting period had exceeded two months",
                "more patrols on the coast, pointing to a rise in thefts from boats", "the decision", "it would help the reef"),
                contents(doc));
    }

    @Test
    void aParticipleAfterARequestsClauseGivesItsReason() {
        AnnotatedDocument doc = extract("""
                Counsel Ilka Dorn asked that the ferry licence be restored, arguing that the inspection had been rushed.

                Dorn said the owners were innocent, arguing that the logs were complete.
                """);

        assertEquals(List.of("the ferry licence be restored, arguing that the inspection had been rushed",
                "the owners were innocent", "the logs were complete"), contents(doc));
    }

    @Test
    void aSubmissionsReasonIsPartOfTheSubmission() {
        AnnotatedDocument doc = extract("""
                The Ferry Users' Council submitted that the fare should fall to $4, arguing that the boats run half empty \
                after 7 p.m.

                The operator said the fare covers fuel, arguing that diesel costs have doubled.
                """);

        assertEquals(List.of("the fare should fall to $4, arguing that the boats run half empty after 7 p.m",
                "the fare covers fuel", "diesel costs have doubled"), contents(doc));
    }

    @Test
    void aConcernOrDisputeCutAtTheParticiplesCommaRunsOnOverIt() {
        AnnotatedDocument doc = extract("""
                The Water Ombud also expressed concern over the rising price of meters in Velsby, noting that no tariff caps them.

                The audit says that the ferry operator, Kolvik Lines AS, disputed that its crews had been short-staffed, \
                arguing that its rosters had been approved by the harbour.

                The Water Ombud said the meters were sound, noting that few had failed.
                """);

        assertEquals(List.of("over the rising price of meters in Velsby, noting that no tariff caps them",
                "the ferry operator, Kolvik Lines AS, disputed that its crews had been short-staffed, arguing that its "
                        + "rosters had been approved by the harbour",
                "its crews had been short-staffed, arguing that its rosters had been approved by the harbour",
                "the meters were sound", "few had failed"), contents(doc));
    }

    /** Round 59: a thing questioned, then the participle that says why, is one statement, as a dispute is. */
    @Test
    void aQuestionedObjectGoesOnOverItsParticiple() {
        AnnotatedDocument doc = extract("""
                Two growers from Lindsey questioned the forecast, pointing to last year's late frost.
                """);

        assertEquals(List.of("the forecast, pointing to last year's late frost"), contents(doc));
    }
}
