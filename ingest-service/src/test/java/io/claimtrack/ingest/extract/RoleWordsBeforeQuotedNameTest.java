package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertOnlyStatement;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-fifth round: after a quotation, a role of several lower-case words before the speaker's name ("guild
 * president Tove Lind, a baker for 20 years, told a rally") opens the speaker as one word does ("passenger Tova
 * Lind"), so the aside after the name keeps the quotation with its cue and the rally stays the addressee.
 */
class RoleWordsBeforeQuotedNameTest {

    @Test
    void severalRoleWordsBeforeTheNameWithAnAside() {
        assertOnlyStatement("""
                Bakers walk out in Orlund

                “We bake the city's bread at four in the morning and we cannot pay our rent,” guild president Tove \
                Lindqvist, a baker for 20 years, told a rally of several hundred members outside the town hall.
                """, "“We bake the city's bread at four in the morning and we cannot pay our rent,”", "Tove Lindqvist");
    }

    /** Lower-case words ending in no role ("outside the") before a capitalised name open no speaker. */
    @Test
    void wordsEndingInNoRoleOpenNoSpeaker() {
        AnnotatedDocument doc = extract("""
                Bakers walk out in Orlund

                “We cannot pay our rent,” outside the Tove Lindqvist Hall, one baker told the rally.
                """);
        assertTrue(doc.attributions.stream().noneMatch(a -> a.speaker.contains("Hall")), "a place opened as speaker");
    }
}
