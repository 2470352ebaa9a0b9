package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A verb of saying with a negative subject says nothing: "Neither side confirmed the date". */
class NegativeSubjectTest {

    @Test
    void aNegativeSubjectLeavesNothingSaid() {
        assertEquals(List.of(), cues("""
                Neither ministry immediately confirmed the figures.
                None of the Varnholt councillors commented on the vote.
                No official in Brasko has confirmed the closure.
                """));
    }

    @Test
    void aNegativeWordElsewhereOrAViewIsLeft() {
        assertEquals(List.of("said", "said", "said", "wants"), cues("""
                No, Pella Ostrand said, the ferry will not run.
                Ostrand said no decision had been made.
                The plan failed and nobody noticed, the mayor said.
                Neither side wants a second strike.
                """));
    }

    @Test
    void aPartialNegationOfAGroupNamesNoSpeakerForAnyVerb() {
        assertEquals(List.of(), cues("""
                Not every harbour pilot agreed with the board's emphasis.
                Not all analysts believe the rally in Brask will last.
                Not everyone welcomed the new toll.
                """));
    }
}
