package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-fourth round: "The two sisters said", "Both men", "the couple" just after a sentence that names
 * two people speak as both of them. A count the sentence does not name, a group of things, or a sentence naming a
 * third person keeps the mention.
 */
class NamedPairTest {

    @Test
    void theTwoSistersAreTheTwoJustNamed() {
        assertSpeaker(extract("""
                LANGVIK — The cannery closed on Friday.

                Few plan to leave. Ada and Mette Rosvall, sisters who have packed herring there since 1998, both own \
                houses in town. The two sisters said they would look for work along the coast.
                """), "they would look for work along the coast", "Ada Rosvall and Mette Rosvall");
    }

    @Test
    void bothMenAfterTwoNamedAreTheTwo() {
        assertSpeaker(extract("""
                Coach Piet Allgaard and his captain, Jonas Fremby, left the stadium by a side door.
                Both men said the referee had decided the match.
                """), "the referee had decided the match", "Piet Allgaard and Jonas Fremby");
    }

    /** Three people just named: "the two" of them is not said. */
    @Test
    void aThirdPersonKeepsTheMention() {
        assertSpeaker(extract("""
                Coach Piet Allgaard, his captain, Jonas Fremby, and the club's owner, Lise Harnow, left by a side door.
                Both men said the referee had decided the match.
                """), "the referee had decided the match", "Both men");
    }

    /** "The two companies" are no people, whoever runs them. */
    @Test
    void aGroupOfThingsKeepsTheMention() {
        assertSpeaker(extract("""
                Orla Brandt of Norvik Timber and Henrik Saal of Ostby Paper signed the merger papers on Monday.
                The two companies said the merger would close by June.
                """), "the merger would close by June", "The two companies");
    }
}
