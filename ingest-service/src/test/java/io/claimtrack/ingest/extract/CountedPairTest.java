package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** Issue 10, round 44: a count of two whose apposition names both speaks as "A and B"; any other apposition keeps the mention. */
class CountedPairTest {

    @Test
    void twoBodiesNamedInAppositionSpeakAsBoth() {
        AnnotatedDocument doc = extract("""
                Milk deliveries stop in the hills

                Snow blocked the upper roads for a third day. Two dairies, Horncliff and Weybeck, said tankers \
                could not reach them before Friday.
                """);
        assertSpeaker(doc, "tankers could not reach them before Friday", "Horncliff and Weybeck");
    }

    @Test
    void modifiersBetweenTheCountAndItsPluralKeepThePair() {
        AnnotatedDocument doc = extract("Two other upland cantons, Orla and Veske, have said they will close their passes.");
        assertSpeaker(doc, "they will close their passes", "Orla and Veske");
    }

    @Test
    void twoPeopleNamedInAppositionSpeakAsBoth() {
        AnnotatedDocument doc = extract("""
                Bakery closes after 40 years

                Two bakers, Ilse Marrow and Tomas Vey, said the rent had doubled since spring.
                """);
        assertSpeaker(doc, "the rent had doubled since spring", "Ilse Marrow and Tomas Vey");
    }

    /** "Horncliff among them": one member named, no pair. */
    @Test
    void anAppositionNamingOneKeepsTheMention() {
        AnnotatedDocument doc = extract("""
                Milk deliveries stop in the hills

                Two dairies, Horncliff among them, said tankers could not reach them before Friday.
                """);
        assertSpeaker(doc, "tankers could not reach them before Friday", "Two dairies");
    }

    /** "Several dairies" are no count of two, whatever two of them the apposition names. */
    @Test
    void anOpenGroupKeepsTheMention() {
        AnnotatedDocument doc = extract("""
                Milk deliveries stop in the hills

                Several dairies, Horncliff and Weybeck among them, said tankers could not reach them before Friday.
                """);
        assertSpeaker(doc, "tankers could not reach them before Friday", "Several dairies");
    }
}
