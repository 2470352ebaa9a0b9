package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "Y, said X.": the speaker after an inverted cue. */
class InvertedSpeakerTest {

    @Test
    void aShortAdverbialMayFollowTheSpeakerOfAPlainVerbOfSaying() {
        assertMentions("""
                The talks broke down within an hour, said one union official at the meeting.
                The crossing will reopen in May, says a spokeswoman on Tuesday.
                """,
                "one union official | The talks broke down within an hour | said | indirect",
                "a spokeswoman | The crossing will reopen in May | says | indirect");
    }

    @Test
    void aBareVerbBeforeASingularNounIsAnImperativeWithItsObject() {
        // "expect a lawsuit" cannot be "a lawsuit expects"; "say a number of engineers" is a plural speaker.
        assertMentions("""
                If the toll passes, expect a lawsuit, a ballot question, or both.
                The pier is unsafe, say a number of engineers.
                """,
                "a number of engineers | The pier is unsafe | say | indirect");
    }

    @Test
    void afterOtherVerbsTheWordsAreAnObjectNotASpeaker() {
        // What the survey found is its statement; the words after the verb are no speaker of the sentence before.
        assertMentions("A survey of ferry crews, carried out in March, found an increase in delays across the fjord.",
                "A survey of ferry crews | an increase in delays across the fjord | found | indirect");
    }
}
