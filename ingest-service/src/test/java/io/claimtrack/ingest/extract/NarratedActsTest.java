package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 46: acts told with a verb of saying are no statements: a telephone line rung, a reply placed only in
 * time, a time remembered in some manner, a participle adjective after a verb ("fought repeated warnings"), and a
 * pluperfect agreement on a thing before a clause of its own. Words said in each stay.
 */
class NarratedActsTest {

    @Test
    void aLineRungIsACall() {
        assertEquals(List.of(), contents("A neighbour called the council's non-emergency line at 6 a.m. after the dog stopped barking."));
        assertEquals(List.of(), contents("Sightings of the heron can be reported by calling the helpline 0800 4411 or by e-mail."));
        assertEquals(1, contents("The mayor called the hotline a waste of money.").size());
    }

    @Test
    void aReplyPlacedOnlyInTimeSaysNothing() {
        assertEquals(List.of(), contents("The ministry replied the following evening, two hours before the strike began."));
        assertEquals(List.of("the strike was illegal"), contents("The ministry replied the next morning, saying the strike was illegal."));
    }

    @Test
    void aTimeRememberedDifferentlyTellsNoMemory() {
        assertEquals(List.of(), contents("Oddvar Brekke remembers that winter differently than his sister."));
        assertEquals(List.of(), contents("Brekke remembers that morning differently than the people who admire the picture."));
        assertEquals(List.of("the winter was hard"), contents("Oddvar Brekke remembers that the winter was hard."));
    }

    @Test
    void aParticipleAfterAVerbIsItsObjectsAdjective() {
        assertEquals(List.of("said"), Pipeline.cues("The crew fought repeated engine warnings for an hour, the board said."));
        assertEquals(List.of("repeated"), Pipeline.cues("The minister repeated false figures about the port."));
    }

    @Test
    void anAgreementOnAThingBeforeAClauseIsBackground() {
        assertEquals(List.of("the two unions had agreed on a new wage scale, but had failed to agree on overtime"),
                contents("Ragna Holt said the two unions had agreed on a new wage scale, but had failed to agree on overtime."));
    }

    private static List<String> contents(String text) {
        return Pipeline.contents(extract(text));
    }
}
