package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A person described by whom they work for ("a spokesman for Mayor Ivo Lunde") is not the person named after the
 * preposition; an office after it ("secretary of State") still leads to the speaker's own name.
 */
class WhomForTest {

    @Test
    void aSpokesmanForATitledPersonIsNotThatPerson() {
        AnnotatedDocument doc = extract("""
                A spokesman for Mayor Ivo Lunde said the ferry would run on Sunday.

                Supporters of Democrat Tove Marsh say the bridge is too expensive.

                The ferry will be late, a spokeswoman for the Ostland Harbour Authority said.
                """);
        assertSpeaker(doc, "the ferry would run on Sunday", "A spokesman for Mayor Ivo Lunde");
        assertSpeaker(doc, "the bridge is too expensive", "Supporters of Democrat Tove Marsh");
        assertSpeaker(doc, "The ferry will be late", "a spokeswoman for the Ostland Harbour Authority");
        assertEquals(SpeakerKind.GROUP, Pipeline.statement(doc, "the bridge is too expensive").kind);
        assertEquals(SpeakerKind.PERSON, Pipeline.statement(doc, "The ferry will be late").kind);
    }

    @Test
    void anOfficeAfterThePrepositionKeepsTheName() {
        AnnotatedDocument doc = extract("""
                Former secretary of state Tove Marsh said the ferry would run on Sunday.

                Presidential Commissioner for Harbour Rights Marta Lind-Orlova said the bridge was too expensive.
                """);
        assertSpeaker(doc, "the ferry would run on Sunday", "Tove Marsh");
        assertSpeaker(doc, "the bridge was too expensive", "Marta Lind-Orlova");
    }

    @Test
    void thePeopleNamedAfterThePrepositionAreStillNamed() {
        AnnotatedDocument doc = extract("""
                Supporters of Ivo Lunde and Tove Marsh gathered in the port on Friday.

                Marsh said the ferry would run on Sunday.
                """);
        assertSpeaker(doc, "the ferry would run on Sunday", "Tove Marsh");
    }

    @Test
    void aMiddleInitialIsPartOfTheNameAfterATitle() {
        assertSpeaker(extract("Secretary of State Ivo G. Lunde said the ferry would run on Sunday."),
                "the ferry would run on Sunday", "Ivo G. Lunde");
    }
}
