package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A speaker in an as-clause that is an aside: "As X put it, Y", "Y, as X noted.", "..., as X puts it, Y". */
class AsClauseTest {

    @Test
    void theRestOfTheSentenceAfterTheClauseIsWhatWasSaid() {
        assertMentions("""
                The ferries were late again on Monday.
                As the harbour master put it, the pier is older than the town.
                That is because, as Holm puts it in her report, the toll pays for nothing.
                As Ada Lund, a pilot for the board, put it: “Nobody rides a ferry for fun.”
                """,
                "the harbour master | the pier is older than the town | put it | indirect",
                "Holm | the toll pays for nothing | puts it | indirect",
                "Ada Lund | “Nobody rides a ferry for fun.” | put it | direct");
    }

    @Test
    void putItAfterAnAbbreviatedNameOrAnAdverb() {
        assertMentions("""
                The ferries were late again on Monday.
                As Ms. Ada Lund put it in a letter in May, the pier is older than the town.
                As Tor K. Holm, a pilot for the board, recently put it, “Nobody rides a ferry for fun.”
                """,
                "Ms. Ada Lund | the pier is older than the town | put it | indirect",
                "Tor K. Holm | “Nobody rides a ferry for fun.” | put it | direct");
    }

    @Test
    void aDateAfterFromInsideTheSpeakerPhrase() {
        // "from 2029" dates the survey, as "in 2029" does; the speaker is found before it.
        assertMentions("As another survey from 2029 noted, most tenants in the district pay half their income in rent.",
                "another survey | most tenants in the district pay half their income in rent | noted | indirect");
        assertMentions("As a review from last year found, the pumps were never serviced.",
                "a review | the pumps were never serviced | found | indirect");
    }

    @Test
    void aClauseClosingTheSentenceReportsWhatCameBefore() {
        assertMentions("The night ferry will stop in May, as the union warned last week.",
                "the union | The night ferry will stop in May | warned | indirect");
    }

    @Test
    void putItOutsideAnAsClauseAndAnAsClauseWithItsOwnObjectAreNoAsides() {
        assertMentions("""
                The ferries were late again on Monday.
                As prices rose, Lund put it on the market.
                The vote failed, as lawmakers accused each other of stalling the bridge.
                """,
                "lawmakers | each other of stalling the bridge | accused | indirect");
    }

    /** Round 49: "put it" with a few words of manner before a colon and a quotation introduces what was said. */
    @Test
    void putItThisWayBeforeAQuotationIsACue() {
        assertMentions("""
                The nurses' union opposed the plan. Its chair, Rhona Pike, put it this way: “You cannot fix a roof by \
                counting the buckets.” The mayor put it bluntly: “We are broke.”
                Lund put it on the shelf: the old clock, the pipe and the map.
                """,
                "The nurses' union | the plan | opposed | indirect",
                "Its chair, Rhona Pike | “You cannot fix a roof by counting the buckets.” | put it | direct",
                "The mayor | “We are broke.” | put it | direct");
    }

    /** Round 51: "as the X Association has asked?": a request pointing back at the step asked for, no statement. */
    @Test
    void aRequestInAnAsClauseClosingTheSentenceIsNoStatement() {
        assertMentions("""
                Will the government ban the practice, as the Dental Association has asked?
                The council will cap the fees, as the tenants' union had demanded.
                The pier is unsafe, as the harbour master said.
                """,
                "the harbour master | The pier is unsafe | said | indirect");
    }
}
