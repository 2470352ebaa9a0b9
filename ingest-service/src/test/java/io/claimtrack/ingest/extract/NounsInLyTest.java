package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 46: a noun ending in -ly ("supply", "assembly") inside a speaker's phrase is no adverb ending
 * the phrase, so "Veldia's supply ministry said" has its speaker; an -ly adverb before the verb still ends it.
 */
class NounsInLyTest {

    @Test
    void aNounInLyStaysInThePhrase() {
        assertMentions("Veldia's supply ministry said it had enough rice in storage for six months.",
                "Veldia's supply ministry | it had enough rice in storage for six months | said | indirect");
        assertMentions("The assembly speaker said the sitting would resume on Monday.",
                "The assembly speaker | the sitting would resume on Monday | said | indirect");
    }

    @Test
    void anAdverbStillEndsThePhrase() {
        assertMentions("The trade ministry quickly said it had enough rice.",
                "The trade ministry | it had enough rice | said | indirect");
    }
}
