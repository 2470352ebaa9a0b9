package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-fifth round: "Chief Toxicologist" is a title, read as one by name bounds ({@link
 * OccupationAfterModifier}), so "The Chief Toxicologist" is a description and no person named "Toxicologist".
 */
class OccupationAfterModifierTest {

    private static final String WELLS = """
            Dunmarrow water report

            Chief Toxicologist Orlaith Quenby-Marr said on Friday that the wells in the lower town were safe to drink.

            The Chief Toxicologist said the old tannery site would be tested again in spring.
            """;

    @Test
    void theOccupationEndsTheTitle() {
        AnnotatedDocument doc = attribute(WELLS);
        assertEquals("Chief Toxicologist|Orlaith Quenby-Marr", roleAndName(doc, 0));
        assertEquals("Chief Toxicologist|", roleAndName(doc, 1));
    }

    @Test
    void theTitleDescribesItsHolder() {
        AnnotatedDocument doc = extract(WELLS);
        assertSpeaker(doc, "the wells in the lower town were safe to drink", "Orlaith Quenby-Marr");
        assertSpeaker(doc, "the old tannery site would be tested again in spring", "Orlaith Quenby-Marr");
    }

    /** A name with a particle, a two-word first name, a surname that is a trade, a chief named by an -ist surname. */
    @Test
    void namesAfterTitlesAreLeftAlone() {
        assertEquals("Minister|van Hal", roleAndName(attribute("Minister van Hal said the budget was balanced.\n"), 0));
        assertEquals("Senator|Mary Ann Kell", roleAndName(attribute("Senator Mary Ann Kell said the bill would pass.\n"), 0));
        assertEquals("Mayor|Tom Baker", roleAndName(attribute("Mayor Tom Baker said the bridge would reopen.\n"), 0));
        assertEquals("Chief|Lindqvist", roleAndName(attribute("Chief Lindqvist said the road was closed.\n"), 0));
        assertEquals("Chief|Baker", roleAndName(attribute("Chief Baker said the road was closed.\n"), 0));
    }

    private static String roleAndName(AnnotatedDocument doc, int i) {
        Mention m = doc.attributions.get(i).mention;
        return m.role() + "|" + m.name();
    }
}
