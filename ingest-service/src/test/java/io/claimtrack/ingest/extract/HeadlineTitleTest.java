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

    @Test
    void twoHoldersOfTheTitleLeaveItAsItIs() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, STORY
                + "\nIn nearby Vik, Mayor Kari Holt said her town would keep its fares as well.\n");
        assertEquals("Mayor", statement(doc, "parking fees will cover the shortfall").speaker);
    }
}
