package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A business named by its owner's possessive and apposition, or shortened, is the body "the company" stands for (issue 10). */
class OwnedBodyTest {

    @Test
    void aNamesOperatorInAppositionIsTheBodyNamed() {
        AnnotatedDocument doc = extract("""
                Workers at the Brannock quarry walked out on Monday. Brannock's operator, Velsen Aggregates, said late on \
                Tuesday that it had closed the pit.
                """);
        assertSpeaker(doc, "it had closed the pit", "Velsen Aggregates");
    }

    /** "Velsen" paragraphs after "the operator, Velsen Aggregates": the same business, shortened. */
    @Test
    void theCompanyAfterAShortenedBusinessNameIsThatBusiness() {
        AnnotatedDocument doc = extract("""
                Brannock's operator, Velsen Aggregates, said late on Tuesday that it had closed the pit.

                The union offered to return if managers agreed to a review.

                Talks broke down again on Friday, an offer Velsen rejected. The company has said any review would be a \
                matter for the courts.
                """);
        assertSpeaker(doc, "any review would be a matter for the courts", "Velsen Aggregates");
    }

    @Test
    void aPlatformOrIndustriesNameIsABusiness() {
        AnnotatedDocument doc = extract("""
                Clipwave, the music-sharing platform, will cut 300 jobs. Clipwave's shares rose 2 percent on the news. The \
                company said revenue grew 8 percent.

                Among the stranded cargo are 40 tractors made by Dorrell Industries, the farm machinery maker. The \
                company said it was watching the situation.
                """);
        assertSpeaker(doc, "revenue grew 8 percent", "Clipwave");
        assertSpeaker(doc, "it was watching the situation", "Dorrell Industries");
    }

    /** A shortened business name that is also a person's surname names that person, so it stands for no business. */
    @Test
    void aShortenedNameThatIsASurnameIsNoBusiness() {
        AnnotatedDocument doc = extract("""
                Rankings differ, and the data firm Halloway Media puts the senator far lower, blaming Anna Halloway.

                As for Ms. Halloway, she is absent from Halloway's own list. The company says its policy is not to rank \
                its owner.
                """);
        assertNotEquals("Anna Halloway", statement(doc, "its policy is not to rank its owner").speaker);
    }
}
