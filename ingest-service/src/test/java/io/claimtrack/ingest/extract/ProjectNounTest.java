package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "project" the noun is no cue; the verb of forecasting is one. */
class ProjectNounTest {

    @Test
    void theNounProjectIsNoCue() {
        assertEquals(List.of("project", "projected"), cues("""
                Hovel dam project stalls after flood

                The project manager, Ole Brisk, was not available. The ministry's project had cost $40 million.

                Analysts project that growth in Kelm will slow.

                The bank projected growth of 2 percent.
                """));
    }

    /** Round 54: "projects whose permits are old": a noun before a relative "whose", no verb of forecasting. */
    @Test
    void projectsBeforeWhoseIsTheNoun() {
        assertEquals(List.of("warns"), cues("""
                Justice Orlov warns that the ruling may hold up other schemes and projects whose permits are several years old.
                """));
    }
}
