package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** The medium closing reported content says where it was said, not what. */
class MediumTailTest {

    @Test
    void aMediumAtTheEndOfTheContentIsCut() {
        assertMentions("""
                Holm said the fares were unfair in a tweet on Sunday.
                Brandt said the port will close in an interview with the Harbour Gazette.
                Lind said she had seen the ship in a Facebook post.
                Vik said the pier was safe via Twitter on Friday.
                """,
                "Holm | the fares were unfair | said | indirect",
                "Brandt | the port will close | said | indirect",
                "Lind | she had seen the ship | said | indirect",
                "Vik | the pier was safe | said | indirect");
    }

    @Test
    void anOccasionOrAPageAtTheEndIsCutLikeAMedium() {
        assertMentions("""
                Holm said the ferry plan was a mistake during a debate on Tuesday night.
                Brandt said the toll would go on his Facebook page.
                Lind said the fares would rise on Wednesday's Harbour Hour show.
                """,
                "Holm | the ferry plan was a mistake | said | indirect",
                "Brandt | the toll would go | said | indirect",
                "Lind | the fares would rise | said | indirect");
    }

    @Test
    void anOccasionThatIsWhatWasSaidStays() {
        assertMentions("Vik said the debate was a farce on every page.\n",
                "Vik | the debate was a farce on every page | said | indirect");
    }

    @Test
    void aMediumInsideTheContentOrFollowedByMoreStays() {
        assertMentions("Vik said the plan was drafted in a statement he never read.\n",
                "Vik | the plan was drafted in a statement he never read | said | indirect");
        // A title-case headline's "In" is no preposition of a medium closing the content.
        assertMentions("Holm Says Hints Of Fraud Came In An Email Last Week\n",
                "Holm | Hints Of Fraud Came In An Email Last Week | Says | indirect");
    }
}
