package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "spoke of X", "has spoken about X": what the speaker spoke of is what was said; "spoke to X" is an action. */
class SpokeOfTest {

    @Test
    void whatWasSpokenOfIsTheStatement() {
        assertMentions("""
                Chief Judge Ada Lund spoke of the long fight for the harbour.
                She has spoken about the need for a second pier.
                Mayor Berg often speaks of the ferry strike of 1998.
                Tor Vik, who spoke about his early years on the island, said the ferry saved the town.
                """,
                "Chief Judge Ada Lund | the long fight for the harbour | spoke of | indirect",
                "She | the need for a second pier | spoken about | indirect",
                "Mayor Berg | the ferry strike of 1998 | speaks of | indirect",
                "Tor Vik | his early years on the island | spoke about | indirect",
                "Tor Vik | the ferry saved the town | said | indirect");
    }

    @Test
    void theMannerOrTheListenerMayStandBeforeTheTopic() {
        assertMentions("""
                Holm spoke at length about the need for a second pier.
                Mayor Berg spoke to the Harbour Times on Monday about the ferry strike.
                Lund speaks more openly in public about the fares than about the tolls.
                """,
                "Holm | the need for a second pier | spoke | indirect",
                "Mayor Berg | the ferry strike | spoke | indirect",
                "Lund | the fares than about the tolls | speaks | indirect");
        // Where it was spoken: "of" after a place belongs to the place's noun.
        assertEquals(0, Pipeline.attribute("""
                Holm spoke at a gathering of pilots on Friday.
                """).attributions.size());
    }

    @Test
    void anAsClauseWithTheVerbsObjectIsATimeClause() {
        // Not "As Holm noted, Y": what the video showed is no part of what Holm spoke about.
        assertMentions("""
                As Holm spoke about how the pier had been flooded, a fisherman hauled in the nets.
                """,
                "Holm | how the pier had been flooded | spoke about | indirect");
    }

    @Test
    void speakingToSomeoneOrAnAsideIsNoStatementOfItsOwn() {
        assertEquals(0, Pipeline.attribute("""
                Holm spoke to the pilots on Monday.
                """).attributions.size());
        assertMentions("""
                The council, speaking of the budget, said it would cut fares.
                """,
                "The council | it would cut fares | said | indirect");
    }

    /**
     * Issue 10, thirty-sixth round (set S's list of misses, class F4): "spoke about this in detail on Monday" points
     * back to what was said elsewhere and says nothing here; "spoke about this plan" names its topic.
     */
    @Test
    void aPronounAloneAsTheTopicIsNoStatement() {
        assertMentions("""
                The harbour master spoke about this in detail on Monday.
                Mayor Berg spoke of it again at the council.
                Holm spoke about this plan at length.
                """,
                "Holm | this plan at length | spoke about | indirect");
    }
}
