package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A speaker separated from its cue by a time phrase, a workplace, a clause or a medium (issue 10, class 4). */
class SeparatedSpeakerTest {

    @Test
    void timePhraseBetweenSpeakerAndCue() {
        assertMentions("Prime Minister Ida Lang on Monday said taxes would fall.",
                "Prime Minister Ida Lang | taxes would fall | said | indirect");
        assertMentions("Governor Alan Pryce late Friday said the state would sue.",
                "Governor Alan Pryce | the state would sue | said | indirect");
        assertMentions("The union earlier this week said the strike would go on.",
                "The union | the strike would go on | said | indirect");
    }

    @Test
    void workplaceAfterTheNameIsNoPartOfTheSpeaker() {
        assertMentions("Professor Jane Hill at the University of Toronto says the data are clear.",
                "Professor Jane Hill | the data are clear | says | indirect");
    }

    @Test
    void relativeClauseBetweenSpeakerAndCue() {
        assertMentions("Tom Olsen, who led the union for a decade, said the deal was fair.",
                "Tom Olsen | the deal was fair | said | indirect");
    }

    @Test
    void statementIssuedThroughAMedium() {
        assertMentions("The ministry issued a statement saying the convoy had arrived.",
                "The ministry | the convoy had arrived | saying | indirect");
    }

    @Test
    void sentenceOpeningConjunctionIsNoPartOfTheSpeaker() {
        assertMentions("And regulators say the merger will hurt prices.",
                "regulators | the merger will hurt prices | say | indirect");
    }

    @Test
    void pronounAfterTheContent() {
        assertMentions("The navy has lost two ships, it noted.",
                "it | The navy has lost two ships | noted | indirect");
    }
}
