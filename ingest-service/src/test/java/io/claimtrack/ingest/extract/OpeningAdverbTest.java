package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * An adverb that opens the sentence before the speaker's pronoun or name is no part of the speaker, nor is a
 * fronted span of time or place.
 */
class OpeningAdverbTest {

    @Test
    void lyAdverbBeforeAPronounIsNoPartOfTheSpeaker() {
        assertMentions("Recently she announced that the bridge would close in May.",
                "she | the bridge would close in May | announced | indirect");
    }

    @Test
    void timeAdverbsBeforeAPronounOrNameAreNoPartOfTheSpeaker() {
        assertMentions("Later he said the ferry was late.", "he | the ferry was late | said | indirect");
        assertMentions("Earlier, the minister said the fares would rise.",
                "the minister | the fares would rise | said | indirect");
        assertMentions("Yesterday Halvorsen said the tunnel was safe.",
                "Halvorsen | the tunnel was safe | said | indirect");
        assertMentions("Now they say the school will stay open.", "they | the school will stay open | say | indirect");
    }

    @Test
    void aFrontedSpanOfTimeOrPlaceIsNoSpeakerOfTheParticiple() {
        assertMentions("Hours later, Halvorsen thanked the crews, telling reporters that the tunnel was safe.",
                "Halvorsen | the tunnel was safe | telling | indirect");
        assertMentions("Ultimately, Mr. Berg walked out, saying the fares were too high.",
                "Mr. Berg | the fares were too high | saying | indirect");
        assertMentions("At a rally in Ames, Iowa, on Sunday, Mrs. Dahl spoke for an hour, saying that the plant would stay.",
                "Mrs. Dahl | the plant would stay | saying | indirect");
    }

    @Test
    void surnameThatLooksLikeAnAdverbStaysTheSpeaker() {
        assertMentions("Young said the harbour was full.", "Young | the harbour was full | said | indirect");
        assertMentions("Early said the harbour was full.", "Early | the harbour was full | said | indirect");
    }

    @Test
    void firstNameEndingInLyStaysPartOfTheName() {
        assertMentions("Anatoly Brekke said the port was closed.",
                "Anatoly Brekke | the port was closed | said | indirect");
        assertMentions("Shelly Marrow told reporters the vote was close.",
                "Shelly Marrow | the vote was close | told | indirect");
    }
}
