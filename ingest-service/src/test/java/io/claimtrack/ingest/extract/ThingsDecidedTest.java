package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A choice or a building rejected, a building proposed by its count, a winner announced: decisions, no words. */
class ThingsDecidedTest {

    @Test
    void aChoiceOrABuildingRejectedIsADecision() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Planning board rejects 90-foot mast near school

                Mayor Holm rejected that option last week. The council rejected both alternatives in May.
                The planning board rejected the warehouse on Tuesday.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aBuildingProposedByItsCountAndAWinnerAnnouncedAreActs() {
        AnnotatedDocument doc = Pipeline.attribute("""
                The builder, Harlow Estates, has proposed 90 flats on the site, and the council has not yet taken up the plan.
                The show committee also announced this year's grand champion ram, a Suffolk raised by Ada Lint of Marrow.
                The jury announced the winners of the Tarn poetry prize on Friday.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aClaimRejectedAProposalMadeAndNewsAnnouncedStayStatements() {
        assertMentions("""
                Mayor Ida Holm rejected that account. Councillor Tor Vik proposed a joint fund for the two towns.
                The ferry company announced the closure of its Arlby office.
                """,
                "Mayor Ida Holm | that account | rejected | indirect",
                "Councillor Tor Vik | a joint fund for the two towns | proposed | indirect",
                "The ferry company | the closure of its Arlby office | announced | indirect");
    }
}
