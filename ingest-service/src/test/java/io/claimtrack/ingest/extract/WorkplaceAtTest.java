package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-first round: "Strategist Lena Quorn at Tarvik Capital argued" is the strategist's, her workplace after
 * "at" no part of her name, as after "of" ({@code RoleAndName.workplaceAt}, {@link NameBounds#personOf}).
 */
class WorkplaceAtTest {

    @Test
    void aTitledPersonAtAFirmSpeaks() {
        AnnotatedDocument doc = extract("""
                Bonds rally

                Strategist Orwin Tasker at Tarvik Capital argued that yields had peaked.
                """);
        assertSpeaker(doc, "yields had peaked", "Orwin Tasker");
    }

    /** A plural group at a firm is no person: the phrase stays whole. */
    @Test
    void aGroupAtAFirmStaysWhole() {
        AnnotatedDocument doc = extract("""
                Bonds rally

                Economists at Tarvik Capital said yields had peaked.
                """);
        assertSpeaker(doc, "yields had peaked", "Economists at Tarvik Capital");
    }
}
