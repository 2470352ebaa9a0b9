package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** The owners a deck or a lede names before the story does are the pair of people it first quotes together. */
class OwnersNamedBelowTest {

    private static final String RINK = """
            After 40 winters, the Bluebell Rink will close its doors

            Owners cite rising taxes; skaters remember first falls

            By Ana Pell-Moreau
            The Harlow Gazette

            The Bluebell Rink, where generations of Harlow children learned to skate, will close in March, its owners \
            announced Monday.

            Tomas and Greta Lindqvist-Oduya, who bought the rink in 2011, said they had agreed to sell the site to a \
            developer.

            Town Clerk Mira Janssen-Obi said the sale still needs a permit because taxes keep rising.
            """;

    @Test
    void theDecksAndTheLedesOwnersAreThePairQuotedBelow() {
        AnnotatedDocument doc = extract(RINK);
        assertSpeaker(doc, "rising taxes", "Tomas and Greta Lindqvist-Oduya");
        assertSpeaker(doc, "The Bluebell Rink, where generations of Harlow children learned to skate, will close in March",
                "Tomas and Greta Lindqvist-Oduya");
    }

    @Test
    void aMonthAsTheSecondGivenNameStillNamesThePair() {
        AnnotatedDocument doc = extract(RINK.replace("Tomas and Greta", "Tomas and June"));
        assertSpeaker(doc, "rising taxes", "Tomas and June Lindqvist-Oduya");
    }

    @Test
    void withNoPairQuotedTheOwnersStayThemselves() {
        AnnotatedDocument doc = extract(RINK.replace("Tomas and Greta Lindqvist-Oduya, who bought the rink in 2011,",
                "Greta Lindqvist-Oduya, who bought the rink in 2011,"));
        assertSpeaker(doc, "The Bluebell Rink, where generations of Harlow children learned to skate, will close in March",
                "its owners");
    }
}
