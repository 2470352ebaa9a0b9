package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** "The opposition delegation, led by former Speaker Rufus Amadi, rejected": a delegation set off with its one head is that head. */
class DelegationHeadsTest {

    private static final String TALKS = """
            Opposition walks out of budget talks in Tarvel

            TARVEL (Reuters) - Talks on the national budget collapsed on Thursday after a third round of cuts was tabled.

            The opposition delegation, led by former Speaker Rufus Amadi, rejected the draft as "a budget for the few."

            The delegation of the Green Valley League, headed by its secretary general Ottilie Brann, said in a statement \
            that the league would not sign any deal without the pension clause.

            Finance Minister Hedda Rask said the government would publish its own figures on Monday.
            """;

    @Test
    void aDelegationLedByOnePersonIsThatPerson() {
        AnnotatedDocument doc = extract(TALKS);
        assertSpeaker(doc, "the draft as \"a budget for the few.\"", "Rufus Amadi");
        assertSpeaker(doc, "the league would not sign any deal without the pension clause", "Ottilie Brann");
    }

    @Test
    void aDelegationLedByTwoOrSetOffWithoutAHeadIsLeftAlone() {
        AnnotatedDocument two = extract(TALKS.replace("led by former Speaker Rufus Amadi,", "led by Rufus Amadi and Petra Lund,"));
        assertSpeaker(two, "the draft as \"a budget for the few.\"", "The opposition delegation");
        AnnotatedDocument seated = extract(TALKS.replace("led by former Speaker Rufus Amadi,", "which arrived an hour late,"));
        assertSpeaker(seated, "the draft as \"a budget for the few.\"", "The opposition delegation");
    }

    /** "The study's authors, led by Professor X, cautioned ... They recommended": the authors named through their leader. */
    @Test
    void aDocumentsAuthorsLedByOnePersonAreThatPerson() {
        AnnotatedDocument doc = extract("""
                The study's authors, led by Professor Ines Varga, cautioned that the sample was small. They recommended \
                that the county hold the count again in 2031.
                """);
        assertSpeaker(doc, "the sample was small", "Ines Varga");
        assertSpeaker(doc, "the county hold the count again in 2031", "Ines Varga");
    }
}
