package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The readout wording of "agree": "agreed with X that Y" reports Y as the speaker's view, and what the sides agreed to
 * do is their joint statement; "agreed to buy" does not.
 */
class AgreementTest {

    @Test
    void agreeingWithSomeoneThatReportsTheView() {
        assertMentions("""
                Karl Brandt agrees with Ola Vik that the pier is the town's best asset.
                The harbour judge agreed with the ferry company that there was no reason to close the quay.
                Mayor Lund agreed with them that the fares were too high.
                """,
                "Karl Brandt | the pier is the town's best asset | agrees | indirect",
                "The harbour judge | there was no reason to close the quay | agreed | indirect",
                "Mayor Lund | the fares were too high | agreed | indirect");
    }

    @Test
    void agreeingWithSomeoneOrAViewIsTheSpeakersStance() {
        assertMentions("""
                Dan Berg at the Harbour Review agreed with Lund about the winner.
                Former Mayor Ola Vik agreed with the analysis.
                The board agreed with the plan that was passed in May.
                Ola Berg, who endorsed Lund on Tuesday, said Wednesday he agrees with Vik's remarks.
                """,
                "Dan Berg | Lund about the winner | agreed | indirect",
                "Former Mayor Ola Vik | the analysis | agreed | indirect",
                "The board | the plan that was passed in May | agreed | indirect",
                "Ola Berg | Lund on Tuesday | endorsed | indirect",
                // A day before the pronoun is no part of the speaker's mention.
                "he | Vik's remarks | agrees | indirect");
    }

    @Test
    void agreeingToAnActionOrNotAgreeingIsNoStatement() {
        assertEquals(0, attribute("""
                The port agreed to buy two new ferries.
                The pilots do not agree with Lund.
                """).attributions.size());
    }

    /** Forty-eighth round: a deal settled, a noun object right after "agree" (bare in a headline), is an act. */
    @Test
    void aDealAgreedIsNoStatement() {
        assertMentions("""
                Ferry owners agree steepest fare rise in a decade

                The league agreed a new television contract with Nordvision. The mayor agreed the pier was unsafe.
                """,
                "The mayor | the pier was unsafe | agreed | indirect");
    }

    /** Forty-eighth round: a day between "agreed" and its infinitive leaves the act an act. */
    @Test
    void oneBodyAgreeingOnADayToActIsNoStatement() {
        assertEquals(0, attribute("""
                The ferry owners' association agreed on Monday to raise fares by four percent.
                The port authority agreed Tuesday to dredge the northern channel.
                """).attributions.size());
        assertMentions("""
                Norland President Ivo Brandt and his Vestrian counterpart Ola Vik agreed on Monday to reopen the ferry line.
                """,
                "his Vestrian counterpart Ola Vik | Monday to reopen the ferry line | agreed | indirect");
    }

    @Test
    void whatTheSidesAgreedToDoIsTheirStatement() {
        assertMentions("""
                The sides agreed to hold the next round of talks on the canal in Vesna in March.
                The two leaders also agreed to instruct their transport ministers to reopen the ferry line.
                Norland and Vestria agree to extend the fishing accord by five years.
                The two presidents agreed to meet again before the end of the year.
                """,
                "The sides | to hold the next round of talks on the canal in Vesna in March | agreed | indirect",
                "The two leaders | to instruct their transport ministers to reopen the ferry line | agreed | indirect",
                "Norland and Vestria | to extend the fishing accord by five years | agree | indirect",
                "The two presidents | to meet again before the end of the year | agreed | indirect");
    }

    /** Round 56: a commission's co-chairs are its two sides, as "The two ministers" are; one chair agreeing stays an act. */
    @Test
    void whatTheCoChairsAgreedToDoIsTheirStatement() {
        assertMentions("""
                The co-chairs agreed to open a training centre for midwives in Harlo in 2030.
                The chair agreed to extend the sitting by an hour.
                """,
                "The co-chairs | to open a training centre for midwives in Harlo in 2030 | agreed | indirect");
    }

    @Test
    void oneBuyerOrADealAgreedToIsNoStatement() {
        assertEquals(0, attribute("""
                The ferry company agreed to extend the lease on the quay.
                The two ports agreed to buy a dredger together.
                """).attributions.size());
    }

    /**
     * Issue 10, thirty-sixth round (set S's list of misses, class M4): "Both sides condemned A and agreed to B" gives
     * the second verb too, the sentence opening with the sides as its subject; one party's "and agreed to" stays an act.
     */
    @Test
    void theSidesSecondVerbAgreeingToActIsTheirStatement() {
        assertMentions("""
                Both sides condemned the raids on the fishing fleet and agreed to set up a joint patrol in the strait.
                The port discussed the fares and agreed to cut them by a tenth in the spring.
                """,
                "Both sides | the raids on the fishing fleet | condemned | indirect",
                "Both sides | to set up a joint patrol in the strait | agreed | indirect");
    }

    /**
     * Issue 9, forty-first round (set AC's list of misses, class B.2): "The Ministers agree to:" over lettered items gives
     * one statement per item, the infinitives the sides commit to; one party's "agreed to:" stays an act.
     */
    @Test
    void theSidesAgreeingToAListCommitToEachItem() {
        assertMentions("""
                2. The Ministers agree to:
                a) post liaison officers to each other's staffs;
                b) run a joint rescue drill on the lake in 2031.

                3. The ferry company agreed to:
                a) lease the quay;
                b) buy two tugs.
                """,
                "The Ministers | post liaison officers to each other's staffs | agree | indirect",
                "The Ministers | run a joint rescue drill on the lake in 2031 | agree | indirect");
    }

    /**
     * Forty-first round (set AC's list of misses, class B.3): a joint statement's present "stress A and agree to B" gives
     * the second verb too, as the past does; the subject ends at its own cue ("The Sides attach importance to").
     */
    @Test
    void theSidesPresentSecondVerbAgreeingToActIsTheirStatement() {
        assertMentions("""
                The Sides underline the role of the lake patrol and agree to share its costs.
                The Sides attach particular importance to the new rail link and agree to open two crossings by 2031.
                """,
                "The Sides | the role of the lake patrol | underline | indirect",
                "The Sides | to share its costs | agree | indirect",
                "The Sides | particular importance to the new rail link | attach | indirect",
                "The Sides | to open two crossings by 2031 | agree | indirect");
    }

    /** Round 51: a deal agreed "in March 2034" is an act, as one agreed "on Saturday"; the sides' commitment stays. */
    @Test
    void aDealAgreedInAMonthIsNoStatement() {
        assertMentions("""
                The brewery agreed in March 2034 to buy the malt house for $40 million.
                The two ferry firms agreed in October to merge.
                The sides agreed in November to hold a second round of talks in Velm.
                """,
                "The sides | to hold a second round of talks in Velm | agreed | indirect");
    }
}
