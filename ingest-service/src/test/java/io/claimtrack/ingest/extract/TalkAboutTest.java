package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "talked about X" reports what the speaker said, as "spoke about X" does; "talks" the noun is no cue. */
class TalkAboutTest {

    @Test
    void whatWasTalkedAboutIsTheStatement() {
        assertMentions("""
                Holm talked about the need for a second pier.
                Mayor Berg often talks about growing up on the island.
                """,
                "Holm | the need for a second pier | talked about | indirect",
                "Mayor Berg | growing up on the island | talks about | indirect");
    }

    @Test
    void theListenerOrTheMannerMayStandBeforeTheTopic() {
        assertMentions("""
                Activist Ada Lund talks to Berg about the issue of ferry fares in the film.
                Holm talked openly on social media about her plans for the pier.
                """,
                "Activist Ada Lund | the issue of ferry fares in the film | talks | indirect",
                "Holm | her plans for the pier | talked | indirect");
        assertEquals(List.of(), cues("""
                The talks with the union about the pier stalled.
                """));
    }

    @Test
    void theNounTalksIsNoCue() {
        assertEquals(List.of(), cues("""
                The talks about the pier stalled in May.
                Peace talks about the border resumed on Monday.
                Holm talked to the pilots.
                """));
    }
}
