package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Issue 9, round 54: "a memoir she has been writing, on and off," has the work as its object, no words written. */
class WorkInProgressTest {

    @Test
    void aWorkBeingWrittenGivesNoWords() {
        assertMentions("""
                Tomasz Brill retires this week. He has sold the memoir of his years at sea that he has been writing, \
                on and off, since 2015. Brill is writing that the port was built by convicts.
                """,
                "Brill | the port was built by convicts | writing | indirect");
    }

    /**
     * Round 56: "be given in writing to every crew", "confirmed in writing": the manner of what is given or confirmed,
     * no one writing; "a part in writing the rules" takes its object and stays (PolNeAR marks it).
     */
    @Test
    void inWritingInsideItsClauseIsAMannerNoWriting() {
        assertMentions("""
                The Quarry Board recommends that the results of every blast test be given in writing to each crew.                 Holm wrote that the test had failed. Holm played a part in writing the blast rules of 2031.
                """,
                "The Quarry Board | the results of every blast test be given in writing to each crew | recommends | indirect",
                "Holm | the test had failed | wrote | indirect",
                "Holm | the blast rules of 2031 | writing | indirect");
    }
}
