package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A second verb of saying inside an adverbial clause that opens the sentence: the clause's subject says it. */
class OpeningClauseSubjectTest {

    @Test
    void aSecondVerbInsideAnOpeningClauseIsTheClauseSubjectsUpToItsComma() {
        assertMentions("""
                Though she called the toll “a scandal” and called for the fees to be returned, Mayor Ruth Aske left the pier early.
                After Holm criticised the harbour board and urged the council to act, the pilots walked out.
                Although the port authority doesn’t count the delays and has maintained that the ferry is safe, Lund sails less.
                """,
                "she | the toll “a scandal” | called | mixed",
                "she | the fees to be returned | called for | indirect",
                "Holm | the harbour board | criticised | indirect",
                "Holm | the council to act | urged | indirect",
                "the port authority | the ferry is safe | maintained | indirect");
    }

    @Test
    void aSupposedClauseOrOneClosedBeforeTheConjunctionIsNoOpeningClauses() {
        assertMentions("""
                If the mayor loses the vote and says it was rigged, the council will meet.
                When the tide turned, the pilots waited and said the wreck had shifted.
                """,
                "the pilots | the wreck had shifted | said | indirect");
    }
}
