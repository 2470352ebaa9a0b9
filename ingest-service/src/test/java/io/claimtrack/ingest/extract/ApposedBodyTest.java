package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-fifth round: a body's description set off before its name ("The pilots' union, the Coastal Pilots
 * Association, said") is that body, as a person's is ("the study's lead author, Dr. Ann Lind,").
 */
class ApposedBodyTest {

    @Test
    void aBodyNamedInAppositionAfterItsDescriptionSpeaks() {
        assertSpeaker(extract("""
                Pilots protest new schedules

                The pilots' union, the Coastal Pilots Association, said the new schedules were unsafe.
                """), "the new schedules were unsafe", "Coastal Pilots Association");
    }

    /** A clause between is no apposition: "the union, which the Coastal Pilots Association joined," is the union. */
    @Test
    void aClauseBetweenIsNoApposition() {
        assertSpeaker(extract("""
                Pilots protest new schedules

                The union, which the Coastal Pilots Association joined last year, said the new schedules were unsafe.
                """), "the new schedules were unsafe", "The union");
    }

    /** Round 52: a group's description with its complement, then "the" and a body's name, is that body. */
    @Test
    void aGroupsDescriptionWithAComplementIsTheBodyNamedAfterIt() {
        assertSpeaker(extract("""
                Ferry fares to rise in May

                A trade group for ferry operators, the Inland Shipping Council, said in an email that the higher fares \
                reflected fuel costs.
                """), "the higher fares reflected fuel costs", "Inland Shipping Council");
        assertSpeaker(extract("""
                Ferry fares to rise in May

                A lobby group for grain export brokers, the Northern Grain Trade Board, said in an email that its \
                members "keep freight costs low" and that the fare rise "has many causes."
                """), "its members \"keep freight costs low\" and that the fare rise \"has many causes.\"",
                "Northern Grain Trade Board");
    }
}
