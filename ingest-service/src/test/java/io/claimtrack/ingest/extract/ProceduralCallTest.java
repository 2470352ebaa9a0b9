package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A chair's call for a recess or an adjournment runs the sitting and says nothing; a call for a measure is a position. */
class ProceduralCallTest {

    @Test
    void aCallForARecessOrAnAdjournmentIsNoStatement() {
        assertMentions("""
                Chairwoman Lena Voss twice called for a recess to calm the room.
                The presiding judge called for a brief adjournment.
                """);
    }

    @Test
    void aCallForAMeasureIsLeftAlone() {
        assertMentions("""
                Chairwoman Lena Voss called for a ban on phones in classrooms.
                """,
                "Chairwoman Lena Voss | a ban on phones in classrooms | called for | indirect");
    }

    /** Round 49: minutes' "called the meeting to order" opens the sitting; "called on the council to order a review" is a call. */
    @Test
    void aSittingCalledToOrderIsNoStatement() {
        assertMentions("""
                The Chair called the meeting to order at 6:31 p.m.
                The union called on the council to order a review.
                """,
                "The union | the council to order a review | called on | indirect");
    }
}
