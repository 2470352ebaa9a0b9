package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A wire story's unnamed sources and descriptions: "people with knowledge of the talks", a deck's "sources say", the
 * lede's "chief executive of Norland's third-largest lender" its body names; forecasters; a strike a union would call
 * and a firm "called" by its name.
 */
class WireSourcesTest {

    private static final String PORT = """
            UPDATE 2-Sale of Tessel port stalls over price - sources

            * Harbour board wants offers by March
            * Two bidders left in talks, sources say

            By Ann Rolvaag-Mensah

            BRELLIN, May 3 (Reuters) - The sale of the Tessel container port has stalled because its two owners disagree \
            over the price, three people with knowledge of the talks said.

            The harbour board would accept about 400 million crowns, two of the people said.

            The port handled 2 million tonnes last year, according to its annual report.
            """;

    @Test
    void peopleWithKnowledgeOfTheTalksAreTheLedesSpeaker() {
        assertSpeaker(extract(PORT), "The sale of the Tessel container port has stalled because its two owners disagree over "
                + "the price", "three people with knowledge of the talks");
    }

    @Test
    void aHeadlinesAndADecksBareSourcesAreTheLedesGroup() {
        AnnotatedDocument doc = extract(PORT);

        assertSpeaker(doc, "UPDATE 2-Sale of Tessel port stalls over price", "three people with knowledge of the talks");
        assertSpeaker(doc, "Two bidders left in talks", "three people with knowledge of the talks");
    }

    @Test
    void whatTheSourcesSayGoesOnAfterTheColonOfTheirAttribution() {
        AnnotatedDocument doc = extract(PORT + """

                Two bidders remain in the process, according to the sources: Brindle Shipping and a consortium led by \
                Hovel Partners.
                """);

        assertSpeaker(doc, "Two bidders remain in the process Brindle Shipping and a consortium led by Hovel Partners",
                "three people with knowledge of the talks");
    }

    @Test
    void aPostmodifierMayBeKnowledgeOrAwareness() {
        AnnotatedDocument doc = extract("""
                The ferry line will close in June, two officials with direct knowledge of the plan said. The fares will \
                rise first, people aware of the decision said.
                """);

        assertSpeaker(doc, "The ferry line will close in June", "two officials with direct knowledge of the plan");
        assertSpeaker(doc, "The fares will rise first", "people aware of the decision");
    }

    @Test
    void weatherForecastersAndSeismologistsSpeakAsAGroup() {
        AnnotatedDocument doc = extract("""
                Frost to return to Norland's north next week — forecasters

                Night temperatures will fall to minus 12 degrees in the north, meteorologists said. Seismologists said \
                Tuesday's tremor near Brell was shallow.
                """);

        assertSpeaker(doc, "Frost to return to Norland's north next week", "forecasters");
        assertSpeaker(doc, "Night temperatures will fall to minus 12 degrees in the north", "meteorologists");
        assertSpeaker(doc, "Tuesday's tremor near Brell was shallow", "Seismologists");
    }

    @Test
    void aStrikeCalledIsAnActButAStrikeCalledSomethingIsSaid() {
        AnnotatedDocument doc = extract("""
                The Tessel dockers' union warned that it would call a strike if the port were sold. The union called a \
                24-hour walkout on Friday. Ada Lindqvist called a strike "the last resort". The rail union called for a \
                strike in June.
                """);

        assertEquals(List.of("it would call a strike if the port were sold", "a strike \"the last resort\"", "a strike in June"),
                contents(doc));
    }

    @Test
    void aThingCalledByItsNameIsNoStatement() {
        AnnotatedDocument doc = extract("""
                The campaign hired a small data firm called Brindle Analytics, and another called Q360, which is owned by \
                a donor. A group called Harbour Watch said the pier was unsafe. A spokesman called Lund's plan a disaster.
                """);

        assertEquals(List.of("the pier was unsafe", "Lund's plan a disaster"), contents(doc));
        assertSpeaker(doc, "the pier was unsafe", "Harbour Watch");
    }

    @Test
    void aLedesTitleOfADescribedBusinessIsTheHolderTheNextParagraphNames() {
        AnnotatedDocument doc = extract("""
                OSLO, March 8 (Reuters) - Bank shares fell on Wednesday after the chief executive of Norland's \
                third-largest lender said its bad loans were larger than it had disclosed.

                Tessel Bank's chief executive, Hilde Varnes-Okoro, told analysts on a call that losses were "worse than \
                we feared". Its shares fell 12%.
                """);

        assertSpeaker(doc, "its bad loans were larger than it had disclosed", "Hilde Varnes-Okoro");
    }
}
