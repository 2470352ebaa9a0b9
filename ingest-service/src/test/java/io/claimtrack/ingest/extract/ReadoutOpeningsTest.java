package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round: a readout's opening names its two people in the shapes ministries use besides "A held
 * talks with B" (titles after the names, "between A and B", honorifics, two delegations' heads), and its sides and
 * its guest are then one or both of them.
 */
class ReadoutOpeningsTest {

    @Test
    void titlesAfterBothNamesMakeAPair() {
        AnnotatedDocument doc = extract("""
                Joint Statement of the Ministers of Transport of Vellmark and Ostria

                Ansgar Trelbine-Mowatt, Minister of Transport of the Republic of Vellmark, and Odile Pennafort-Kasa, Minister \
                of Infrastructure of the Republic of Ostria, met in Rallin on 2 May 2029.

                The Ministers reaffirmed their intention to open the Rallin-Kessby motorway by 2032.

                The Ostrian side noted that its section of the motorway would be tolled.
                """);
        assertSpeaker(doc, "their intention to open the Rallin-Kessby motorway by 2032", "Ansgar Trelbine-Mowatt and Odile Pennafort-Kasa");
        assertSpeaker(doc, "its section of the motorway would be tolled", "Odile Pennafort-Kasa");
    }

    @Test
    void aConversationBetweenTwoTitledPeopleIsTheirs() {
        AnnotatedDocument doc = extract("""
                On 9 May, a telephone conversation took place between the Minister of Foreign Affairs of Vellmark, Hedda \
                Solvang-Ito, and the Foreign Secretary of Ostria, Bruno Castagne-Wilde.

                The Vellmarkian Minister stressed that the ferry agreement should be signed before the summer.

                Her Ostrian counterpart said that Ostria would send its comments on the draft within a week.

                The parties agreed to coordinate their positions before the summit.
                """);
        assertSpeaker(doc, "to coordinate their positions before the summit", "Hedda Solvang-Ito and Bruno Castagne-Wilde");
        assertSpeaker(doc, "the ferry agreement should be signed before the summer", "Hedda Solvang-Ito");
        assertSpeaker(doc, "Ostria would send its comments on the draft within a week", "Bruno Castagne-Wilde");
    }

    @Test
    void aCallAtOneSidesRequestKeepsEachTitlesState() {
        // Round 40: "At the request of the Vellmarkian side," opens the sentence before the first title and names the other side.
        AnnotatedDocument doc = extract("""
                Telephone conversation with the Prime Minister of Vellmark

                At the request of the Vellmarkian side, Prime Minister of Osteria Dalia Rennquist-Abara had a telephone \
                conversation with Prime Minister of Vellmark Konrad Eisenhart-Mwale.

                The Vellmarkian side proposed holding a meeting of the energy working group in May.

                The Osterian side said the pipeline inspection would be finished by April.
                """);
        assertSpeaker(doc, "holding a meeting of the energy working group in May", "Konrad Eisenhart-Mwale");
        assertSpeaker(doc, "the pipeline inspection would be finished by April", "Dalia Rennquist-Abara");
    }

    @Test
    void aTitleSetOffBeforeTheFirstNameStaysItsTitle() {
        AnnotatedDocument doc = extract("""
                The Prime Minister of Osteria, Dalia Rennquist-Abara, had a telephone conversation with the Prime Minister of \
                Vellmark, Konrad Eisenhart-Mwale.

                The Osterian side said the pipeline inspection would be finished by April.
                """);
        assertSpeaker(doc, "the pipeline inspection would be finished by April", "Dalia Rennquist-Abara");
    }

    @Test
    void honorificsAndTitlesAfterTheNamesOfAVisit() {
        AnnotatedDocument doc = extract("""
                At the invitation of Her Excellency Ms. Marit Ollander-Base, Prime Minister of the Kingdom of Vellmark, His \
                Excellency Mr. Joaquim Riestra-Dunn, Prime Minister of the Republic of Ostria, paid an official visit to \
                Vellmark on 4-5 June 2029.

                The two Prime Ministers welcomed the opening of the new ferry terminal in Kessby.

                The Ostrian Prime Minister expressed interest in Vellmarkian investment in the port of Rallin.
                """);
        assertSpeaker(doc, "the opening of the new ferry terminal in Kessby", "Marit Ollander-Base and Joaquim Riestra-Dunn");
        assertSpeaker(doc, "interest in Vellmarkian investment in the port of Rallin", "Joaquim Riestra-Dunn");
    }

    @Test
    void theHeadsOfTwoDelegationsAreTheSides() {
        AnnotatedDocument doc = extract("""
                Consultations between the foreign ministries of Vellmark and Ostria were held in Port Rallin on 3 March. The \
                Vellmarkian delegation was headed by Director of the Legal Department Sigrun Avelar-Moss, the Ostrian \
                delegation by Deputy Minister of Foreign Affairs Tobias Krennick-Oduya.

                The head of the Ostrian delegation noted that the number of Ostrian students in Vellmark had tripled.

                The heads of delegation agreed to meet again in Kessby in the autumn.
                """);
        assertSpeaker(doc, "the number of Ostrian students in Vellmark had tripled", "Tobias Krennick-Oduya");
        assertSpeaker(doc, "to meet again in Kessby in the autumn", "Sigrun Avelar-Moss and Tobias Krennick-Oduya");
    }

    @Test
    void theGuestIsTheOneOnAVisit() {
        AnnotatedDocument doc = extract("""
                On talks between Sigvald Ormerod-Pike and Foreign Minister of Ostria Lucia Fenwright-Abara

                On 12 April, Minister of Foreign Affairs of Vellmark Sigvald Ormerod-Pike held talks with Minister of Foreign \
                Affairs of Ostria Lucia Fenwright-Abara, who is in Rallin on an official visit.

                The guest said that Ostria supported the idea of a joint coast guard.

                The Vellmarkian side expressed concern over the incidents in the Kessby strait.
                """);
        assertSpeaker(doc, "Ostria supported the idea of a joint coast guard", "Lucia Fenwright-Abara");
        // The heading opens the talks: the words before the host's name hold no place, the guest's title does.
        assertSpeaker(doc, "over the incidents in the Kessby strait", "Sigvald Ormerod-Pike");
    }

    /** A spokesperson's line that introduces a call readout does not open it. */
    @Test
    void anAttributionLineIsNoOpening() {
        AnnotatedDocument doc = extract("""
                The following is attributable to Spokesperson Ilse Brannigan-Tulloch:

                Secretary Ruaridh Kessell-Omondi spoke today with Ostrian Foreign Minister Paz Oyelaran-Strom. The Secretary \
                and the Foreign Minister discussed the grain corridor.

                The two leaders agreed that their teams would meet in Kessby next week.
                """);
        assertSpeaker(doc, "their teams would meet in Kessby next week", "Ruaridh Kessell-Omondi and Paz Oyelaran-Strom");
    }

    /** "The Ports Authority" names no state: no side of the talks. */
    @Test
    void aBodyIsNoSideByItsCapitals() {
        AnnotatedDocument doc = extract("""
                Minister of Labour Ottoline Vasquez-Harrow today met the leadership of the Rallin Port Workers' Union in Port \
                Kessby.

                The Ports Authority said it had offered a 5 percent wage increase.
                """);
        assertSpeaker(doc, "it had offered a 5 percent wage increase", "Ports Authority");
    }
}
