package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** "The 58-year-old told ...": the person the text has just named, past sentences that name no person in full. */
class AgeDescriptionsTest {

    @Test
    void aSentenceNamingOnlyAPartyOrAFigureIsPassedOver() {
        AnnotatedDocument doc = extract("""
                VARNHOLM (AP) — Norland's finance minister narrowly kept her job in a vote on Tuesday.

                Ragna Solheim won the vote 98-91 after a long debate. Fourteen members of her Harbour Party abstained.

                "I heard every word of it," the 58-year-old told lawmakers after the vote.
                """);
        assertSpeaker(doc, "\"I heard every word of it,\"", "Ragna Solheim");
    }

    @Test
    void anotherPersonNamedInBetweenIsStillTheOneJustNamed() {
        AnnotatedDocument doc = extract("""
                Ragna Solheim won the vote 98-91 after a long debate. Fourteen members of the Harbour Party abstained. \
                Party whip Odd Brekke, 44, voted against her.

                "I heard every word of it," the 44-year-old told lawmakers after the vote.
                """);
        assertSpeaker(doc, "\"I heard every word of it,\"", "Odd Brekke");
    }

    /**
     * Round 61: "The father of three said" is the person just named, as an age is, even one the text gave an age;
     * "the mother of two" after a man named is not him.
     */
    @Test
    void aParentOfACountIsThePersonJustNamed() {
        AnnotatedDocument doc = extract("""
                FENWICK — The county wants to close the Harlow Road clinic in March.

                Osric Vandermeulen-Pryce, 39, who drives a school bus on the same road, sees it another way. The father \
                of three said he would rather drive an hour than lose the bus route.

                Helena Achebe-Rowe runs the clinic's front desk. The father of two said the clinic saves lives.
                """);
        assertSpeaker(doc, "he would rather drive an hour than lose the bus route", "Osric Vandermeulen-Pryce");
        assertSpeaker(doc, "the clinic saves lives", "The father of two");
    }
}
