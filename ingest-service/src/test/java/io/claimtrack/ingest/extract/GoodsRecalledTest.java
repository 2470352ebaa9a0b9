package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A recall of goods over a fault, or off the shelves, is an act; a memory recalled is said. */
class GoodsRecalledTest {

    @Test
    void goodsRecalledOverAFaultAreAnAct() {
        assertEquals(List.of(), cues("""
                Watchdog recalls Dunmore asthma inhalers over faulty valves

                Brisk Foods recalled its oat bars from shelves in three provinces.
                """));
    }

    @Test
    void aMemoryRecalledIsStillSaid() {
        assertMentions("""
                Nora Vail recalled the winter the harbour froze over.
                Ilse Marr recalls that the pier was packed that night.
                """,
                "Nora Vail | the winter the harbour froze over | recalled | indirect",
                "Ilse Marr | the pier was packed that night | recalls | indirect");
    }

    /** Round 53: "has recalled all of the yogurts listed above" takes back the goods a release lists. */
    @Test
    void goodsTheReleaseListsRecalledAreAnAct() {
        assertEquals(List.of(), cues("""
                Tamsin Dairy has recalled all of the yogurts listed above and has closed the plant.
                """));
    }

    /** Round 54: a maker or seller before "recalls" takes back its goods, fault or no fault named. */
    @Test
    void aMakerRecallsItsGoods() {
        assertMentions("""
                Bikemaker recalls carbon road frames, but regulator says riders are safe

                Toymaker recalls how it began in a garage in 1994.
                """,
                "regulator | riders are safe | says | indirect",
                "Toymaker | how it began in a garage in 1994 | recalls | indirect");
    }
}
