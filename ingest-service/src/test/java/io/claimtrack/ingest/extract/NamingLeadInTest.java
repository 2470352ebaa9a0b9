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
}
