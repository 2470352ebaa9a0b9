package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 40: a newspaper lede speaks through a description and names its speaker as the next person it
 * introduces ("The owner of the Dunmore boatyard told the council ..." and below "Helen Fenwick, who has run the yard since
 * 2011,"); the story's later descriptions with that head are the same person. Not when the next person named has a
 * title of their own or is not introduced; not a description held for someone else.
 */
class LedeIntroducedTest {

    @Test
    void theLedesDescriptionIsTheNextPersonIntroduced() {
        AnnotatedDocument doc = extract("""
                DUNMORE — The owner of the Dunmore boatyard told the council on Monday that the slipway had failed twice in March.

                “We hauled boats by hand for a week,” said Helen Fenwick, 61, who has run the yard since 2011.

                The harbour board will meet in June. “Nobody asked me before they cut the budget,” the owner said.
                """);
        assertSpeaker(doc, "the slipway had failed twice in March", "Helen Fenwick");
        assertSpeaker(doc, "“Nobody asked me before they cut the budget,”", "Helen Fenwick");
    }

    @Test
    void aTitledOrEarlierOrUnintroducedPersonIsNotTheDescription() {
        AnnotatedDocument titled = extract("""
                The chairman of the ferry board told reporters that fares would rise in April.

                Jonas Pell, a deckhand who has worked the crossing for a decade, said the crews had not been told.
                """);
        assertSpeaker(titled, "fares would rise in April", "The chairman of the ferry board");
        AnnotatedDocument plain = extract("""
                The coach said the team would train indoors all week.

                Mirela Sand scored twice on Saturday.
                """);
        assertSpeaker(plain, "the team would train indoors all week", "The coach");
    }

    /** Round 50: an indefinite lede description is the next person introduced as one of its kind ("a marine engineer"). */
    @Test
    void anIndefiniteLedeDescriptionIsTheNextPersonSetOffAsItsKind() {
        AnnotatedDocument doc = extract("""
                Ferry ramp inquiry hears of warnings

                By Ola Ness

                An engineer who examined the Kelso ferry ramp in 2030 told a tribunal Tuesday that two hinges had been worn for years.

                Anders Rask, a marine engineer with the firm Norcoast Surveys, testified that he found rust on both ramps.
                """);
        assertSpeaker(doc, "two hinges had been worn for years", "Anders Rask");
    }

    /** The next person set off as another kind ("a deckhand") is not the lede's engineer. */
    @Test
    void anIndefiniteLedeDescriptionIsNoPersonOfAnotherKind() {
        AnnotatedDocument doc = extract("""
                Ferry ramp inquiry hears of warnings

                By Ola Ness

                An engineer who examined the Kelso ferry ramp in 2030 told a tribunal Tuesday that two hinges had been worn for years.

                Jonas Pell, a deckhand on the crossing, testified that the ramp shook in storms.
                """);
        assertSpeaker(doc, "two hinges had been worn for years", "An engineer");
    }
}
