package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Adjectives of belief after a copula, with the clause believed: "is confident that", "remains convinced". */
class BeliefAdjectivesTest {

    @Test
    void anAdjectiveOfBeliefWithItsClauseIsAStatement() {
        assertMentions("""
                The harbour master is confident that the new pier will open in May.
                Councillor Holm remains convinced the ferry vote was rigged.
                Commuters are increasingly worried that fares will rise again.
                The union has been acutely aware that the contract is close to expiring.
                """,
                "The harbour master | the new pier will open in May | confident | indirect",
                "Councillor Holm | the ferry vote was rigged | remains convinced | indirect",
                "Commuters | fares will rise again | worried | indirect",
                "The union | the contract is close to expiring | aware | indirect");
    }

    @Test
    void anAdjectiveOfFeelingWithItsClauseIsAStatement() {
        assertMentions("""
                The pilots were frustrated that the port released only some of the logs.
                Island councillors have been especially upset that the ferry fund was cut.
                Commuters are shocked that Karin Lund is leading the ferry poll.
                """,
                "The pilots | the port released only some of the logs | frustrated | indirect",
                "Island councillors | the ferry fund was cut | upset | indirect",
                "Commuters | Karin Lund is leading the ferry poll | shocked | indirect");
    }

    @Test
    void aFeelingWithoutItsClauseOrNegatedAssertsNothing() {
        assertEquals(List.of(), cues("""
                The pilots were frustrated by the delays.
                Holm was pleased with the new pier.
                The skippers weren't surprised that the vote failed.
                The harbour board was not happy that the fares rose.
                An angry Berg left the quay.
                """));
    }

    @Test
    void withoutTheClauseOrNegatedTheAdjectiveAssertsNothing() {
        assertEquals(List.of(), cues("""
                Mayor Vik is sure to win the ferry vote.
                The harbour board was confident in its pilots.
                Lund is not sure the plan works.
                Berg isn't convinced that the pier is safe.
                A worried Holm left the quay early.
                Commuters were concerned about the fares.
                """));
    }

    @Test
    void hopeInsideAnotherSpeakersReportIsPartOfThatReport() {
        assertMentions("According to the pilots, the harbour board remains hopeful that the pier will reopen.",
                "the pilots | the harbour board remains hopeful that the pier will reopen | According to | indirect");
    }

    /**
     * Round 53: "satisfied that" is a finding's belief ("I am, however, satisfied that", a judge's, is in
     * {@code AuthorVoiceStageTest}); "satisfied with the hull" has no clause.
     */
    @Test
    void satisfiedWithItsClauseIsAFinding() {
        assertMentions("""
                The inspector is satisfied that the hull was sound.
                The owners are satisfied with the new hull.
                """,
                "The inspector | the hull was sound | satisfied | indirect");
    }

    /**
     * Round 61: a decider's "not persuaded" / "not satisfied" finding, "also" or not, is a statement of its own, and a
     * report inside it is the decider's doubt, no statement of the one it names; "is not sure" stays none.
     */
    @Test
    void aDecidersNegatedFindingIsAStatementAndWhatItDoubtsIsNoOnesReport() {
        assertMentions("""
                The Tribunal is also not satisfied that the eviction notice was served on time.
                The Commissioner is not persuaded that the parking signs told drivers that their plates would be read.
                The harbour master is not sure the pier will open in May.
                """,
                "The Tribunal | the eviction notice was served on time | satisfied | indirect",
                "The Commissioner | the parking signs told drivers that their plates would be read | persuaded | indirect");
    }
}
