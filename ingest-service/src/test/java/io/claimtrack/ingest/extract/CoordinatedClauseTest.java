package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A second clause after a comma and a conjunction, whose own subject and cue start a statement of their own. */
class CoordinatedClauseTest {

    @Test
    void aBareCommonNounAfterTheConjunctionSpeaksAndTheFirstStatementStopsBeforeIt() {
        assertMentions("""
                The mayor said the bridge was safe, and engineers warned that its cables were rusting.
                Holm insisted the ferry would run, while harbour pilots argued that the channel was too shallow.
                The council approved the fares; commuter groups say they are too high.
                """,
                "The mayor | the bridge was safe | said | indirect",
                "engineers | its cables were rusting | warned | indirect",
                "Holm | the ferry would run | insisted | indirect",
                "harbour pilots | the channel was too shallow | argued | indirect",
                "commuter groups | they are too high | say | indirect");
    }

    @Test
    void wordsWithAPronounOrAPossessiveBeforeTheVerbAreNoSpeaker() {
        assertMentions("""
                Holm said the ferry was late, and he trails pledged delegates by a wide margin.
                Holm said the ferry was late, but the captain turned his eyes feel heavy.
                """,
                "Holm | the ferry was late, and he trails pledged delegates by a wide margin | said | indirect",
                "Holm | the ferry was late, but the captain turned his eyes feel heavy | said | indirect");
    }
}
