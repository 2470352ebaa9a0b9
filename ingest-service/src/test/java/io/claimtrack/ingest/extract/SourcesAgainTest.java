package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Unnamed sources taken up again, however far down the story: "the sources" is the group the lede introduced, not
 * "two of the people" between; "the person" is the one source last singled out.
 */
class SourcesAgainTest {

    private static final String STORY = """
            PELMOR, May 4 (Wire) - Ostrel Rail is in talks to buy the freight arm of Varnek Group, three people familiar \
            with the matter said on Monday.

            The two companies hope to sign by the end of June, two of the people said.

            A deal would make Ostrel the largest rail freight operator in the region, with about 900 wagons.

            Ostrel has hired the bank Kessing & Lowe to advise it, one of the sources said.

            The talks could still collapse over the price, the sources cautioned. One of the people said the two \
            sides were still far apart on the value of the wagons.

            "Everything else is settled. The wagons are the problem," the person said.
            """;

    @Test
    void theSourcesAreTheGroupTheLedeIntroduced() {
        assertSpeaker(extract(STORY), "The talks could still collapse over the price", "three people familiar with the matter");
    }

    @Test
    void thePersonIsTheSourceLastSingledOut() {
        assertSpeaker(extract(STORY), "\"Everything else is settled. The wagons are the problem,\"", "One of the people");
    }

    @Test
    void thePeopleAfterAnAccordingToAreThatGroup() {
        AnnotatedDocument doc = extract("""
                Halvik Foods is exploring a sale of its dairy unit, according to four people familiar with the plans.

                The company has asked two banks to sound out buyers, the people said.
                """);
        assertSpeaker(doc, "The company has asked two banks to sound out buyers", "four people familiar");
    }

    /** Forty-eighth round: a deck's "sources say" over a lede's counted group of unnamed speakers. */
    @Test
    void aDecksSourcesAreTheLedesCountedGroup() {
        AnnotatedDocument doc = extract("""
                Harbour board to close northern pier for a year, sources say

                OSTBY, May 4 (Wire) - The Ostby harbour board will close the northern pier for a year from July, two \
                inspectors told the Wire on Friday.
                """);
        assertSpeaker(doc, "Harbour board to close northern pier for a year", "two inspectors");
    }

    @Test
    void theSourcesWithNoEarlierSourceStayAsWritten() {
        AnnotatedDocument doc = extract("""
                Mayor Tilde Arnes said the budget would pass. The vote could slip to June, the sources said.
                """);
        assertSpeaker(doc, "The vote could slip to June", "the sources");
    }
}
