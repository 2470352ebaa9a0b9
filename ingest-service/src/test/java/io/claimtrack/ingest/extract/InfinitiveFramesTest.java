package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Phrases that lead to an infinitive cue as a catenative verb does; their subject speaks. */
class InfinitiveFramesTest {

    @Test
    void aPhraseOfEmphasisBeforeTheInfinitiveKeepsItsSubjectAsSpeaker() {
        assertMentions("The ferry columnist Ines Brak went so far as to say that the old harbour was finished.",
                "The ferry columnist Ines Brak | the old harbour was finished | say | indirect");
        assertMentions("Mayor Ruth Aske went out of her way to say that the harbour budget had hit bottom.",
                "Mayor Ruth Aske | the harbour budget had hit bottom | say | indirect");
        assertMentions("The pilots' union is taking pains to say it backs neither candidate.",
                "The pilots' union | it backs neither candidate | say | indirect");
    }

    @Test
    void beingPromptedOrTakingToAMediumLeadsToTheInfinitive() {
        assertMentions("The hearing was so calm that Mr. Halvorsen was prompted to say that he had never seen it so polite.",
                "Mr. Halvorsen | he had never seen it so polite | say | indirect");
        assertMentions("Gro Aas took to the radio to say the ferry would sail again in May.",
                "Gro Aas | the ferry would sail again in May | say | indirect");
    }

    @Test
    void aDistanceGoneOrAMediumTakenWithoutTheFrameSaysNothing() {
        assertMentions("The pilots went so far as to dredge the channel themselves.");
        assertMentions("She took the ferry to the island to visit her aunt.");
    }

    @Test
    void aGroupMoreLikelyToSaySomethingGaveThatAnswer() {
        assertMentions("Island renters were slightly more likely to say that the ferry runs late.",
                "Island renters | the ferry runs late | say | indirect");
        assertMentions("Pilots are less likely to say they trust the harbour board.",
                "Pilots | they trust the harbour board | say | indirect");
    }

    @Test
    void aLikelyAnswerOrAComparedActSaysNothing() {
        assertMentions("The new harbour master is likely to say no to the bridge.");
        assertMentions("Pilots were more likely to support the pier than the bridge.");
    }
}
