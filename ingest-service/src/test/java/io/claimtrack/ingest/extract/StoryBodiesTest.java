package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 56: a zoo's, museum's or hospital's "The zoo says", far below the lede that names the one zoo of the
 * story, is that zoo, as a business's "the company said" is ({@link StoryBodies}). Round 57: "the railway" or "the
 * hospital" is the one body whose name holds its word ("Pellan State Railways", "Regional Health Centre"), over a bank
 * named nearer ({@link StoryBodies#holding}, {@link BodyKinds#holdsOwnWord}).
 */
class StoryBodiesTest {

    /** The lede's zoo, twenty paragraphs (past {@link ResolutionWindows#TITLED_NAME_CHARS}) and another body above "The zoo says". */
    private static final String ZOO = """
                Two brown bears to arrive at Tessel zoo

                Tessel, Ostmark (AFP) - Two brown bears will arrive at the Jardin zoologique de Tessel in May under a loan \
                from Varnia, the zoo announced on Thursday.

                """ + """
                The bears were born in the mountain reserve of Kessel and have never travelled before, a keeper explained.

                """.repeat(20) + """
                Varnia owns all brown bears living abroad, about 60 animals in 12 countries, according to the Harlo breeding centre.

                Who will feed them? The zoo says it has signed a contract with a fish farm near the coast.
                """;

    @Test
    void theZooFarBelowTheLedeIsTheOneZooTheStoryNames() {
        assertSpeaker(extract(ZOO), "it has signed a contract with a fish farm near the coast", "Jardin zoologique de Tessel");
    }

    @Test
    void theZooNamedInEnglishIsTheOneZooToo() {
        assertSpeaker(extract(ZOO.replace("the Jardin zoologique de Tessel", "the Tessel City Zoo")),
                "it has signed a contract with a fish farm near the coast", "Tessel City Zoo");
    }

    /** A strike's railway named in the lede, a bank's economist quoted past {@link ResolutionWindows#TITLED_NAME_CHARS} below it. */
    private static final String RAILWAY = """
                Drivers at Pellan State Railways walked out on Monday, the third strike this year.

                """ + """
                Farmers have been hit hard by the strike, which has left grain stuck in silos across the north for a week.

                """.repeat(12) + """
                "It costs us dearly," said Mirela Osk-Haldane, an economist at Torvane Savings Bank.

                The railway said it had hired 80 drivers from an agency.
                """;

    @Test
    void theRailwayIsTheBodyWhoseNameHoldsItsWordNotTheBankNamedNearer() {
        assertSpeaker(extract(RAILWAY), "it had hired 80 drivers from an agency", "Pellan State Railways");
    }

    @Test
    void theRailwayOfAStoryThatNamesTwoIsTheNearer() {
        String two = RAILWAY.replace("\n\nThe railway said", "\n\nHarwick Coast Railways ran its trains as usual.\n\nThe railway said");
        assertSpeaker(extract(two), "it had hired 80 drivers from an agency", "Harwick Coast Railways");
    }

    @Test
    void theHospitalIsAHealthCentreOrAnInfirmary() {
        assertSpeaker(extract("Parking at St. Brigid Regional Health Centre will cost $3 an hour, the hospital announced Thursday."),
                "Parking at St. Brigid Regional Health Centre will cost $3 an hour", "St. Brigid Regional Health Centre");
        assertSpeaker(extract("Tickets at Marrowfield General Infirmary's garage will cost $5 an hour, the hospital said."),
                "Tickets at Marrowfield General Infirmary's garage will cost $5 an hour", "Marrowfield General Infirmary");
    }

    @Test
    void theMuseumIsNoBodyWhoseComplementHoldsItsWord() {
        assertSpeaker(extract("""
                Staff at the Orrin Valley Museum will return two masks to Delsa, the National Commission for Museums said.

                Other items stay. The museum said the masks would leave in June.
                """), "the masks would leave in June", "Orrin Valley Museum");
    }

    /** "Ferries" ends a business's name as "Airways" does: the deck's "Operator" and the text's "the company" are that line. */
    @Test
    void aFerryLineIsTheDecksOperator() {
        AnnotatedDocument doc = extract("""
                Harbour ferry halts night crossings
                Operator blames fuel costs

                SORREL POINT - The night boat to Sorrel Point will stop running on Monday, Tarrow Island Ferries said on Tuesday.

                Ivo Brandt, a deckhand, said the crew had not been paid. The company said it would pay them by Friday.
                """);
        assertSpeaker(doc, "fuel costs", "Tarrow Island Ferries");
        assertSpeaker(doc, "it would pay them by Friday", "Tarrow Island Ferries");
    }

    /** A bracketed share bar between the deck and the lede is furniture, not the next story's headline. */
    @Test
    void aBracketedShareBarDoesNotEndTheDecksStory() {
        AnnotatedDocument doc = extract("""
                Harbour ferry halts night crossings
                Operator blames fuel costs

                By Ann Lee
                Published Jan. 3, 2038 at 6:15 p.m.

                [Facebook] [X] [Email]

                SORREL POINT - The night boat to Sorrel Point will stop running on Monday, Tarrow Island Ferries said on Tuesday.
                """);
        assertSpeaker(doc, "fuel costs", "Tarrow Island Ferries");
    }
    /**
     * Round 60, bprest: a headline's and a lede's description of a business the story names only in the next paragraph,
     * by a trade name that no list of bodies holds ("Brenlow Communications"): the body named ahead.
     */
    private static final String SIGNALS = """
                Rail signals failed after a cable fire, company says

                MERLOW, Ostravia (AP) — A cable fire cut the signals on the main line for most of Wednesday, the \
                country's largest phone company said, stranding thousands of commuters.

                Brenlow Communications said the fire had started in a junction box.
                """;

    @Test
    void aHeadlinesAndALedesDescriptionIsTheTradeNameNamedBelow() {
        var doc = extract(SIGNALS);
        assertSpeaker(doc, "Rail signals failed after a cable fire", "Brenlow Communications");
        assertSpeaker(doc, "A cable fire cut the signals on the main line for most of Wednesday stranding thousands of commuters",
                "Brenlow Communications");
    }

    /** "Communications" in a name makes it a business's: "the company" after it is that business. */
    @Test
    void theCompanyAfterACommunicationsNameIsThatBusiness() {
        assertSpeaker(extract("Storvik Communications said the update had a flaw. Service was restored by noon, the company said."),
                "Service was restored by noon", "Storvik Communications");
    }

    /** "Hydro" in a name makes it a power utility's: "the utility" after it is that business. */
    @Test
    void theUtilityAfterAHydroNameIsThatBusiness() {
        assertSpeaker(extract("Tarnby Hydro reports that lines are down along the coast road. The utility said crews would work through the night."),
                "crews would work through the night", "Tarnby Hydro");
    }
}
