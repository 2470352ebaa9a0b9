package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A short quotation in single marks on a line of its own, where speech is in double marks, is a section subhead. */
class SubheadQuoteTest {

    @Test
    void aSingleMarkedLineAmongDoubleMarkedSpeechIsNoFollowOn() {
        assertMentions("""
                "The ferries will run," Mayor Vik said.

                'A harbour reborn.'

                – ‘Who pays?’ –.

                The pier reopened in May.
                """,
                "Mayor Vik | \"The ferries will run,\" | said | direct");
    }

    @Test
    void whereSpeechIsInSingleMarksTheLineIsSpeech() {
        assertMentions("""
                ‘The ferries will run,’ Mayor Vik said.

                ‘We will be back next year.’
                """,
                "Mayor Vik | ‘The ferries will run,’ | said | direct",
                "Mayor Vik | ‘We will be back next year.’ |  | direct");
    }

    @Test
    void aDoubleMarkedLineStillContinuesTheSpeaker() {
        assertMentions("""
                "The ferries will run," Mayor Vik said.

                "A harbour reborn."
                """,
                "Mayor Vik | \"The ferries will run,\" | said | direct",
                "Mayor Vik | \"A harbour reborn.\" |  | direct");
    }
}
