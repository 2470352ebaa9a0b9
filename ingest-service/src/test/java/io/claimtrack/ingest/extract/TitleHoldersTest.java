package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-second round: a readout's capitalised title used as a description ("the Minister", "The Deputy
 * Minister", "The Ambassador", "the Prime Minister") is whoever the document gives exactly that title, not the last
 * speaker of a compatible kind; a rank word ("Prime", "Deputy") must be on both sides or neither.
 */
class TitleHoldersTest {

    private static final String CABINET = """
            Government of the Republic of Ostmark
            Press Office

            Cabinet meeting on the spring floods

            Prime Minister Vera Holmgaard chaired a meeting of the Cabinet on Monday on the response to the floods.

            Minister of Agriculture Pavel Kruszka said that 12,000 hectares of farmland had been flooded.

            Minister of Transport Agata Lindenau presented a plan to repair the Brenna bridge. The Minister stated that \
            the bridge would reopen to traffic by the end of June.

            Following the discussion, the Prime Minister instructed:

            • the Ministry of Agriculture to prepare a compensation scheme for farmers by 1 May;
            • the Ministry of Transport to publish a timetable for the repairs.
            """;

    /** "The Minister" after the transport minister's plan is hers, though the agriculture minister spoke last. */
    @Test
    void theMinisterIsTheMinisterNamedLastNotTheLastSpeaker() {
        assertSpeaker(extract(CABINET), "the bridge would reopen to traffic by the end of June", "Agata Lindenau");
    }

    /** "the Prime Minister" is no "Minister of Transport": the rank word names the one person given it. */
    @Test
    void thePrimeMinisterIsTheOnePersonGivenThatTitle() {
        AnnotatedDocument doc = extract(CABINET);
        assertSpeaker(doc, "the Ministry of Agriculture to prepare a compensation scheme for farmers by 1 May", "Vera Holmgaard");
        assertSpeaker(doc, "the Ministry of Transport to publish a timetable for the repairs", "Vera Holmgaard");
    }

    private static final String AMBASSADOR = """
            On the meeting of Deputy Foreign Minister Tomas Ekberg with the Ambassador of Lorvania

            On 9 April, Deputy Minister of Foreign Affairs of Ostmark Tomas Ekberg received the Ambassador of Lorvania \
            to Ostmark, Ines Marquart, at her request.

            T. Ekberg said that Ostmark expected Lorvania to lift the fishing quotas before the summer.

            The Ambassador assured that her government would study the request. She noted that the quotas were under \
            review.

            The diplomat also handed over an invitation to the Minister of Foreign Affairs of Ostmark, Karl Vennberg, \
            to visit Lorvania.

            The Deputy Minister also raised the issue of visa fees, noting that they had tripled since 2024.
            """;

    /** "The Ambassador" is the one person given that title, not the deputy minister who spoke before her. */
    @Test
    void theAmbassadorIsThePersonGivenThatTitle() {
        AnnotatedDocument doc = extract(AMBASSADOR);
        assertSpeaker(doc, "her government would study the request", "Ines Marquart");
        assertSpeaker(doc, "the quotas were under review", "Ines Marquart");
    }

    /** "The Deputy Minister" is no "Minister of Foreign Affairs", though the minister was named last. */
    @Test
    void theDeputyMinisterIsNoMinister() {
        assertSpeaker(extract(AMBASSADOR), "the issue of visa fees, noting that they had tripled since 2024", "Tomas Ekberg");
    }

    /**
     * Two holders of one title, the readout's own named in its lede: "the Minister" is the readout's own minister,
     * though her guest, a minister too, was named in between.
     */
    @Test
    void ofTwoHoldersTheLedesSubjectIsTheReadoutsOwn() {
        AnnotatedDocument doc = extract("""
                Minister Sara Lindell holds talks with the Foreign Minister of Tarvia

                On 3 May, Minister for Foreign Affairs of Ostmark Sara Lindell held talks in Brenna with Foreign \
                Minister of the Republic of Tarvia Jonas Okri, who is on an official visit.

                Jonas Okri thanked his hosts for the invitation and said that Tarvia valued the partnership.

                The Minister said that Ostmark supported an early agreement on the avoidance of double taxation.
                """);
        assertSpeaker(doc, "Ostmark supported an early agreement on the avoidance of double taxation", "Sara Lindell");
    }

    /** A lower-case description is no formal title: "the minister" keeps the earlier rules (the last speaker). */
    @Test
    void aLowerCaseDescriptionKeepsTheEarlierRules() {
        AnnotatedDocument doc = extract("""
                BRENNA, May 3 (Wire) - Ostmark's agriculture minister, Pavel Kruszka, said on Monday that farmers would \
                be compensated.

                Transport Minister Agata Lindenau said the Brenna bridge would reopen in June.

                The minister added that the repairs would cost 40 million crowns.
                """);
        assertSpeaker(doc, "the repairs would cost 40 million crowns", "Agata Lindenau");
    }

    /** "the head of the ministry" in lower case, read as a body by its last word, is its minister all the same. */
    @Test
    void theHeadOfTheMinistryInLowerCaseIsItsMinister() {
        assertSpeaker(extract("""
                Minister of Agriculture Tomas Vrell met representatives of nine grain cooperatives on Friday.

                The head of the ministry stressed that export quotas would not return this year.
                """), "export quotas would not return this year", "Tomas Vrell");
    }

    /** "The head of the health department" is the minister the readout gives the health field ("Minister of Health"). */
    @Test
    void theHeadOfAFieldsDepartmentIsThatFieldsMinister() {
        AnnotatedDocument doc = extract("""
                Minister of Health Pavla Orlenko meets the mission of the Coastal Health Organization

                On 9 June, Minister of Health Pavla Orlenko received a mission of the Coastal Health Organization led by \
                Dr. Anselm Brecht.

                Dr. Anselm Brecht noted that the mission would visit four provinces.

                The head of the health department drew the guests' attention to the shortage of nurses, pointing out \
                that a fifth of posts in rural clinics remain vacant.
                """);
        assertSpeaker(doc, "a fifth of posts in rural clinics remain vacant", "Pavla Orlenko");
    }
}
