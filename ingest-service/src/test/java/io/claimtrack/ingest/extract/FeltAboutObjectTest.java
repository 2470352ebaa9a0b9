package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * A cue ending in a noun of feeling ("expressed regret", "expressed concern") with a short "at" or "over" phrase after
 * it: the phrase is what the feeling is about, not a place or a time, unless a medium names where it was felt.
 */
class FeltAboutObjectTest {

    @Test
    void aShortAtOrOverPhraseAfterAFeelingIsItsObject() {
        assertMentions("""
                The harbour master expressed regret at the closure and said she would meet the owners.
                Councillor Ruth Oyelaran expressed concern over the delays.
                """,
                "The harbour master | at the closure | expressed regret | indirect",
                "The harbour master | she would meet the owners | said | indirect",
                "Councillor Ruth Oyelaran | over the delays | expressed concern | indirect");
    }

    @Test
    void aMediumOrAPlaceAfterTheCueIsLeftAlone() {
        assertMentions("""
                Councillor Ruth Oyelaran expressed regret at a news conference.
                The harbour master spoke at the harbour.
                """);
    }
}
