package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Round 59: "described the effect of X" names a topic, no words; with "as" or a quotation it gives them. */
class DescribedTopicTest {

    @Test
    void anEffectDescribedIsATopic() {
        assertMentions("""
                Several parents described the effect of the new bus routes on their mornings.
                Two drivers described the impact of the cuts as devastating.
                """,
                "Two drivers | the impact of the cuts as devastating | described | indirect");
    }
}
