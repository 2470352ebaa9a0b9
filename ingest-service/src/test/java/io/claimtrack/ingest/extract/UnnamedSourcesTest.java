package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 57: a description kept unnamed by its relative clause ("who did not want to be named", "who was not
 * authorized to speak publicly") speaks as the description, not as a titled person named before it ({@link UnnamedSources}).
 */
class UnnamedSourcesTest {

    @Test
    void aDescriptionKeptUnnamedIsNoTitledPersonNamedBefore() {
        AnnotatedDocument doc = extract("""
                Fire Chief Ulla Marchbank spoke first. She said crews had saved 40 homes.

                The county's water director, who did not want to be named because the outage is under review, said the \
                reservoir was low. A road engineer, who was not authorized to speak publicly, said the bridge had held.
                """);
        assertSpeaker(doc, "the reservoir was low", "The county's water director");
        assertSpeaker(doc, "crews had saved 40 homes", "Ulla Marchbank");
    }

    @Test
    void aDescriptionWithAnotherRelativeClauseKeepsItsHolder() {
        AnnotatedDocument doc = extract("""
                Ulla Marchbank, the county's water director, spoke first.

                The water director, who took office in May, said the reservoir was low.
                """);
        assertSpeaker(doc, "the reservoir was low", "Ulla Marchbank");
    }

    /**
     * Round 60: "your own union" in a question is the one asked's own body, not the union the text named before; it
     * speaks as its mention.
     */
    @Test
    void theOneAskedsOwnBodyIsNotTheOneNamedBefore() {
        AnnotatedDocument doc = extract("""
                The Quayside Dockers' Union said last month that the thefts had gone on for a year.

                Reporter: Superintendent, your own union said on Friday that the squad is short nine constables. Did that matter?

                Superintendent Imke Dravenholt: No. We had the officers we needed.
                """);
        assertSpeaker(doc, "the squad is short nine constables", "your own union");
        assertSpeaker(doc, "the thefts had gone on for a year", "Quayside Dockers' Union");
    }

    /** Round 61: "The other source" after "One of the sources" is the second of the two, in its own words. */
    @Test
    void theOtherSourceIsNotTheOneBefore() {
        AnnotatedDocument doc = extract("""
                TARNHOLM, May 3 (Reuters) - A leak shut the Vessby smelter's main furnace on Friday, two people \
                familiar with the plant said.

                One of the sources said the leak began at a cooling pipe. The other source said the furnace could stay \
                cold "well into June."
                """);
        assertSpeaker(doc, "the leak began at a cooling pipe", "One of the sources");
        assertSpeaker(doc, "the furnace could stay cold \"well into June.\"", "The other source");
    }
}
