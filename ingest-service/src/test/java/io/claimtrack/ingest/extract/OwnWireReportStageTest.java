package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The dateline's wire citing its own earlier reporting is the publisher's narration; another outlet's report stays. */
class OwnWireReportStageTest {

    private static final String CONTENT = "the dockers' union would strike on Monday";

    @Test
    void theDatelinesWireReportingEarlierIsNoStatement() {
        AnnotatedDocument doc = extract("""
                Tarnhold port braces for strike

                KESSVIK, March 4 (Brightwire) - Cranes at Tarnhold port stood idle on Wednesday. Brightwire reported last week that %s.

                The port's director, Ansel Vorbeck, said talks would resume on Thursday.
                """.formatted(CONTENT));
        assertFalse(contents(doc).contains(CONTENT), contents(doc).toString());
        assertSpeaker(doc, "talks would resume on Thursday", "Ansel Vorbeck");
    }

    @Test
    void anAgencysSlashDatelineCountsAsItsWire() {
        AnnotatedDocument doc = extract("""
                Grain terminal to reopen - operator

                ORSKAYA, May 12. /KOLTA/. The Orskaya grain terminal will reopen on Friday, its operator said. As KOLTA reported earlier, %s.
                """.formatted(CONTENT));
        assertFalse(contents(doc).contains(CONTENT), contents(doc).toString());
    }

    @Test
    void theSourcesTheWireCitesAreTheSpeaker() {
        AnnotatedDocument doc = extract("""
                Tarnhold port braces for strike

                KESSVIK, March 4 (Brightwire) - Tarnhold Shipping fell 3%% after Brightwire reported, citing two port officials, that %s.
                """.formatted(CONTENT));
        assertSpeaker(doc, CONTENT, "two port officials");
    }

    @Test
    void anotherOutletsReportStaysItsStatement() {
        AnnotatedDocument doc = extract("""
                Tarnhold port braces for strike

                KESSVIK, March 4 (Brightwire) - Cranes at Tarnhold port stood idle on Wednesday. Harbour Ledger reported last week that %s.
                """.formatted(CONTENT));
        assertSpeaker(doc, CONTENT, "Harbour Ledger");
    }

    @Test
    void aStoryWithNoDatelineIsUnchanged() {
        AnnotatedDocument doc = extract("""
                Tarnhold port braces for strike

                Cranes at Tarnhold port stood idle on Wednesday. Brightwire reported last week that %s.
                """.formatted(CONTENT));
        assertTrue(contents(doc).contains(CONTENT), contents(doc).toString());
    }
}
