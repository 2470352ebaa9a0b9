package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan of works begun or of a filing is an act, no words. */
class PlannedActsTest {

    @Test
    void worksBegunAndAFilingPlannedAreNoStatements() {
        AnnotatedDocument doc = Pipeline.attribute("""
                The operator plans to start building electric ferries at a converted yard in Tarn County in 2040.
                The council plans to begin dredging the harbour next spring.
                The Vorn family plans to appeal to the league's board of directors.
                Two tenants plan to sue the landlord in county court.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    /** Round 58: a turnout planned at a meeting is a presence, no words. */
    @Test
    void aTurnoutPlannedIsNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                The parents call themselves Books for Ridgeway, and they plan to pack the council's next hearing on May 3.
                Dozens of growers plan to attend the water board's meeting in Selby.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    /** Round 61: an event planned, a noun object after "plan", is no statement. */
    @Test
    void anEventPlannedIsNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Skaters plan a last 'lap party' on closing night.
                The bakers' union planned two marches through Holt Square.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aPlanToStartAnythingElseOrToSpeakStays() {
        assertMentions("""
                Harbour master Ada Lund plans to call for a recount of the ballots.
                """,
                "Harbour master Ada Lund | to call for a recount of the ballots | plans | indirect");
    }
}
