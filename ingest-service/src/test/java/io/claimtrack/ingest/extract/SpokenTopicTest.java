package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Issue 9, round 52: "report (again) to X." names only to whom a report goes ({@link SpokenTopic#reportedToOnly}). */
class SpokenTopicTest {

    @Test
    void aReportToAListenerThatEndsTheSentenceSaysNothing() {
        assertMentions("""
                The tribunal will then weigh any late claims and report back to the Governor.
                The auditors reported to the board that two payments were missing.
                """,
                "The auditors | two payments were missing | reported | indirect");
    }

    /**
     * Round 59: a thing reported to a listener ("a crack in the gate hinge to her supervisor") is an act told in
     * evidence, no statement; "reported that A" and a thing reported with no listener ("reported smoke") stay.
     */
    @Test
    void aThingReportedToAListenerSaysNothing() {
        assertMentions("""
                The lock keeper, Mara Vintner-Obi, had reported a crack in the gate hinge to her supervisor on 3 March.
                The ferry's mate reported a "loose" rudder pin to the Harbour Board.
                The pilot reported that the channel buoy had drifted.
                The crew reported smoke shortly after noon.
                """,
                "The pilot | the channel buoy had drifted | reported | indirect",
                "The crew | smoke shortly after noon | reported | indirect");
    }

    /** A bare thing reported to a listener ("lame cows to the Ministry") is an act told too. */
    @Test
    void aBareThingReportedToAListenerSaysNothing() {
        assertMentions("""
                A farmer in Dallow reported lame cows to the Ministry on 2 May.
                The crew reported smoke shortly after noon.
                """,
                "The crew | smoke shortly after noon | reported | indirect");
    }
}
