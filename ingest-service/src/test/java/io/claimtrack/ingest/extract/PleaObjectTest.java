package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A plea whose object after "for" is what was asked for: "had asked for a sentence of two years". */
class PleaObjectTest {

    @Test
    void whatWasAskedForIsWhatWasSaid() {
        assertMentions("""
                Crown prosecutor Mara Lindqvist had asked for a sentence of four years.
                Defence lawyer Tomas Berg argued for a conditional sentence to be served at home.
                The harbour pilots pleaded for calm after the fire.
                """,
                "Crown prosecutor Mara Lindqvist | a sentence of four years | asked | indirect",
                "Defence lawyer Tomas Berg | a conditional sentence to be served at home | argued | indirect",
                "The harbour pilots | calm after the fire | pleaded | indirect");
    }

    @Test
    void aReportersRequestATimeOrAnObjectBeforeForAsksNothing() {
        assertMentions("""
                Councillor Holm did not respond when asked for details.
                A spokesman for Vik, asked for comment, declined.
                The pilots laughed as he asked for their names.
                These are the changes his aides have asked for, even though he resisted them.
                """);
        assertMentions("Mayor Vik has argued for years that the pier is unsafe.",
                "Mayor Vik | the pier is unsafe | argued | indirect");
    }

    @Test
    void aPleaInsideAnotherSpeakersReportIsPartOfIt() {
        assertMentions("Minister Tova Lind added that the Harlow port authority had asked for a longer lease.",
                "Minister Tova Lind | the Harlow port authority had asked for a longer lease | added | indirect");
    }

    /** Round 52: "a call seeking further comment" is the reporter's request, no plea of the one called. */
    @Test
    void aCallSeekingCommentAsksNothing() {
        assertMentions("""
                Osric Penhallow did not return a call seeking further comment. Lydia Crane said the plant would reopen.
                """,
                "Lydia Crane | the plant would reopen | said | indirect");
    }
}
