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
}
