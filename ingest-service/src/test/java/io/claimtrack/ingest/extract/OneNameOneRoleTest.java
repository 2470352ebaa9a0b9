package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, class 6, on invented newspaper and wire stories: every statement of one person carries one name, the
 * name without the words that only title them, and the fullest role the document gives them.
 */
class OneNameOneRoleTest {

    /** Newspaper style: titles run into the name, honorifics on second reference. */
    @Test
    void titleWordsAndHonorificsAreNoPartOfTheName() {
        AnnotatedDocument doc = extract("""
                Museum opens its doors

                Actor Clint Hayward said on Saturday that the museum was long overdue. Mr. Okafor said it told an \
                American story.

                Hayward said he had waited ten years. "It is a good day," Okafor said.

                Playwright Frank Melby said the building had passed its inspection. Melby added that the permit \
                was in order. Rev. Charles Elliott Jr. said the chapel would reopen. Dr. Connie Marlow said the \
                exhibits were moving.
                """);

        assertSpeaker(doc, "the museum was long overdue", "Clint Hayward");
        assertSpeaker(doc, "he had waited ten years", "Clint Hayward");
        assertEquals("Actor", statement(doc, "he had waited ten years").role);
        // "Mr. Okafor" and "Okafor" are one person: no one else in the story is called Okafor.
        assertSpeaker(doc, "it told an American story", "Okafor");
        assertSpeaker(doc, "\"It is a good day,\"", "Okafor");
        assertSpeaker(doc, "the building had passed its inspection", "Frank Melby");
        assertSpeaker(doc, "the permit was in order", "Frank Melby");
        // A surname that is also a first name stays: the name starts at the first of the first names.
        assertSpeaker(doc, "the chapel would reopen", "Charles Elliott Jr");
        // A full name needs no honorific.
        assertSpeaker(doc, "the exhibits were moving", "Connie Marlow");
    }

    /** An honorific that tells two people of one surname apart stays; a name opening with a first name or initial is whole. */
    @Test
    void anHonorificThatTellsTwoPeopleApartStays() {
        AnnotatedDocument doc = extract("""
                Council splits over the pier

                Councillor Erik Dahl said on Monday that the pier should be sold. Mrs. Dahl, who chairs the \
                harbour board, said it should stay.

                C. Stewart Vance said the board would meet again in May. A spokeswoman for Ann Holm said the mayor \
                had not decided.
                """);

        assertSpeaker(doc, "the pier should be sold", "Erik Dahl");
        assertSpeaker(doc, "it should stay", "Mrs. Dahl");
        assertSpeaker(doc, "the board would meet again in May", "C. Stewart Vance");
        // A description that names the person it speaks for is not that person.
        assertSpeaker(doc, "the mayor had not decided", "A spokeswoman for Ann Holm");
    }

    /** Wire style: a role in an apposition with a prepositional phrase is the person's role, and a later description's. */
    @Test
    void aRoleForABodyInAnAppositionIsThePersonsRole() {
        AnnotatedDocument doc = extract("""
                Ministry rejects report

                MOSCOW, May 3. Maria Kalina, the spokeswoman for the Foreign Ministry, said on Thursday that the \
                report was false.

                The ministry's spokeswoman added that the embassy would stay open.
                """);

        for (String content : new String[] {"the report was false", "the embassy would stay open"}) {
            assertSpeaker(doc, content, "Maria Kalina");
            assertEquals("spokeswoman for the Foreign Ministry", statement(doc, content).role, content);
        }
    }

    /** The title words end at the last one before the first names; "of" and particles end the name's own words. */
    @Test
    void theNameStartsAfterTheLastTitleWord() {
        NameIndex names = new NameIndex(List.of(), Lexicon.get());
        // "Court" is on the first-name list, "Justice" is not.
        assertEquals(new NameIndex.Canonical("Frank Melby", "Harbour Court Justice"), names.canonical("Harbour Court Justice Frank Melby", 0));
        assertEquals(new NameIndex.Canonical("Jo T. Burns", "Alderman"), names.canonical("Alderman Jo T. Burns", 0));
        // No first name before "da": the whole name stays.
        assertEquals(new NameIndex.Canonical("Tarcisio Ubirajara Lula da Rocha", ""), names.canonical("Tarcisio Ubirajara Lula da Rocha", 0));
        assertEquals(new NameIndex.Canonical("Mr. Holm's campaign", ""), names.canonical("Mr. Holm's campaign", 0));
    }

    /**
     * A description's article opens no role: "A lawyer for the Fenwick family, Geraldine Obi" is a lawyer for the
     * Fenwick family, in every statement of hers.
     */
    @Test
    void theArticleOfADescriptionIsNoPartOfTheRole() {
        AnnotatedDocument doc = extract("""
                A lawyer for the Fenwick family, Geraldine Obi, said Mr. Fenwick was unarmed. Obi said the family \
                would sue.

                Another pollster, Dana Wolk, said the race was close.
                """);

        assertEquals("lawyer for the Fenwick family", statement(doc, "Mr. Fenwick was unarmed").role);
        assertEquals("lawyer for the Fenwick family", statement(doc, "the family would sue").role);
        assertEquals("pollster", statement(doc, "the race was close").role);
    }
}
