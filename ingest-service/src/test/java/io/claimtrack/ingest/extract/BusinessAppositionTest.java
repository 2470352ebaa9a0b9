package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** A name introduced as a business by its apposition ("X, the valley's grocery chain,") is what "the company" stands for (issue 10). */
class BusinessAppositionTest {

    @Test
    void aBusinessIntroducedByItsAppositionIsTheCompany() {
        AnnotatedDocument doc = extract("""
                Harrow Provisions, the valley's second-largest grocery chain, said Monday it will close four of its 30 stores.

                The closures will affect about 200 workers, the company said in a statement.
                """);
        assertSpeaker(doc, "The closures will affect about 200 workers", "Harrow Provisions");
    }

    @Test
    void aPersonIntroducedByAnOwnersAppositionIsNoCompany() {
        AnnotatedDocument doc = extract("""
                Tove Marsh, a bakery owner in Harrow, said the rent had doubled in two years.

                The company said in a statement that the closures would affect about 200 workers.
                """);
        assertSpeaker(doc, "the closures would affect about 200 workers", "The company");
    }

    /**
     * Round 48: "X, a maker of door locks," and "Y, the country's largest ticket seller," introduce businesses, which "the
     * company" and its "It" then stand for.
     */
    @Test
    void aTradeWithOfOrASellerMakesABusiness() {
        AnnotatedDocument doc = extract("""
                Vantix, a maker of door locks, was fined $2 million on Monday. Vantix denied any wrongdoing. In a \
                statement, the company said it had always followed the rules. It said it would appeal.
                """);
        assertSpeaker(doc, "it had always followed the rules", "Vantix");
        assertSpeaker(doc, "it would appeal", "Vantix");
        AnnotatedDocument seller = extract("""
                Seatline, the country's largest ticket seller, agreed to refund buyers on Tuesday. Seatline admitted no \
                fault. In a statement, the company said it would refund every fee.
                """);
        assertSpeaker(seller, "it would refund every fee", "Seatline");
    }

    /**
     * Round 58: an apposition opened by a possessive ("Orvane, Kestria's largest drugmaker,") introduces a business, and
     * a compound of "maker" is a trade word; "the company" is then the business's full name.
     */
    @Test
    void aPossessiveAppositionWithADrugmakerMakesABusiness() {
        AnnotatedDocument doc = extract("""
                The regulator ordered the recall of a heart drug made by Orvane Labs.

                Orvane, Kestria's largest drugmaker, said in a statement it was recalling the batches. The company said no \
                other products were affected.
                """);
        assertSpeaker(doc, "no other products were affected", "Orvane Labs");
    }

    /** A person's possessive apposition ("Lund, Kestria's top diplomat,") makes no business. */
    @Test
    void aPersonsPossessiveAppositionIsNoCompany() {
        AnnotatedDocument doc = extract("""
                Tove Lund, Kestria's top diplomat, said the talks would resume.

                The company said in a statement that the closures would affect about 200 workers.
                """);
        assertSpeaker(doc, "the closures would affect about 200 workers", "The company");
    }
}
