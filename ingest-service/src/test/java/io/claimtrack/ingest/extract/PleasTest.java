package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "pleaded not guilty": a plea entered in court is a statement of the one who enters it; one to come is not. */
class PleasTest {

    @Test
    void aPleaEnteredIsAStatement() {
        assertMentions("Tom Holm pleaded not guilty to the charges.",
                "Tom Holm | not guilty to the charges | pleaded | indirect");
        assertMentions("Ada Lund, 58, of Bergen, pleaded guilty in June to wire fraud.",
                "Ada Lund | guilty in June to wire fraud | pleaded | indirect");
    }

    @Test
    void aPleaToComeIsNone() {
        assertMentions("Holm is expected to plead guilty on Monday.");
        assertMentions("Her lawyer said her client \"has done nothing wrong\" and would plead not guilty next week.",
                "Her lawyer | her client \"has done nothing wrong\" and would plead not guilty next week | said | mixed");
    }
}
