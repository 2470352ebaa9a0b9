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

    /** "They" after the pair's sentence is the pair, not the office an according-to names in between. */
    @Test
    void theyAfterASentenceOpeningWithTwoPeopleCountedAndNamedIsThePair() {
        AnnotatedDocument doc = extract("""
                Harbour Board of Ostvik

                Media release, 4 May 2031

                The review found that ferry fares had risen by a third since 2027, according to estimates by the Ostvik \
                Treasury Office.

                Two members of the Board, Mr Tobias Lindqvist MP and Ms Hanne Ekberg MP, filed a minority report. They \
                accepted the review's figures but argued that a fare cap would cost jobs.
                """);
        assertSpeaker(doc, "a fare cap would cost jobs", "Tobias Lindqvist and Hanne Ekberg");
    }

    /** A "They" with no such sentence right before it is left to the pronoun rules. */
    @Test
    void theyAfterAnotherSentenceIsNoPair() {
        AnnotatedDocument doc = extract("""
                Harbour Board of Ostvik

                Two members of the Board, Mr Tobias Lindqvist MP and Ms Hanne Ekberg MP, filed a minority report. \
                The Ostvik Ferry Union welcomed the review. They said that a fare cap would cost jobs.
                """);
        assertSpeaker(doc, "a fare cap would cost jobs", "Ostvik Ferry Union");
    }

    /** Round 49: the count, its relative clause and the apposition in one phrase, each name with its article and place. */
    @Test
    void twoBodiesWithTheirPlacesInsideTheSpeakersPhraseSpeakAsBoth() {
        AnnotatedDocument doc = extract("""
                Letters go home to Orla

                Two other libraries that hold such letters, the Abbot Library in Kell and the City Archive in Brune, said \
                in a joint statement that they would open talks with Orla next year.
                """);
        assertSpeaker(doc, "they would open talks with Orla next year", "Abbot Library and City Archive");
    }

    /** Round 50: a document "Their" opens right after the counted pair is the pair's. */
    @Test
    void theirSuitAfterTwoPeopleCountedAndNamedIsThePairs() {
        AnnotatedDocument doc = extract("""
                Bakery sued over flour

                Two bakers, Ilse Marchetti and Joakim Fenn, sued the Norrvik Mill in county court on Monday. Their suit \
                alleges that the mill sold them damp flour for six months.
                """);
        assertSpeaker(doc, "the mill sold them damp flour for six months", "Ilse Marchetti and Joakim Fenn");
    }

    /** Round 51: a company's abbreviation with its period ("Ostra Motor Co.") ends a member of the pair. */
    @Test
    void aMemberNamedWithItsCompanyAbbreviationKeepsThePair() {
        AnnotatedDocument doc = extract("""
                Smelter fire cuts alloy supply

                Two carmakers, Velde Motors and Ostra Motor Co., said they were counting the parts they had in stock.
                """);
        assertSpeaker(doc, "they were counting the parts they had in stock", "Velde Motors and Ostra Motor Co.");
    }

    /** Round 53: a relative clause on the count before its apposition keeps the pair. */
    @Test
    void aRelativeClauseBeforeTheApposedPairKeepsIt() {
        AnnotatedDocument doc = extract("""
                The harbour board approved the dredging budget 6-2 on Tuesday.

                Two members who voted against it, Ilse Varga and Tomas Brandt, said the port had no plan to pay for it.
                """);
        assertSpeaker(doc, "the port had no plan to pay for it", "Ilse Varga and Tomas Brandt");
    }

    /** Round 58: a party's members of a panel, both named in apposition with their titles, speak as the pair. */
    @Test
    void aPartysMembersNamedInAppositionSpeakAsThePair() {
        AnnotatedDocument doc = extract("""
                Minority opinion of the members of the Green Party

                The Green members of the panel, Ms. Ottilie Vance-Mbeki and Mr. Corin Alder-Sato, support the first \
                two findings but cannot support the third.
                """);
        assertSpeaker(doc, "the first two findings but cannot support the third", "Ottilie Vance-Mbeki and Corin Alder-Sato");
    }

    /** Round 58: members with one named in apposition keep the mention. */
    @Test
    void membersWithOneNamedKeepTheMention() {
        AnnotatedDocument doc = extract("""
                The Green members of the panel, among them Ms. Ottilie Vance-Mbeki, support the first two findings.
                """);
        assertSpeaker(doc, "the first two findings", "The Green members of the panel");
    }
}
