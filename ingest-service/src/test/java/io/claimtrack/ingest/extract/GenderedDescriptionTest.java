package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** "The spokeswoman" does not rename a man who spoke last, nor "the spokesman" a woman. */
class GenderedDescriptionTest {

    @Test
    void aGenderedDescriptionDoesNotRenameTheOtherGender() {
        AnnotatedDocument doc = extract("""
                Port Strike Enters Second Week

                Port director Peter Holm said on Monday that the terminals would stay shut.

                The spokeswoman said talks with the union would resume on Friday.

                Union leader Anna Berg said the workers would not give in. The spokesman said the union had enough money for a month.
                """);
        assertSpeaker(doc, "talks with the union would resume on Friday", "The spokeswoman");
        assertSpeaker(doc, "the union had enough money for a month", "The spokesman");
    }

    @Test
    void aGenderedDescriptionStillRenamesItsOwnGender() {
        AnnotatedDocument doc = extract("""
                Port Strike Enters Second Week

                Union leader Anna Berg said the workers would not give in. The spokeswoman said the union had enough money for a month.
                """);
        assertSpeaker(doc, "the union had enough money for a month", "Anna Berg");
    }

    @Test
    void aGenderedDescriptionIsNoOneTitledEarlierOfTheOtherGender() {
        AnnotatedDocument doc = extract("""
                Envoy Visits Port

                Foreign Ministry spokesman Ivan Petrov met the envoy at the port on Monday.

                The spokeswoman said the visit had been planned for months.
                """);
        assertSpeaker(doc, "the visit had been planned for months", "The spokeswoman");
    }
}
