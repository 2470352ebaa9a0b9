package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-fifth round: a diplomatic title of several words ("Ambassador Extraordinary and Plenipotentiary",
 * "Minister Plenipotentiary") is a title, no name, so "The Ambassador" and "The diplomat" are the person it was given
 * with; a title's fields before the state it is held for ("Minister of Foreign Affairs of the Republic of Orvenia") are
 * part of it, and a title between two names set off in commas is the second one's; "the head of the Ministry" is its
 * minister.
 */
class DiplomaticTitlesTest {

    @Test
    void anAmbassadorExtraordinaryAndPlenipotentiaryIsTheAmbassador() {
        assertSpeaker(extract("""
                Minister receives the new ambassador of Norland

                On 3 March, Minister of Foreign Affairs Tomas Vrell received the Ambassador Extraordinary and \
                Plenipotentiary of Norland, Pia Castell, who presented a copy of her credentials.

                The Ambassador noted that Norland was ready to expand trade ties.
                """), "Norland was ready to expand trade ties", "Pia Castell");
    }

    /** The title after the name, with an adverb and participle and two complements: "the newly appointed Ambassador of A to B". */
    @Test
    void aNameBeforeItsLongTitleIsTheDiplomat() {
        assertSpeaker(extract("""
                Minister receives the new ambassador of Norland

                On 3 March, Minister of Foreign Affairs Tomas Vrell received Pia Castell, the newly appointed Ambassador \
                of the Kingdom of Norland to Estmark, who presented a copy of her credentials.

                Tomas Vrell congratulated the Ambassador on her appointment.

                The diplomat assured the Minister that Norland would open a consulate in the north.
                """), "Norland would open a consulate in the north", "Pia Castell");
    }

    @Test
    void aMinisterPlenipotentiaryIsTheDiplomat() {
        assertSpeaker(extract("""
                Deputy Minister Uma Reks received the Minister Plenipotentiary of Suria, Kai Bremen. The diplomat said \
                that Suria wanted closer ties with the region.
                """), "Suria wanted closer ties with the region", "Kai Bremen");
    }

    @Test
    void theHeadOfTheMinistryIsItsMinister() {
        assertSpeaker(extract("""
                Government discusses the harvest

                Prime Minister Lena Osk chaired a meeting of the Government on Monday, attended by Minister of \
                Agriculture Ivo Marek.

                The head of the Ministry of Agriculture stressed that grain storage had been expanded by a fifth.
                """), "grain storage had been expanded by a fifth", "Ivo Marek");
    }

    @Test
    void aTitleWithItsFieldsAndStateIsNoPartOfTheName() {
        assertSpeaker(extract("""
                Talks with the Minister of Foreign Affairs of Orvenia

                Minister of Foreign Affairs Dara Kolb held talks with Minister of Foreign Affairs of the Republic of \
                Orvenia Lenn Harro, who is in Tarn on a working visit.

                The Orvenian Minister reiterated his country's commitment to the free trade agreement.
                """), "his country's commitment to the free trade agreement", "Lenn Harro");
    }

    /** "the Minister ... of Veland, Ana Ruiz, the Minister ... of Suria, Ivo Lam, paid": the second title is Ivo Lam's. */
    @Test
    void aTitleBetweenTwoNamesIsTheSecondOnes() {
        AnnotatedDocument doc = extract("""
                Joint Statement of the Ministers of Foreign Affairs of the Republic of Veland and the Republic of Suria

                At the invitation of the Minister of Foreign Affairs of the Republic of Veland, Ana Ruiz, the Minister of \
                Foreign Affairs of the Republic of Suria, Ivo Lam, paid an official visit to Veland on 2-3 May 2026.

                The Ministers stressed that the border crossings would reopen in June.

                The Surian Minister noted that the new ferry line would open in the summer.
                """);
        assertSpeaker(doc, "the border crossings would reopen in June", "Ana Ruiz and Ivo Lam");
        assertSpeaker(doc, "the new ferry line would open in the summer", "Ivo Lam");
    }

    /** Thirty-ninth round: an envoy's title "to" its host state, then a first name on no list, with no comma. */
    @Test
    void theHostStateOfAnEnvoysTitleIsNoPartOfTheName() {
        AnnotatedDocument doc = extract("""
                On 3 March, Minister of Economy of Vellmark Tomas Vrell received Ambassador Extraordinary and \
                Plenipotentiary of the Republic of Ostria to Vellmark Quirina Dallow-Ekwueme at her request.

                The Minister noted that Ostria was among Vellmark's largest trading partners.

                The Ambassador said that an Ostrian business delegation would come in May.
                """);
        assertSpeaker(doc, "an Ostrian business delegation would come in May", "Quirina Dallow-Ekwueme");
    }
}
