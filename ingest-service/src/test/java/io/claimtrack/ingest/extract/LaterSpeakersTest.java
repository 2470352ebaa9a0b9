package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Several statements of one sentence: each stops at the next speaker's clause or its speaker's second verb. */
class LaterSpeakersTest {

    @Test
    void aStatementStopsWhereASecondSpeakersCoordinatedClauseBegins() {
        assertMentions("""
                Holm said the ferry was late, but Berg said the bridge would close.
                Lund argued the fares were too high; Vik insisted they were fair.
                """,
                "Holm | the ferry was late | said | indirect",
                "Berg | the bridge would close | said | indirect",
                "Lund | the fares were too high | argued | indirect",
                "Vik | they were fair | insisted | indirect");
    }

    @Test
    void aStatementStopsBeforeItsSpeakersSecondVerbOfSaying() {
        assertMentions("""
                The envoy said the talks had stalled and added that the pier must reopen.
                Lund said the quay was closed, adding that it would reopen in May.
                """,
                "The envoy | the talks had stalled | said | indirect",
                "The envoy | the pier must reopen | added | indirect",
                "Lund | the quay was closed | said | indirect",
                "Lund | it would reopen in May | adding | indirect");
    }
}
