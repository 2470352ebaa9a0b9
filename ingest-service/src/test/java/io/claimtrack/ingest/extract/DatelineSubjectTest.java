package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A newspaper dateline before the subject, with its state or a hyphen for the dash, names no speaker. */
class DatelineSubjectTest {

    @Test
    void aDatelineWithItsStateOrAHyphenIsNoSubject() {
        assertMentions("PORT ELLEN, S.C. - Sen. Ruth Gale pressed her attack on Sunday, calling the plan a fraud.",
                "Sen. Ruth Gale | the plan a fraud | calling | indirect");
        assertMentions("LAKE VIEW, Ore. -- Gale spoke for an hour, saying the mill would stay open.",
                "Gale | the mill would stay open | saying | indirect");
        assertMentions("HARBOUR TOWN - Mayor Ola Brekke thanked the crews, saying the tunnel was safe.",
                "Mayor Ola Brekke | the tunnel was safe | saying | indirect");
    }

    @Test
    void aLongRunOfCapitalsBeforeAHyphenIsAHeadlineNotADateline() {
        assertMentions("FERRY FARES NOT HIGH, JUST LATE - Ada Berg and Tor Vik: “The fares were set in May.”",
                "Ada Berg and Tor Vik | “The fares were set in May.” | : | direct");
    }

    /** Round 61: a release's place in title case is a dateline when its full date and a dash follow. */
    @Test
    void aTitleCasePlaceWithItsFullDateAndADashIsNoSubject() {
        assertMentions("Tarnby, Feb. 4, 2039 — Premier Osric Vallance-Ume opened the fair, saying the levy would go.",
                "Premier Osric Vallance-Ume | the levy would go | saying | indirect");
    }
}
