package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 46: a participle of intent after a noun's possessive ("the insurer's planned takeover") is the
 * adjective of what was intended, no cue; a possessive's "repeated claim that" and "had planned to" stay cues.
 */
class PlannedTakeoverTest {

    @Test
    void anOwnersPlannedDealIsNoCue() {
        assertEquals(List.of("said"), Pipeline.cues(
                "Regulators in Dunmore stopped Hallbeck Insurance's planned $2 billion purchase of a rival, the agency said."));
        assertEquals(List.of("said"), Pipeline.cues(
                "The city blocked the ferry company's proposed merger with Isle Lines, a spokesman said."));
    }

    @Test
    void aRepeatedClaimOrAPlanToActStays() {
        assertEquals(List.of("repeated claim"), Pipeline.cues("Lindqvist's repeated claim that the ferry was safe angered the families."));
        assertEquals(List.of("planned"), Pipeline.cues("The mayor planned to ask the harbour board for a new ferry terminal."));
    }
}
