package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A document's mention: the names of two sponsors joined by a slash are one ("a Harbour Times/Channel Four poll"),
 * when it came out is no part of it ("released Sunday"), and it is no "they".
 */
class DocumentMentionTest {

    /** The speaker of {@code content} in a story of one lead sentence and {@code paragraph}. */
    private static void assertSpeakerAfterLead(String paragraph, String content, String speaker) {
        assertSpeaker(extract("The harbour board met on Friday.\n\n" + paragraph + "\n"), content, speaker);
    }

    @Test
    void aSlashJoinsTwoSponsorsOfOnePoll() {
        assertSpeakerAfterLead("Most residents back the plan, according to a Harbour Times/Channel Four poll.",
                "Most residents back the plan", "a Harbour Times/Channel Four poll");
    }

    @Test
    void theDayAPollCameOutIsNoSpeaker() {
        assertSpeakerAfterLead("Most residents back the plan, according to a Harbour Times poll released Sunday.",
                "Most residents back the plan", "a Harbour Times poll");
        assertSpeakerAfterLead("A Tarnby University survey conducted last week found that the quay is unsafe.",
                "the quay is unsafe", "A Tarnby University survey");
    }

    @Test
    void whoMadeItStaysInItsMention() {
        assertSpeakerAfterLead("Most residents back the plan, according to exit polls conducted for Tarnby Radio.",
                "Most residents back the plan", "exit polls conducted for Tarnby Radio");
    }

    /** A notice filed with the state says what it announces, as a report does. */
    @Test
    void aNoticeIsADocumentThatSays() {
        assertSpeakerAfterLead("The company filed a notice of the closure with the state on Monday. The notice says the "
                + "plant will close on March 1.", "the plant will close on March 1", "The notice");
    }

    @Test
    void theyIsNoDocument() {
        assertSpeaker(extract("""
                Harbour pilots met the board on Friday. The pilots said the quay is unsafe.

                The cranes are old, according to a survey filed last week. They say the board must act.
                """), "the board must act", "The pilots");
    }
}
