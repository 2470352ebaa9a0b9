package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateStageTest {

    /** Wednesday; the dateline below is Monday, March 3. */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 5);

    private static AnnotatedDocument dated(String text, LocalDate published) {
        return Pipeline.through(DateStage.class, text, published);
    }

    @Test
    void yearAfterTheCue() {
        AnnotatedDocument doc = dated("Lund told reporters in late 2024 that the process was fragile.", PUBLISHED);

        assertEquals("2024", statement(doc, "the process was fragile").date);
    }

    @Test
    void relativeDaysResolveAgainstTheDateline() {
        AnnotatedDocument doc = dated("""
                Port to reopen
                OSLO, March 3. /Nordwire/. Ingrid Holm said on Tuesday that the port would reopen.
                Holm said yesterday that fees would fall.
                Holm said on March 1 that talks had ended.
                Holm said in 2023 that the port was too small.
                """, PUBLISHED);

        assertEquals("2025-02-25", statement(doc, "the port would reopen").date);
        assertEquals("2025-03-02", statement(doc, "fees would fall").date);
        assertEquals("2025-03-01", statement(doc, "talks had ended").date);
        assertEquals("2023", statement(doc, "the port was too small").date);
    }

    @Test
    void statementOnTheDatelineDayHasNoOwnDate() {
        AnnotatedDocument doc = dated("OSLO, March 3. /Nordwire/. Holm said on Monday that ships were waiting.",
                PUBLISHED);

        assertNull(statement(doc, "ships were waiting").date);
    }

    @Test
    void withoutDatelineThePublicationDateAnchors() {
        String text = "Ingrid Holm said on Tuesday that the port would reopen.";

        assertEquals("2025-03-04", statement(dated(text, PUBLISHED), "the port would reopen").date);
        assertNull(statement(dated(text, null), "the port would reopen").date);
    }

    @Test
    void datesInsideTheContentAreNotTheStatementDate() {
        AnnotatedDocument doc = dated("Holm said the strike began on Friday.", PUBLISHED);

        assertNull(statement(doc, "the strike began on Friday").date);
    }

    @Test
    void timePhraseBeforeAClauseDatesTheStatementAndIsNoContent() {
        AnnotatedDocument doc = dated("The coast guard said on Tuesday evening it had found the wreck.", PUBLISHED);

        assertEquals("2025-03-04", statement(doc, "it had found the wreck").date);
    }

    /** Round 54 (perf): the weekdays are read from a table made once; each still dates to its day on or before the anchor. */
    @Test
    void everyWeekdayAfterOnDatesToItsDayOnOrBeforeTheAnchor() {
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        String[] dates = {"2025-03-03", "2025-03-04", "2025-03-05", "2025-02-27", "2025-02-28", "2025-03-01", "2025-03-02"};
        for (int d = 0; d < days.length; d++) {
            AnnotatedDocument doc = dated("Vera Dunmore said on " + days[d] + " that the ferry pier would shut.", PUBLISHED);
            String expected = dates[d].equals(PUBLISHED.toString()) ? null : dates[d];
            assertEquals(expected, statement(doc, "the ferry pier would shut").date, days[d]);
        }
    }
}
