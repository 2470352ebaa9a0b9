package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A second verb of saying goes on with the first verb's whole speaker phrase ({@link SharedSubject}). */
class SharedSubjectTest {

    /** "The pilots' union Harbour Pilots Guild said A, and urged B": the union urged, not "The pilots". */
    @Test
    void aSecondVerbAfterAPossessorGoesOnWithWhatItPossesses() {
        AnnotatedDocument doc = extract("""
                The tenants' association Marrow Court Residents Forum said the repairs came two years too late, and \
                urged the city to inspect every block.
                """);
        assertSpeaker(doc, "the city to inspect every block", "Marrow Court Residents Forum");
        assertEquals("The tenants' association Marrow Court Residents Forum", statement(doc, "the city to inspect every block").mentionText());
    }

    /**
     * Round 56: a capitalised plural opening the sentence is read as a name ("Glaziers"); the union it possesses still
     * goes on to the second verb.
     */
    @Test
    void aSecondVerbAfterAPossessorReadAsANameGoesOnWithWhatItPossesses() {
        AnnotatedDocument doc = extract("""
                Glaziers' union Vitrex warned that window repairs might take a month in outlying villages, and urged \
                insurers to pay for boarding instead where needed.
                """);
        assertSpeaker(doc, "window repairs might take a month in outlying villages", "Vitrex");
        assertSpeaker(doc, "insurers to pay for boarding instead where needed", "Vitrex");
    }

    /** "Angling and boating clubs backed A and urged B": the opening word is not the second verb's whole subject. */
    @Test
    void aSecondVerbGoesOnWithWordsJoinedByAndBeforeTheirNoun() {
        AnnotatedDocument doc = extract("""
                Angling and boating clubs largely supported the new weir and urged the Water Board to open a fish pass \
                before the spring run.
                """);
        assertSpeaker(doc, "the new weir", "Angling and boating clubs");
        assertSpeaker(doc, "the Water Board to open a fish pass before the spring run", "Angling and boating clubs");
    }
}
