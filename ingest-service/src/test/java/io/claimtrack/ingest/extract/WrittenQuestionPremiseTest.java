package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertOnlyStatement;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A written question with a premise: "Mr Holm asked the Minister, further to the warning by the union that ten depots
 * could close, what support ...". The premise is the union's statement through its noun; the member asks, says nothing.
 */
class WrittenQuestionPremiseTest {

    @Test
    void thePremiseIsTheWarnersAndTheQuestionNoStatement() {
        assertOnlyStatement("""
                Ms Runa Falk (Coastal Party) asked the Minister of Fisheries, further to the warning by the Federation of \
                Net Makers that up to 30 workshops could shut next winter, what help the Government will give to small \
                harbours.
                """, "up to 30 workshops could shut next winter", "Federation of Net Makers");
    }

    @Test
    void aStatementByAPlaceBodyInViewOf() {
        assertOnlyStatement("""
                Mr Petter Dahl (Farmers' League) asked the Minister of Roads, in view of the statement by the district of \
                Nordhavn that bus tickets would cost a fifth more from March, whether the Government will raise the \
                transport grant.
                """, "bus tickets would cost a fifth more from March", "the district of Nordhavn");
    }

    @Test
    void aRequestSetOffByAnAsideStaysTheAsker() {
        List<String> said = contents(extract("""
                Mayor Ola Brenna asked the harbour board, as the dockers' union had done in June, to delay the vote on \
                the new cranes.
                """));
        assertEquals(List.of("the harbour board, as the dockers' union had done in June, to delay the vote on the new cranes"), said);
    }

    @Test
    void aStatementThatIsARelativeClauseGivesNoContent() {
        List<String> said = contents(extract("""
                The council discussed the statement by the harbour master that was read out on Monday, and the \
                chairman said the piers would be repaired in spring.
                """));
        assertEquals(List.of("the piers would be repaired in spring"), said);
    }
}
