package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A cue inside a subordinate clause that opens the sentence: what was said ends with the clause. */
class FrontedClauseTest {

    @Test
    void whatWasSaidEndsAtTheCommaBeforeTheMainClause() {
        assertMentions("""
                Although the mayor said the ferry was safe, the harbour closed it on Monday.
                When Holm told reporters that the pier would reopen, nobody believed him.
                If Brandt says the fares will rise, the council will object.
                """,
                "the mayor | the ferry was safe | said | indirect",
                "Holm | the pier would reopen | told | indirect",
                "Brandt | the fares will rise | says | indirect");
    }

    @Test
    void anUnlessClauseEndsAtItsCommaAsAnIfClauseDoes() {
        // FunctionWords.SUBORDINATORS: "unless" opens a condition, as "if" does.
        assertMentions("""
                Unless Warden Ilse Marr says the dunes are stable, the boardwalk stays closed.
                """,
                "Warden Ilse Marr | the dunes are stable | says | indirect");
    }

    @Test
    void aTimePhraseOrAnAsideMayStandBetweenTheConjunctionAndTheCue() {
        assertMentions("""
                Although in March she said the tunnel was a mistake, the board kept it.
                When the port director, Ann Holm, said on Tuesday that the pier was safe, divers disagreed.
                """,
                "she | the tunnel was a mistake | said | indirect",
                "the port director, Ann Holm | the pier was safe | said | indirect");
    }

    @Test
    void aListInsideWhatWasSaidIsNotTheClauseBoundary() {
        assertMentions("""
                While Holm said ferries, buses and trams would all be late, the pier stayed open.
                Holm said the ferry was safe, the pier was not.
                """,
                "Holm | ferries, buses and trams would all be late | said | indirect",
                "Holm | the ferry was safe, the pier was not | said | indirect");
    }
}
