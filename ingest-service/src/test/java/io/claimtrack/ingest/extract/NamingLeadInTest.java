package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-first round (govtitles): a lead-in whose verb names the list's items "as" something ("identified
 * the following areas as the most promising:") is the subject's, one statement an item; the words of the "as"
 * complement ("promising") are no cue. Items named as people ("as her deputies") are appointed, no statements.
 */
class NamingLeadInTest {

    @Test
    void theSubjectOfANamingLeadInSpeaksEachItem() {
        AnnotatedDocument doc = extract("""
                Minister of Fisheries Tove Ekdal met exporters in Vardel.

                The Minister identified the following markets as the most promising for frozen cod:
                • the Gulf states;
                • South Korea and Japan.

                She singled out these projects as urgent:
                • dredging the harbour at Ness;
                • a new cold store in Vardel.
                """);
        assertSpeaker(doc, "the Gulf states", "Tove Ekdal");
        assertSpeaker(doc, "South Korea and Japan", "Tove Ekdal");
        assertSpeaker(doc, "dredging the harbour at Ness", "Tove Ekdal");
    }

    @Test
    void itemsNamedAsPeopleAreNoStatements() {
        AnnotatedDocument doc = extract("""
                Minister of Fisheries Tove Ekdal named the following officials as her deputies:
                • Ivo Lund;
                • Ada Berg.
                """);
        assertTrue(statements(doc).isEmpty(), statements(doc).toString());
    }

    /**
     * Round 60 (older): "named" with no "as" over a list ("named the main results of the year:", "named the
     * following:") puts forward what the items say; a list of people under it ("named the following ministers:", "named
     * the following:" over names) or a passive ("Three deputies were named:") appoints, no statements.
     */
    @Test
    void itemsNamedWithNoAsAreStatementsUnlessTheyArePeople() {
        AnnotatedDocument doc = extract("""
                Minister of Forestry Annika Solberg-Mwale chaired the annual meeting of the ministry's board.

                In her report, the Minister named the main results of the year:
                - the timber harvest reached 9.1 million cubic metres;
                - exports of sawn wood grew by 7 percent.

                Among the tasks for 2039, Annika Solberg-Mwale named the following:
                1) completing the national register of forest land;
                2) expanding fire watch to 30 districts.
                """);
        assertSpeaker(doc, "the timber harvest reached 9.1 million cubic metres", "Annika Solberg-Mwale");
        assertSpeaker(doc, "exports of sawn wood grew by 7 percent", "Annika Solberg-Mwale");
        assertSpeaker(doc, "completing the national register of forest land", "Annika Solberg-Mwale");
        for (String appointed : new String[] {"named the following ministers:\n- Ana Berg-Osei, finance;\n- Tomas Lind, health.",
                "named the following:\n- Ana Berg-Osei, Minister of Finance;\n- Tomas Lind, Minister of Health.",
                "were named:\n- Ana Berg-Osei;\n- Tomas Lind."}) {
            AnnotatedDocument cabinet = extract("The Premier of Vellmark changed the cabinet.\n\nThe Premier " + appointed + "\n");
            assertTrue(statements(cabinet).isEmpty(), statements(cabinet).toString());
        }
    }
}
