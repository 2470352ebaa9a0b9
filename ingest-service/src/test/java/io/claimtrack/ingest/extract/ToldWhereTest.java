package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where, how and when something was told are no part of it: "told The Harwick Herald by phone from a hospital
 * where ...", "testified under a cooperation agreement", "..., officials said, a move that ...".
 */
class ToldWhereTest {

    @Test
    void theListenerAndWhereItWasToldAreNoContent() {
        assertMentions("""
                “We landed and then it just stopped,” passenger Tova Lind, 29, told The Harwick Herald by phone from a hospital where she was being treated for a broken wrist.
                """,
                "passenger Tova Lind | “We landed and then it just stopped,” | told | direct");
    }

    @Test
    void whatWasToldAfterWhereItWasToldIsKept() {
        assertMentions("""
                Marta Olsen told The Harwick Herald by phone from a hospital where she was recovering that the crash was avoidable.
                Pate also told Ridge News he would support Ana Holm in a general election.
                Berg told Harbour Radio host Ola Sand on Thursday how surprised he was by the vote.
                """,
                "Marta Olsen | the crash was avoidable | told | indirect",
                "Pate | he would support Ana Holm in a general election | told | indirect",
                "Berg | how surprised he was by the vote | told | indirect");
    }

    @Test
    void testimonyUnderAnAgreementSaysNothing() {
        AnnotatedDocument doc = Pipeline.attribute("""
                The case turned on the testimony of the builder, Rafe Morland, who testified under a cooperation agreement.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void theNarratorsNameForTheNewsAfterTheCueIsNoStatement() {
        assertMentions("""
                Tarland will ban exports of raw timber from 2028, three people with knowledge of the matter said on Tuesday, a move that could raise prices for furniture makers.
                """,
                "three people with knowledge of the matter | Tarland will ban exports of raw timber from 2028 | said | indirect");
    }

    /**
     * Round 60 (older): "..., the chief executive said in a message to staff on Monday, the latest in a series of cuts"
     * is the narrator's, as "a move that" is; "..., the agency said on Friday, and B" is a parenthetical cue with "on"
     * before its weekday, as "said Friday, and B" was: the sentence around it, not "and B" alone.
     */
    @Test
    void theLatestOfTheKindAfterTheCueIsTheNarratorsAndOnAWeekdayKeepsTheCueParenthetical() {
        assertMentions("""
                Mossgrove, the online furniture retailer, will close two of its four warehouses, the company's chief executive said in a message to staff on Monday, the latest in a series of cuts at retailers hit by falling sales.
                The number of measles cases in the Brenmark district has risen to 84, the Ostland Health Agency said on Friday, and the outbreak has reached three schools in Selvo.
                """,
                "the company's chief executive | Mossgrove, the online furniture retailer, will close two of its four warehouses | said | indirect",
                "the Ostland Health Agency | The number of measles cases in the Brenmark district has risen to 84, the Ostland "
                        + "Health Agency said on Friday, and the outbreak has reached three schools in Selvo | said | indirect");
    }

    @Test
    void aListenerToldWhatOrHowGivesNoWords() {
        AnnotatedDocument doc = Pipeline.attribute("""
                For an hour on Tuesday, the parents of Lina Marsh stood at a lectern and told the driver who hit her what the crash had cost them.
                Her brother Oskar Marsh told the jury how the boat had capsized.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aClauseBeforeTheQuestionWordStaysWhatWasTold() {
        assertMentions("""
                Ilse Varga told reporters the mayor knew what the repairs would cost.
                """,
                "Ilse Varga | the mayor knew what the repairs would cost | told | indirect");
    }
}
