package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A headline's bare title is the one person its story gives that title, however far down (issue 10). */
class HeadlineTitleTest {

    private static final String STORY = """
            Ferry fares to stay frozen through 2027

            Mayor says parking fees will cover the shortfall

            By Anna Lie

            TOLVIK — The city will keep ferry fares frozen through 2027, officials said on Monday, despite a \
            shortfall in the harbour budget.

            Council members from the east ward questioned the cost at a long meeting.

            Nils Berg, who chairs the finance committee, said the freeze would cost $2 million a year.

            The harbour board has asked for a review of the timetable.

            Mayor Ingrid Solberg, in her second term, told reporters that parking fees would cover the shortfall.
            """;

    @Test
    void aHeadlinesTitleIsTheOnePersonTheStoryGivesIt() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, STORY);
        assertEquals("Ingrid Solberg", statement(doc, "parking fees will cover the shortfall").speaker);
    }

    /**
     * A scraped page's share bar (noise) and photo caption (title-like lines) between the deck and the story are no
     * story blocks: the owner named in the story's third paragraph is the deck's "Owner".
     */
    @Test
    void aDecksDescriptionReachesPastAShareBarAndACaption() {
        String page = """
                Inspectors close harbour cafe after rat sightings
                Owner says cafe 'will reopen within the week'
                By Lene Dahl | March 3, 2026 at 9:40 a.m.
                Share  Tweet  Email  Print
                The counter of the Quayside Cafe on Pier Road on Monday. (Lene Dahl / Tolvik Today)
                City health inspectors closed the Quayside Cafe on Monday after finding rat droppings in its store room, according to an inspection report released Tuesday.
                Inspectors also noted that the back door did not shut, according to the inspection report.
                The cafe's owner, Marit Eide, said she had hired an exterminator the same afternoon.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, page);
        assertEquals("Marit Eide", statement(doc, "cafe 'will reopen within the week'").speaker);
    }

    /** Both mayors' words hold the headline's ("parking fees ... the shortfall"), so no echo of them names one either. */
    @Test
    void twoHoldersOfTheTitleLeaveItAsItIs() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, STORY
                + "\nIn nearby Vik, Mayor Kari Holt said parking fees would cover her town's shortfall as well.\n");
        assertEquals("Mayor", statement(doc, "parking fees will cover the shortfall").speaker);
    }

    /**
     * "Crew's lawyer" opens its headline: capitalised by where it stands, "Crew" is no place or body clashing with
     * the title given in apposition far down ("A lawyer for the Alder crane crew, Kari Holt").
     */
    @Test
    void aHeadlinesFirstWordIsNoQualifierWhereTheTitleHasItInLowerCase() {
        String story = """
                Harbour board to publish crane inspection report, chair says

                Crew's lawyer says the wait is a scandal

                By Anna Lie

                TOLVIK — The harbour board will publish the inspection report on the collapsed crane within a month, \
                its chair, Nils Berg, said on Monday.

                Berg said the inspectors had asked for more time to test the cables.

                The crane operator, Per Lund, remains in hospital, according to his union.

                The board has said little about the collapse since the first day.

                A lawyer for the Alder crane crew, Kari Holt, said the crane had failed two checks last year.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("Kari Holt", statement(doc, "the wait is a scandal").speaker);
    }

    /**
     * "Vesland trade envoy" over a story that names Vesland alone and titles one person "the negotiator" (an envoy is
     * one) below the deck's bullets: the headline's place is the story's, left out of the title; the lede's "Vesland's chief trade negotiator"
     * is the negotiator the next paragraph names, past officials it leaves unnamed.
     */
    @Test
    void aHeadlinesEnvoyIsTheNegotiatorTheStoryNamesWithoutThePlace() {
        String story = """
                Fishing quota deal "close" — Vesland trade envoy

                * Deal could be signed before the summer season
                * Morra officials say herring catch still open
                * Boat owners urge government to hold firm

                By Anna Lie

                TOLVIK, May 2 (Northwire) - Vesland and Morra are close to a deal on fishing quotas, Vesland's chief \
                trade negotiator said on Thursday, though officials in Morra cautioned that the herring catch had not \
                been settled.

                "We are closer than ever," the negotiator, Ivar Dahl, told reporters after the talks.

                Morra's fisheries ministry said in a statement that progress had been made.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("Ivar Dahl", statement(doc, "Fishing quota deal \"close\"").speaker);
        assertEquals("Ivar Dahl", statement(doc, "Vesland and Morra are close to a deal on fishing quotas").speaker);
    }

    /** "New harbour chief says" is no predecessor the story titles "Chief": "New" is no place the story names. */
    @Test
    void aHeadlinesAdjectiveIsNoPlaceLeftOut() {
        String story = """
                New harbour chief says dredging comes first

                Ada Moen took over the harbour office in May. She sat down with the Ledger last week.

                Q: Your predecessor, Chief Odd Vik, said the channel was safe. Was he right?

                A: The channel is too shallow for the new ferries.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("New harbour chief", statement(doc, "dredging comes first").speaker);
    }

    /** A related story's headline at a scraped page's foot is another story's: its title is not this story's owner. */
    @Test
    void aRelatedStorysHeadlineIsNotThisStorysPerson() {
        String page = """
                Inspectors close harbour cafe after rat sightings
                By Lene Dahl | March 3, 2026 at 9:40 a.m.
                City health inspectors closed the Quayside Cafe on Monday after finding rat droppings in its store room.
                The cafe's owner, Marit Eide, said she had hired an exterminator the same afternoon.
                Quayside had passed its last two inspections, the report says.
                Related
                Quayside owner: 'We are one family here'
                Ferry fares to stay frozen through 2027
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, page);
        assertEquals("Quayside owner", statement(doc, "'We are one family here'").speaker);
    }
}
