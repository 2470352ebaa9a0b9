package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A demand whose object is one bare noun closing the sentence. */
class DemandedNounTest {

    @Test
    void aDemandOfOneBareNounIsSaid() {
        assertMentions("""
                The Harbour Council called for restraint.
                Tolvik, which borders both valleys and hosts the water talks, called for calm.
                Police in Brask urged patience.
                The Lund Red Cross said it had sent 30 nurses, and appealed for blood donations at clinics in the west.
                """,
                "The Harbour Council | restraint | called for | indirect",
                "Tolvik | calm | called for | indirect",
                "Police in Brask | patience | urged | indirect",
                "The Lund Red Cross | it had sent 30 nurses | said | indirect",
                "The Lund Red Cross | blood donations at clinics in the west | appealed for | indirect");
    }

    @Test
    void blameOnOneBareNounIsSaid() {
        assertMentions("""
                The Tarrow Air Pilots Association blamed management.
                """,
                "The Tarrow Air Pilots Association | management | blamed | indirect");
    }

    @Test
    void aConcessionOfOneBareNounIsSaid() {
        assertMentions("""
                Mayor Ilse Grunwald-Obi conceded defeat.
                """,
                "Mayor Ilse Grunwald-Obi | defeat | conceded | indirect");
    }

    /** Round 58: a wrong denied in one bare noun is a denial; "denied bail" (above) stays a court's act. */
    @Test
    void aWrongDeniedInOneBareNounIsSaid() {
        assertMentions("""
                The 31-year-old from Ostrava, who won silver in Marsk last year, denies cheating.
                Councillor Petra Vandermolen denied involvement.
                """,
                "The 31-year-old | cheating | denies | indirect",
                "Councillor Petra Vandermolen | involvement | denied | indirect");
    }

    @Test
    void aPronounADegreeOrARefusalIsNoDemandedNoun() {
        assertMentions("""
                Holm called for more.
                Berg urged it.
                The judge denied bail.
                The party may hold particular appeal for older voters in the north.
                """);
    }
}
