package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 40: "the head of the ministry", "the head of Tarsland's diplomacy" are periphrases of the minister the
 * text named before with the title, and a pronoun after them is the minister too.
 */
class MinisterPeriphrasisTest {

    @Test
    void theHeadOfTheMinistryIsItsMinister() {
        AnnotatedDocument doc = extract("""
                Minister of Transport Halvard Ostby-Mensah opened the new bus depot in Kerrow on Monday.

                The head of the ministry said the depot would serve 40 electric buses by the end of the year. He \
                added that two more depots were planned in the north.
                """);
        assertSpeaker(doc, "the depot would serve 40 electric buses by the end of the year", "Halvard Ostby-Mensah");
        assertSpeaker(doc, "two more depots were planned in the north", "Halvard Ostby-Mensah");
    }

    @Test
    void theHeadOfACountrysDiplomacyIsItsForeignMinister() {
        AnnotatedDocument doc = extract("""
                Minister of Foreign Affairs of Tarsland Wiebke Anselm-Doku held talks in Merivale with her Ostrian \
                counterpart.

                The head of Tarsland's diplomacy recalled that the fisheries agreement expires in June.
                """);
        assertSpeaker(doc, "the fisheries agreement expires in June", "Wiebke Anselm-Doku");
    }

    @Test
    void theHeadOfTheDepartmentIsItsMinister() {
        AnnotatedDocument doc = extract("""
                Minister of Health Pieter Okwu-Lindahl opened the clinic in Sorrby.

                The head of the department said the waiting lists had halved. He added that a second clinic would open \
                in May.
                """);
        assertSpeaker(doc, "the waiting lists had halved", "Pieter Okwu-Lindahl");
        assertSpeaker(doc, "a second clinic would open in May", "Pieter Okwu-Lindahl");
    }

    @Test
    void theHeadOfDiplomacyAmongOthersNamed() {
        AnnotatedDocument doc = extract("""
                Minister of Foreign Affairs of Nordavel Ilona Brask-Otieno met in Harlow with the Secretary General of \
                the Coastal Council, Matteo Ferrante-Asare.

                The head of Nordavel's diplomacy recalled that the treaty expires in May.
                """);
        assertSpeaker(doc, "the treaty expires in May", "Ilona Brask-Otieno");
    }
}
