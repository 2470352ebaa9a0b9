package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 58: a candidate declared elected, a sitting declared closed, a headline's "declared winner": acts. */
class DeclaredResultsTest {

    @Test
    void aCandidateDeclaredElectedIsAnAct() {
        assertEquals(List.of("declared"), cues("""
                The Returning Officer, Ms. Hilde Marwick-Obi, declared Mr. Aldo Fenwick-Oyelaran duly elected as the Member for Stonebridge.
                The returning officer declared him elected shortly after midnight.
                The returning officer declared that the count had been fair.
                """));
    }

    @Test
    void aSittingDeclaredClosedIsAnAct() {
        assertEquals(List.of("declared"), cues("""
                The Deputy Mayor declared the public hearing closed at 10:05 p.m.
                The chair declared this meeting adjourned until Thursday.
                The chair declared the hearing a waste of everyone's time.
                """));
    }

    @Test
    void aHeadlinesPassiveWinnerIsAnAct() {
        assertEquals(List.of(), cues("""
                Fenwick-Oyelaran declared winner in Stonebridge by-election
                """));
    }
}
