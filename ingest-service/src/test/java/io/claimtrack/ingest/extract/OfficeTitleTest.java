package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A title whose "of" names its office is one speaker phrase, even when the office is also a cue word ("state"). */
class OfficeTitleTest {

    @Test
    void theHeadOfStateIsNotTheHead() {
        assertMentions("The head of state said the bridge would open in May.",
                "The head of state | the bridge would open in May | said | indirect");
        assertMentions("The secretary of state told reporters that the talks had failed.",
                "The secretary of state | the talks had failed | told | indirect");
        assertMentions("“The talks have failed,” the secretary of state said.",
                "the secretary of state | “The talks have failed,” | said | direct");
    }

    @Test
    void aCueVerbAfterItsSubjectStaysACue() {
        assertMentions("The ministers state that the talks have failed.",
                "The ministers | the talks have failed | state | indirect");
    }
}
