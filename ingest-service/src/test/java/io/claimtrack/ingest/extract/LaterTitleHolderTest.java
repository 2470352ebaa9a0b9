package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-second round: "the diplomat" after a sentence that opens with the person just named is that person,
 * though the story names someone given a diplomat's title ("Foreign Minister Tobias Ferraud") only further down.
 */
class LaterTitleHolderTest {

    private static final String WIRE = """
            HALDEN, June 3. /WIRE/. Ostmark and Lorvania are close to a deal on river shipping, Ostmarkian presidential \
            aide Edvin Moller told reporters on Tuesday.

            "Most of the text is ready," the aide said. In his words, only the insurance question is still open.

            Moller, who has led the Ostmarkian side since March, met the Lorvanian delegation again on Monday. "If our \
            partners are as flexible as we are, there is every chance," the diplomat noted.

            Lorvanian Foreign Minister Ines Varga, for her part, said that there was no agreement yet.
            """;

    @Test
    void aHolderNamedOnlyAfterTheDescriptionDoesNotBlockThePersonJustNamed() {
        assertSpeaker(extract(WIRE), "\"If our partners are as flexible as we are, there is every chance,\"", "Edvin Moller");
    }
}
