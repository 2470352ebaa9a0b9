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
    void theOutletThatCarriedTheMediumIsPartOfIt() {
        assertMentions("""
                Holm said the arrests showed that "the police are doing their job," in remarks broadcast by public television.
                Brandt said the port would reopen in an interview aired by state radio on Monday.
                """,
                "Holm | the arrests showed that \"the police are doing their job,\" | said | mixed",
                "Brandt | the port would reopen | said | indirect");
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

    @Test
    void aMediumAfterTheCuesPrepositionIsWhereNotATopic() {
        assertMentions("""
                Brandt wrote on Facebook that the ferry toll was a mistake.
                Lind announced on her blog last week that the bakery would close in May.
                Vik posted on X that if the council cut the fares, the pier would empty.
                The mayor tried again on Sunday, writing on Facebook that the real issue was the toll.
                """,
                "Brandt | the ferry toll was a mistake | wrote | indirect",
                "Lind | the bakery would close in May | announced | indirect",
                "Vik | if the council cut the fares, the pier would empty | posted | indirect",
                "The mayor | the real issue was the toll | writing | indirect");
    }

    @Test
    void aPlaceOfSpeakingOrAModifiedMediumAfterTheCuesPrepositionIsWhereNotATopic() {
        assertMentions("""
                Ada Lund declared on regional television that the ferry would stay free.
                Tom Holm announced on the harbour floor last week that the vote had passed.
                Eva Berg suggested on social media that she'd run again.
                The Gazette reported on claims that the mayor had lied.
                """,
                "Ada Lund | the ferry would stay free | declared | indirect",
                "Tom Holm | the vote had passed | announced | indirect",
                "Eva Berg | she'd run again | suggested | indirect");
    }

    @Test
    void aTopicOrAMediumsRelativeClauseStaysNoStatement() {
        assertMentions("Holm commented on the report that the agency released on Monday.\n");
        assertMentions("Holm wrote on the blog that was closed in May.\n");
    }

    /**
     * Round 60: "stated for the record that A", "noted for the minutes that A": the record the words were put into is
     * no topic, and A is what was said.
     */
    @Test
    void theRecordTheWordsWerePutIntoIsNoTopic() {
        assertMentions("Trustee Okafor-Lindqvist stated for the record that parents had raised the bus route at every meeting.",
                "Trustee Okafor-Lindqvist | parents had raised the bus route at every meeting | stated | indirect");
        assertMentions("The clerk noted for the file that the petition had 400 names.",
                "The clerk | the petition had 400 names | noted | indirect");
    }
}
