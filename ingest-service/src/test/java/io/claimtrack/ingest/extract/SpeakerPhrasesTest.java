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

    /** Round 51: a one-word conjunct joined by "and" after a comma is the phrase's, not where the scan stops. */
    @Test
    void aConjunctJoinedByAndAfterACommaBelongsToThePhrase() {
        assertMentions("""
                Most of the levy went to quarry firms that had closed, tax and shipping records show.
                The ferry will stop in May, port and harbour officials said.
                """,
                "tax and shipping records | Most of the levy went to quarry firms that had closed | show | indirect",
                "port and harbour officials | The ferry will stop in May | said | indirect");
    }

    /** Round 51: a bare group after a verb's object speaks its contact relative ("the grant teachers say they need"). */
    @Test
    void aGroupAfterAVerbsObjectSpeaksNotThePhraseBeforeIt() {
        assertMentions("""
                The board cut the grant teachers say they need.
                The mayor approved the budget aides say is too small.
                """,
                "teachers | they need | say | indirect",
                "aides | is too small | say | indirect");
    }

    /**
     * Round 60: a relative clause's verb and its place ("that derailed near Kelm", "that sank off Harl") open no speaker
     * phrase; the people before the clause speak.
     */
    @Test
    void aRelativeClausesVerbAndItsPlaceOpenNoSpeakerPhrase() {
        assertMentions("""
                Passengers of the train that derailed near Kelm on Monday described carriages filling with smoke.
                Divers from the trawler that sank off Harl Point on Friday said the hull had split.
                """,
                "Passengers | carriages filling with smoke | described | indirect",
                "Divers | the hull had split | said | indirect");
    }
}
