package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "maintain" and "feel" closing their sentence have their clause before them: "Y, Holm maintained." */
class SentenceClosingCueTest {

    @Test
    void aViewVerbClosingItsSentenceTakesTheClauseBeforeIt() {
        assertMentions("""
                The north pier is unsafe, Holm maintained.
                The fares are unfair to commuters, Councillor Berg feels.
                """,
                "Holm | The north pier is unsafe | maintained | indirect",
                "Councillor Berg | The fares are unfair to commuters | feels | indirect");
    }

    @Test
    void withAnObjectOrAloneItStillAssertsNothing() {
        assertMentions("""
                Holm maintained a lead in the ferry vote.
                Berg felt the need to leave early.
                Holm maintained.
                """);
    }
}
