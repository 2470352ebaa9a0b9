package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** The content of a cue whose speaker stands before it. */
class SpeakerBeforeCueTest {

    @Test
    void aParentheticalCueInsideTheSentenceAttributesTheWholeSentence() {
        assertMentions("The average weekly benefit, the report says, would be $300.",
                "the report | The average weekly benefit, the report says, would be $300 | says | indirect");
    }

    @Test
    void statementStopsAtASemicolonAfterATrailingSpeaker() {
        assertMentions("To win the port, the party needs 40 percent of the vote, analysts say; in 2019 it won 27 percent.",
                "analysts | To win the port, the party needs 40 percent of the vote | say | indirect");
    }

    @Test
    void pluralPeopleAfterTheContentSpeakWithoutALexiconEntry() {
        assertMentions("""
                The pier will not reopen this year, boat owners said.
                As part of the review, the council will close the pier, former engineers said.
                As expected, officials said.
                """,
                "boat owners | The pier will not reopen this year | said | indirect",
                "former engineers | As part of the review, the council will close the pier | said | indirect");
    }

    @Test
    void attributionInsideAWhichClause() {
        assertMentions("The new fares, which officials said will apply from May, do not cover the ferries.",
                "officials | will apply from May | said | indirect");
    }

    @Test
    void aTimeClauseOrParticipleAfterATrailingSpeakerIsNoContentAndADatelineNeither() {
        assertMentions("""
                OSLO \u2015 The bridge is a hazard to all commuters, union leaders said Friday afternoon, as they gathered at the pier.
                Ferries will sail again on Friday, the union said, adding that fares would rise.
                """,
                "union leaders | The bridge is a hazard to all commuters | said | indirect",
                "the union | Ferries will sail again on Friday | said | indirect",
                "the union | fares would rise | adding | indirect");
    }

    @Test
    void aCueWhoseContentIsOnlyAParticipleLeavesItToTheParticiple() {
        assertMentions("The port chairman Ivo Berg said in a statement, adding that the quay would reopen.",
                "The port chairman Ivo Berg | the quay would reopen | adding | indirect");
    }

    @Test
    void aThatInsideTheContentsOwnClauseIsNoComplementiser() {
        assertMentions("""
                Locals say the council already tried to do that with the old pier.
                Pryce said on Tuesday in Brussels that the bank was independent.
                """,
                "Locals | the council already tried to do that with the old pier | say | indirect",
                "Pryce | the bank was independent | said | indirect");
    }
}
