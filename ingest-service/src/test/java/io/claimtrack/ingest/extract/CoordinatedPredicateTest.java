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
}
