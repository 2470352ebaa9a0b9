package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-sixth round: "the head of the Ministry" is the minister the text names, "the head of the Government"
 * its prime minister, never their deputies; a ministry's title joined by "and" still ends in its holder's name.
 */
class HeadOfOfficeTest {

    private static final String MINISTRY_PAGE = """
            Ministry of Fisheries and Coastal Affairs of the Republic of Norland
            Home | Ministry | Press Centre | Contacts

            Pia Halvorsen-Mbeki: cod quota will rise by a tenth next year

            Published: 03.02.2027 10:15 | Updated: 03.02.2027 12:40
            Print | A A+

            Minister of Fisheries and Coastal Affairs Pia Halvorsen-Mbeki today visited the port of Vardby.

            In a conversation with fishermen, the Minister said that catches had risen by 8 percent since January. "We will raise the quota for the first time in six years," the head of the Ministry stressed.

            According to Deputy Minister Oskar Lindqvist-Abara, who accompanied the Minister, the new vessels will be delivered by June.
            """;

    @Test
    void theHeadOfTheMinistryIsItsMinisterNotTheDeputy() {
        AnnotatedDocument doc = extract(MINISTRY_PAGE);
        assertSpeaker(doc, "\"We will raise the quota for the first time in six years,\"", "Pia Halvorsen-Mbeki");
        assertSpeaker(doc, "the new vessels will be delivered by June", "Oskar Lindqvist-Abara");
    }

    @Test
    void aMinistryTitleJoinedByAndEndsInItsHoldersName() {
        assertSpeaker(extract(MINISTRY_PAGE), "catches had risen by 8 percent since January", "Pia Halvorsen-Mbeki");
    }

    @Test
    void theHeadOfTheGovernmentIsThePrimeMinister() {
        assertSpeaker(extract("""
                Government of the Republic of Norland
                Press Office

                Cabinet discusses response to floods

                A meeting of the Cabinet chaired by Prime Minister Ilse Marwick-Obi was held today. Deputy Prime Minister Tomas Brekke-Lund reported on the damage in the north.

                At the end of the meeting, the Prime Minister thanked the rescue teams. "Every house rebuilt is a family back at home," the head of the Government said.
                """), "\"Every house rebuilt is a family back at home,\"", "Ilse Marwick-Obi");
    }

    /** "The head of the Ministry of Energy" is its minister, no prime minister (whose rank is no part of that office). */
    @Test
    void aPrimeMinisterHeadsNoMinistry() {
        assertSpeaker(extract("""
                Government of the Kingdom of Norland

                Government meeting on the winter season

                Prime Minister Ilse Marwick-Obi chaired a meeting of the Government on the winter season.

                Minister of Energy Kari Lundgren-Oyo reported that gas storage was full. The head of the Ministry of Energy warned that prices could rise by a third in January.
                """), "prices could rise by a third in January", "Kari Lundgren-Oyo");
        assertSpeaker(extract("""
                Government of the Kingdom of Norland

                Government meeting on the winter season

                Prime Minister Ilse Marwick-Obi chaired a meeting of the Government on the winter season.

                Minister of Energy Kari Lundgren-Oyo reported that gas storage was full. Later the Prime Minister spoke to reporters. "The winter will be hard," the head of the Ministry said.
                """), "\"The winter will be hard,\"", "Kari Lundgren-Oyo");
    }
}
