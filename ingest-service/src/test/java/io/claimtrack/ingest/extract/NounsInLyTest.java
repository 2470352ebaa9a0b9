package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 46: a noun ending in -ly ("supply", "assembly", "family") inside a speaker's phrase is no adverb ending
 * the phrase or skipped before the verb, so "Veldia's supply ministry said" and "The family said" have their speaker;
 * an -ly adverb before the verb still ends it.
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
    void aFamilyIsTheSubject() {
        assertMentions("The family said the clinic had sent him home twice.",
                "The family | the clinic had sent him home twice | said | indirect");
        assertMentions("\"We only want answers,\" his family said.",
                "his family | \"We only want answers,\" | said | direct");
        assertMentions("The Okafor family said the clinic had sent him home twice.",
                "The Okafor family | the clinic had sent him home twice | said | indirect");
        assertMentions("The driver's family said he had worked a double shift.",
                "The driver's family | he had worked a double shift | said | indirect");
    }

    @Test
    void anAdverbStillEndsThePhrase() {
        assertMentions("Okafor quickly said the clinic had sent him home twice.",
                "Okafor | the clinic had sent him home twice | said | indirect");
        assertMentions("The trade ministry quickly said it had enough rice.",
                "The trade ministry | it had enough rice | said | indirect");
    }
}
