package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, round 61: a release's quotation alone on its lines over a line "— NAME, TITLE" is one statement of
 * NAME with no cue (the sixty-first round's set BR, decision 2).
 */
class DashedQuoteSignerTest {

    private static final String RELEASE = """
            Province opens two ferry terminals in the north

            News Release

            LOWBRIDGE - Premier Ilsa Varnecke-Oduya announced today that the Province will build two ferry terminals on the northern coast.

            - The terminals will open in Cobbet Sound and Mirren Bay by 2047.
            - Each will serve 40 sailings a week.

            Quotes

            "Our crews are trained and our vessels are ready. The terminals are the last piece."
            — Dr. Oskar Brannagh-Lutz, Minister of Transport

            "Islanders will no longer plan their week around a cancelled sailing."
            — Grand Chief Wenonah Castellar-Ibe, Coastal Nations Council

            "Our members will staff the new routes from the first day."
            - Pell Anderhaven, President, Coastal Ferry Workers' Union
            """;

    @Test
    void aQuotationSignedUnderItWithADashAndANameIsThatPersonsWithNoCue() {
        AnnotatedDocument doc = extract(RELEASE);
        assertSpeaker(doc, "\"Our crews are trained and our vessels are ready. The terminals are the last piece.\"", "Oskar Brannagh-Lutz");
        assertSpeaker(doc, "\"Islanders will no longer plan their week around a cancelled sailing.\"", "Wenonah Castellar-Ibe");
        assertSpeaker(doc, "\"Our members will staff the new routes from the first day.\"", "Pell Anderhaven");
        assertEquals("", statement(doc, "\"Our members will staff the new routes from the first day.\"").cue);
    }

    @Test
    void aQuotationOverADashedListItemIsNobodys() {
        AnnotatedDocument doc = extract("""
                Harbour works begin

                "Built to last a century"
                - The quay will be rebuilt in granite by the autumn.
                - Works start on Monday.
                """);
        assertFalse(contents(doc).contains("\"Built to last a century\""));
    }
}
