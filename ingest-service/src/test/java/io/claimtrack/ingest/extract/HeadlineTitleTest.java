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

    @Test
    void twoHoldersOfTheTitleLeaveItAsItIs() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, STORY
                + "\nIn nearby Vik, Mayor Kari Holt said her town would keep its fares as well.\n");
        assertEquals("Mayor", statement(doc, "parking fees will cover the shortfall").speaker);
    }
}
