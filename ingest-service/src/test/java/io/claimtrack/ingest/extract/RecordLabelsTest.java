package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 60: a congressional record's turns are labelled "The CHAIRWOMAN.", "Mr. NAME.", "Senator NAME.", a
 * title and a name in capitals closed by a period; each turn is its speaker's statement.
 */
class RecordLabelsTest {

    private static final String HEARING = """
            CONFIRMATION OF OSWIN TRELAWNY-ABARA TO BE DIRECTOR OF THE PORT AUTHORITY

            HEARING BEFORE THE COMMITTEE ON TRANSPORT, SENATE OF THE STATE OF CALLOWAY

            The committee met, pursuant to notice, at 9:30 a.m., in Room 12, Capitol Annex, Hon. Liesel \
            Marchetti-Obi, chairwoman of the committee, presiding.

            Present: Senators Liesel Marchetti-Obi (chairwoman), Dario Pryce-Malouf and Ingrid Soames.

            The CHAIRWOMAN. The committee will come to order. I believe Mr. Oswin Trelawny-Abara has earned this post, \
            and I will vote for him.

            Mr. TRELAWNY-ABARA. Thank you, Madam Chairwoman. The port authority has spent its reserve twice since 2031, \
            and I do not believe a third draw is sustainable.

            Senator PRYCE-MALOUF. I appreciate the answer. It is not the answer the inspectors gave us.

            Senator SOAMES. The dredging contract should go to tender before the summer.
            """;

    @Test
    void eachLabelledTurnIsItsSpeakersStatement() {
        AnnotatedDocument doc = extract(HEARING);
        // The presiding line's "Hon." stays on the name the chair resolves to (round 59's "Hon." in a title's aside).
        assertTrue(speakerOf(doc, "The committee will come to order. I believe").endsWith("Liesel Marchetti-Obi"));
        assertEquals("Oswin Trelawny-Abara", speakerOf(doc, "Thank you, Madam Chairwoman. The port authority"));
        assertEquals("Dario Pryce-Malouf", speakerOf(doc, "I appreciate the answer. It is not the answer the inspectors gave us"));
        assertEquals("Ingrid Soames", speakerOf(doc, "The dredging contract should go to tender before the summer"));
    }

    /** A sentence of one capitalised word after a title, in prose, labels nothing; nor does one label alone. */
    @Test
    void aTitleAndAWordInCapitalsOutsideATranscriptLabelNothing() {
        AnnotatedDocument doc = extract("""
                The ferry to Kessby will stop running in May, the harbour board said on Monday.

                The END. That was the word painted on the last ticket office by a ferry worker who lost his job.
                """);
        assertFalse(contents(doc).stream().anyMatch(c -> c.startsWith("That was the word")));
        assertTrue(contents(doc).contains("The ferry to Kessby will stop running in May"));
    }
}
