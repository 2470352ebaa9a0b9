package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertOnlyStatement;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 43: "said NAME of the DESCRIPTION BODY": the person named before "of" speaks, not the body a
 * lower-case description introduces after it.
 */
class AffiliatedPersonTest {

    @Test
    void thePersonBeforeTheDescribedBodySpeaks() {
        assertOnlyStatement("\"These marshes will not come back,\" said Tomas Ferreira of the conservation group Green Harbor.",
                "\"These marshes will not come back,\"", "Tomas Ferreira");
    }

    @Test
    void aLongerDescriptionBeforeASubjectsCue() {
        assertOnlyStatement("Nadia Olsen of the housing rights group Fair Roofs said the rent rises were unlawful.",
                "the rent rises were unlawful", "Nadia Olsen");
    }

    @Test
    void aFirstNameOnNoListAndAHyphenatedSurname() {
        assertOnlyStatement("\"The nets are empty,\" said Zebrin Tollack-Vane of the fishing group Northwater.",
                "\"The nets are empty,\"", "Zebrin Tollack-Vane");
    }

    /** Round 51: a title of a capitalised modifier and a lower-case role before the name ("Security analyst"). */
    @Test
    void aModifiedLowerCaseTitleBeforeTheName() {
        assertOnlyStatement("Security analyst Ravi Kohl of the firm Netvane said the gang had struck 20 banks.",
                "the gang had struck 20 banks", "Ravi Kohl");
    }

    @Test
    void aTitleBeforeOfKeepsTheBody() {
        // No name before "of": the description is the director's, and the body named after it stays the speaker.
        assertOnlyStatement("\"We will sue,\" said the director of the conservation group Green Harbor.",
                "\"We will sue,\"", "Green Harbor");
    }

    @Test
    void aBodysOwnNameBeforeOfIsNoPerson() {
        assertOnlyStatement("\"We need a vote,\" said Friends of the river group Lowmarsh.", "\"We need a vote,\"", "Lowmarsh");
    }

    @Test
    void aBodysNameWithSmallWordsInside() {
        // Issue 10, round 49: "Free the Herd", "Save the Dunes": lower-case words between the name's capitals.
        assertOnlyStatement("Lena Marsh of the group Save the Dunes said the beach plan was rushed.",
                "the beach plan was rushed", "Lena Marsh");
    }

    @Test
    void aTitledPersonOfANamedVesselSpeaks() {
        // Issue 10, round 50: a captain's title before the name, and the craft served on named as a body is.
        assertOnlyStatement("Captain Ines Tovar of the freighter Baltic Dawn said the crew had enough fuel for a week.",
                "the crew had enough fuel for a week", "Ines Tovar");
    }

    /**
     * Round 60: a lower-case occupation before the name ("said marine biologist"), and an institute named with what
     * it is for ("Institute for Coastal Studies"): the person speaks, and a "she" after her is hers, not a company's.
     */
    @Test
    void aLowerCaseOccupationAndAnInstituteForAFieldKeepThePerson() {
        assertOnlyStatement("Wild trout lose their way home, said marine biologist Sunniva Haugland-Obi of the Ostmark "
                + "Institute for Coastal Studies.", "Wild trout lose their way home", "Sunniva Haugland-Obi");
        AnnotatedDocument doc = Pipeline.extract("""
                Fjordlax said in a statement that its pens had been inspected in September.

                Wild trout lose their way home, said ecologist Sunniva Haugland-Obi of the Ostmark Institute for \
                Coastal Studies.

                "Half of them will swim upriver," she told AFP.
                """);
        Pipeline.assertSpeaker(doc, "\"Half of them will swim upriver,\"", "Sunniva Haugland-Obi");
    }
}
