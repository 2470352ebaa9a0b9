package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "He’s claiming that", "they've said": a subject pronoun with a contracted auxiliary before the cue. */
class ContractedSubjectTest {

    @Test
    void thePronounBeforeTheContractedAuxiliarySpeaks() {
        assertMentions("""
                He’s claiming that the ferry contract was rigged.
                They've said the bridge will reopen in May.
                She'd argued that the fund was empty.
                """,
                "He | the ferry contract was rigged | claiming | indirect",
                "They | the bridge will reopen in May | said | indirect",
                "She | the fund was empty | argued | indirect");
    }

    @Test
    void theDummyItIsNoContractedSubject() {
        assertMentions("Holm said it’s claimed that the toll will rise.",
                "Holm | it’s claimed that the toll will rise | said | indirect");
    }
}
