package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** The bounds of what was said around its cue (issue 9). */
class ReportedContentTest {

    /** Round 49: a preposition's phrase, then "were" and the subject, is an inverted clause, not a lone adverbial. */
    @Test
    void anInvertedSentenceBeforeTheSpeakerIsWhatWasSaid() {
        assertMentions("""
                A tug capsized near the breakwater on Sunday.
                Among the rescued were three deckhands and a pilot from Tromsø, she said.
                """,
                "she | Among the rescued were three deckhands and a pilot from Tromsø | said | indirect");
    }

    @Test
    void aClauseInsideTheAdverbialLeavesItAdverbial() {
        assertMentions("In a speech that was carried on harbour radio, he said.");
        assertMentions("After the vote was counted, the pilots said.");
    }
}
