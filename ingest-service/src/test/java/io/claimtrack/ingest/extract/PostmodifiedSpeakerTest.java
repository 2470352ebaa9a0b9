package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A speaker with a postmodifier ("close to", "familiar with") before the cue. */
class PostmodifiedSpeakerTest {

    @Test
    void thoseWithAPostmodifierSpeak() {
        assertMentions("""
                Those close to the mayor say she will not run again.
                Those familiar with the ferry talks said a deal was near.
                """,
                "Those close to the mayor | she will not run again | say | indirect",
                "Those familiar with the ferry talks | a deal was near | said | indirect");
    }

    @Test
    void thosePresentAtAnEventSpeak() {
        // "present at" places the speakers, as "close to" does; "The officials present the plan" keeps its verb.
        assertMentions("""
                Was the vote rushed? Two people present at the final meeting said it had lasted less than an hour.
                Those present at the hearing said the chair cut it short.
                """,
                "Two people present at the final meeting | it had lasted less than an hour | said | indirect",
                "Those present at the hearing | the chair cut it short | said | indirect");
    }

    @Test
    void thePostmodifiersObjectMayBeAPronoun() {
        assertMentions("""
                Those close to him say that he will sign.
                A source familiar with it said the vote was delayed.
                """,
                "Those close to him | he will sign | say | indirect",
                "A source familiar with it | the vote was delayed | said | indirect");
    }

    @Test
    void aPhraseThatDoesNotOpenItsClauseIsNoSpeaker() {
        // "officials close to him" is the report's topic; the report, which an "about" phrase modifies, speaks.
        assertMentions("The report about officials close to him said the fund was empty.",
                "The report | the fund was empty | said | indirect");
    }
}
