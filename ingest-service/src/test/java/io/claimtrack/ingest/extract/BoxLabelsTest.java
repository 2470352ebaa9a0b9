package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, thirtieth round: a game story's "NOTES:" line and a fact-check's "THE CLAIM:" and "THE VERDICT:"
 * boxes are labels, no speakers; a claim signed after a dash ("— Mara Lund, mayoral candidate") is the signer's.
 */
class BoxLabelsTest {

    @Test
    void aNotesLineIsNoSpeaker() {
        AnnotatedDocument doc = extract("""
                The Pilots won 4-2 on Saturday.

                NOTES: Pilots D Ola Lind (lower body) sat out again; Berg said he is "week to week." ... The Gulls \
                played without two forwards.
                """);
        assertSpeaker(doc, "he is \"week to week.\"", "Berg");
        assertFalse(doc.attributions.stream().anyMatch(a -> "NOTES".equals(a.speaker)), Pipeline.contents(doc).toString());
    }

    @Test
    void aFactChecksClaimIsItsSignersAndTheVerdictNobodys() {
        AnnotatedDocument doc = extract("""
                Ferry fares: what the ad gets wrong

                By Ann Holt

                THE CLAIM: "Fares doubled on his watch." — Mara Lund, mayoral candidate

                THE VERDICT: Mostly false. Fares rose 40 percent.
                """);
        assertSpeaker(doc, "\"Fares doubled on his watch.\"", "Mara Lund");
        assertFalse(doc.attributions.stream().anyMatch(a -> a.speaker != null && a.speaker.contains("VERDICT")),
                Pipeline.contents(doc).toString());
    }

    @Test
    void aQuotationInsideASentenceIsNoSignedOne() {
        AnnotatedDocument doc = extract("The youth wing called a referendum — \"No to Free Lawyers\" — for June 5, 2016, against the plan.\n");
        assertFalse(doc.attributions.stream().anyMatch(a -> "June 5".equals(a.speaker) || "for June 5".equals(a.speaker)),
                Pipeline.contents(doc).toString());
    }
}
