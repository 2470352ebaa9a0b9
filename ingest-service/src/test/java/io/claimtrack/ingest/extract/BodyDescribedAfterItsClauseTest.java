package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, fortieth round: a wire's "X will ..., the company said" names the business by the clause's subject alone,
 * with no word for a business before the name (`Businesses.describedAfter`).
 */
class BodyDescribedAfterItsClauseTest {

    @Test
    void theNameOpeningWhatTheCompanySaysIsTheCompany() {
        AnnotatedDocument doc = extract("""
                Bakery to shut, 120 jobs cut

                LARNE, May 4 (Halyard) - Tessly Ovens will shut its Kelm bakery in March, the company said on Tuesday.

                The bakery opened in 1961.
                """);
        assertSpeaker(doc, "Tessly Ovens will shut its Kelm bakery in March", "Tessly Ovens");
    }

    @Test
    void aHeadlinesBareWordIsTheBodyTheLedeDescribesSo() {
        AnnotatedDocument doc = extract("""
                Brannock Rail to cut night trains, operator says

                LARNE, May 4 (Halyard) - Brannock Rail will stop its night trains to the coast in June, the operator \
                said on Tuesday, blaming the cost of energy.
                """);
        assertSpeaker(doc, "Brannock Rail to cut night trains", "Brannock Rail");
        assertSpeaker(doc, "Brannock Rail will stop its night trains to the coast in June", "Brannock Rail");
    }

    /** A person who opens the clause is no business, and a place is none either: the description stays as it is. */
    @Test
    void aPersonOrAPlaceOpeningTheClauseIsNoBusiness() {
        AnnotatedDocument doc = extract("""
                LARNE, May 4 (Halyard) - Ingrid Vask will lead the bakery unit from June, the company said on Tuesday.
                """);
        assertSpeaker(doc, "Ingrid Vask will lead the bakery unit from June", "the company");
        AnnotatedDocument place = extract("""
                LARNE, May 4 (Halyard) - Norway will buy the first two ferries, the company said on Tuesday.
                """);
        assertSpeaker(place, "Norway will buy the first two ferries", "the company");
    }

    /**
     * Round 59 (AC's ac14): "The Westport-based carrier" describes the business by its seat; the place and its
     * participle are no name of the business.
     */
    @Test
    void aPlaceBasedDescriptionIsNoBusinessName() {
        AnnotatedDocument doc = extract("""
                Airline profit rises

                LARNE, May 4 (Halyard) - Skyvance Air reported a rise in quarterly profit on Tuesday.

                The Kelmouth-based carrier earned $40 million in the quarter, the company said.
                """);
        assertSpeaker(doc, "The Kelmouth-based carrier earned $40 million in the quarter", "the company");
    }

    /** A mail carrier is a person: a modifier before the business word keeps it a description of someone. */
    @Test
    void aModifiedCarrierIsAPerson() {
        AnnotatedDocument doc = extract("""
                Storm floods Kelm

                Water rose to the windows on Tarn Street, Tobin Ashgrove, a retired mail carrier, said on Sunday.
                """);
        assertSpeaker(doc, "Water rose to the windows on Tarn Street", "Tobin Ashgrove");
    }

    /** A word that opens the sentence ("Deliveries") is read as a name only there: no business. */
    @Test
    void aCapitalisedOpeningWordIsNoBusiness() {
        AnnotatedDocument doc = extract("""
                LARNE, May 4 (Halyard) - Deliveries of bread to the islands will stop in June, the company said on Tuesday.
                """);
        assertSpeaker(doc, "Deliveries of bread to the islands will stop in June", "the company");
    }

    /**
     * A deck's "Insurer says" is the body the story introduces as an insurer, though the headline just above names the
     * carrier the lede describes as one; and the lede's "the carrier" is no insurer, though the deck is nearer
     * (`BodyKinds.sameKind`).
     */
    @Test
    void aDecksWordKeepsToTheBodyIntroducedWithIt() {
        AnnotatedDocument doc = extract("""
                Brannock Air to cut winter flights, carrier says

                * Insurer says losses could reach 9 mln crowns

                LARNE, May 4 (Halyard) - Brannock Air will stop its winter flights to the islands in June, the carrier \
                said on Tuesday.

                Its insurer, Tovey Mutual, said losses from the storm could reach 9 million crowns.
                """);
        assertSpeaker(doc, "losses could reach 9 mln crowns", "Tovey Mutual");
        assertSpeaker(doc, "Brannock Air will stop its winter flights to the islands in June", "Brannock Air");
    }
}
