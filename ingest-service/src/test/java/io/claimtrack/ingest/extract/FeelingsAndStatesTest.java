package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "maintain" and "feel" report a view only with a clause: "maintained a lead" and "felt betrayed" assert nothing. */
class FeelingsAndStatesTest {

    @Test
    void aStateOrAFeelingIsNoStatement() {
        assertEquals(List.of(), cues("""
                Mayor Vik maintained a comfortable lead in the polls.
                The harbour board maintains close ties with the port authority.
                The ferry crews felt betrayed by the board.
                Councillor Holm felt the need to apologise on Monday.
                The pilots feel a lot safer at night.
                """));
    }

    @Test
    void anAdjectiveOrGerundInTheObjectOpensNoClause() {
        assertEquals(List.of(), cues("""
                Mayor Vik maintains a commanding lead among pensioners.
                Councillor Holm maintained a punishing schedule into advanced age.
                """));
    }

    @Test
    void aClauseOrQuotationPastTheObjectsHeadIsNoView() {
        assertEquals(List.of(), cues("""
                The two mayors maintained "regular telephone contacts" over the winter.
                The harbour board had maintained working contacts with both unions "at every stage" of the strike.
                Mayor Vik maintained the image of a leader that the pilots admired.
                The crews maintained this faith even though it's been tested.
                """));
        assertMentions("""
                Mayor Vik maintained "the toll is unlawful."
                Councillor Holm maintained in an interview with the Gazette that the pier was safe.
                """,
                "Mayor Vik | \"the toll is unlawful.\" | maintained | direct",
                "Councillor Holm | the pier was safe | maintained | indirect");
    }

    @Test
    void aViewWithItsClauseIsAStatement() {
        assertMentions("""
                Mayor Vik maintained that the toll was unlawful.
                The pilots felt the new timetable was unsafe.
                Councillor Holm has always maintained his innocence.
                The pilots maintained the new timetable wasted fuel.
                """,
                "Mayor Vik | the toll was unlawful | maintained | indirect",
                "The pilots | the new timetable was unsafe | felt | indirect",
                "Councillor Holm | his innocence | maintained | indirect",
                "The pilots | the new timetable wasted fuel | maintained | indirect");
    }
}
