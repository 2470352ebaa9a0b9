package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A second verb of the speaker after the cue's noun-phrase object is no part of what was said. */
class CoordinatedPredicateTest {

    @Test
    void aSecondVerbOfTheCuesFormAfterANounObjectEndsTheContent() {
        assertMentions("""
                Mayor Holm criticized the toll as “a tax on work” and thanked the ferry crews.
                Berg defended the harbour budget and walked out of the meeting.
                The union praised the new timetable, and handed out leaflets at the pier.
                Lund claimed self-defense in the case and was acquitted last spring.
                """,
                "Mayor Holm | the toll as “a tax on work” | criticized | mixed",
                "Berg | the harbour budget | defended | indirect",
                "The union | the new timetable | praised | indirect",
                "Lund | self-defense in the case | claimed | indirect");
    }

    @Test
    void aVerbOfTheContentsOwnClauseOrAnAdjectiveKeepsTheWords() {
        assertMentions("""
                Holm said the pier was late and closed early.
                Berg criticized the heat and unsettled weather at the dock.
                Lund said Berg misspoke and left the hall early.
                Vik said Lund “was never at the pier” and shared the tape.
                """,
                "Holm | the pier was late and closed early | said | indirect",
                "Berg | the heat and unsettled weather at the dock | criticized | indirect",
                "Lund | Berg misspoke and left the hall early | said | indirect",
                "Vik | Lund “was never at the pier” and shared the tape | said | mixed");
    }

    /**
     * Round 59 (BI's bi11): writing to someone with no content is an act, also when the writer's next verb follows;
     * a perfect's next verb is a perfect ("had written ... and had received"). What was written, or asked while
     * writing, stays.
     */
    @Test
    void writingToSomeoneBeforeTheWritersNextVerbSaysNothing() {
        assertMentions("""
                The ferry users' club wrote to the harbour board twice and received no reply.
                Ms. Oduya replied that the club had written to the harbour board twice and had received no reply.
                The club had written to the harbour board in March that the slipway was unsafe.
                The club wrote to the harbour board twice, asking it to mend the slipway.
                Senator Vale has vowed to keep the ferry free and has promised a vote in May.
                """,
                "Ms. Oduya | the club had written to the harbour board twice and had received no reply | replied | indirect",
                "The club | the slipway was unsafe | written | indirect",
                "The club | to the harbour board twice, asking it to mend the slipway | wrote | indirect",
                "Senator Vale | to keep the ferry free | vowed | indirect",
                "Senator Vale | a vote in May | promised | indirect");
    }
}
