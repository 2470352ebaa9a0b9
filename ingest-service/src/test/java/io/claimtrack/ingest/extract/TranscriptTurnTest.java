package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A transcript's turn ("Anders Moe: Good morning. ...") is no headline naming the body a later description
 * stands for: "The fishermen's association says" inside a question is the association's.
 */
class TranscriptTurnTest {

    @Test
    void aBodyNamedInAQuestionIsNotTheSpeakerOfTheTurnBefore() {
        AnnotatedDocument doc = extract("""
                Fisheries Minister Takes Questions on Quota Plan

                The following is an excerpt from Monday's news conference at the fisheries ministry.

                Anders Moe: Good morning. The new quota plan will go to parliament next month, and we expect it to \
                pass before summer.

                Question: The fishermen's association says the plan will close a third of the harbours. Is that right?

                Anders Moe: No. Not one harbour will close because of this plan, and the fund will help the smallest boats.

                Question: The coast guard says it lacks the ships to enforce it.

                Anders Moe: We will lease two more vessels this year.
                """);
        assertSpeaker(doc, "the plan will close a third of the harbours", "The fishermen's association");
        assertSpeaker(doc, "it lacks the ships to enforce it", "The coast guard");
        assertSpeaker(doc, "We will lease two more vessels this year", "Anders Moe");
    }
}
