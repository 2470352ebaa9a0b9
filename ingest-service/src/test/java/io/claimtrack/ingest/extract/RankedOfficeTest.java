package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "The Prime Minister" is no minister of a field, and "the Deputy Minister" no minister: a ranking word makes its own office. */
class RankedOfficeTest {

    @Test
    void aRankingWordOfTheDescriptionIsAnotherOffice() {
        assertFalse(DescriptionFit.sameOffice("the Prime Minister", "Minister of Regional Development"));
        assertFalse(DescriptionFit.sameOffice("the Deputy Minister", "Minister of Foreign Affairs"));
        assertTrue(DescriptionFit.sameOffice("the Prime Minister", "Prime Minister"));
        assertTrue(DescriptionFit.sameOffice("the Minister", "Minister of Finance"));
        // A role without the title word says nothing of the office here.
        assertTrue(DescriptionFit.sameOffice("the Prime Minister", ""));
    }

    @Test
    void thePrimeMinisterIsNotTheLastMinisterWhoSpoke() {
        AnnotatedDocument doc = extract("""
                Prime Minister Alma Rudberg chaired a meeting of the Government on Thursday on the flood response.

                Minister of Transport Piet Vorst reported that two bridges had been closed. He said repairs would take a month.

                Minister of Housing Greta Holm presented a plan for temporary homes. The Minister stated that 300 families \
                would be housed by December.

                Following the discussion, the Prime Minister instructed:

                • the Ministry of Transport to reopen the coastal road by 1 March;
                • the Ministry of Finance to release emergency funds to the province.
                """);
        assertSpeaker(doc, "the Ministry of Transport to reopen the coastal road by 1 March", "Alma Rudberg");
    }
}
