package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** The speaker phrase right before a cue (issue 9). */
class SpeakerPhrasesTest {

    /** Round 49: "at least" bounds the figure of a subject after a conjunction, no preposition's phrase. */
    @Test
    void aBoundOnTheFigureAfterAConjunctionOpensTheSubject() {
        assertMentions("The harbour board is divided, and at least five pilots have said they will not sail.",
                "at least five pilots | they will not sail | said | indirect");
    }

    /** Round 50: a place adverb after the subject's head ("Officials there say") is no part of the phrase and no end to it. */
    @Test
    void aPlaceAdverbAfterTheSubjectBelongsToIt() {
        assertMentions("""
                Officials there say the ferry will not run until May.
                Her campaign workers here said they had knocked on every door.
                Is there said to be a plan?
                """,
                "Officials | the ferry will not run until May | say | indirect",
                "Her campaign workers | they had knocked on every door | said | indirect");
    }
}
