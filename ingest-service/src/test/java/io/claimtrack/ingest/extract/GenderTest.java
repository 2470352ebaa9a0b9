package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GenderTest {

    private static Gender of(String text) {
        return Gender.of(text, Lexicon.get());
    }

    @Test
    void honorificsAndGenderedTitles() {
        assertEquals(Gender.FEMALE, of("Ms. Rivera"));
        assertEquals(Gender.MALE, of("Mr. Olsen"));
        assertEquals(Gender.FEMALE, of("the ministry spokeswoman"));
        assertEquals(Gender.MALE, of("Congressman Tate"));
    }

    @Test
    void firstNamesFromTheShippedLists() {
        assertEquals(Gender.FEMALE, of("Rebecca Holm"));
        assertEquals(Gender.MALE, of("Senator Gregory Tate"));
        // Given to both sexes: no gender.
        assertNull(of("Robin Morgan"));
        // A title word is skipped, but a surname is no first name.
        assertNull(of("Holm"));
    }

    @Test
    void aNameOnBothOldListsTakesTheSexMostBirthsGiveIt() {
        assertEquals(Gender.FEMALE, of("Hillary Vance"));
        assertEquals(Gender.MALE, of("Bill Vance"));
        assertEquals(Gender.MALE, of("Ted Marsh"));
        // Common and missing from the older lists.
        assertEquals(Gender.MALE, of("Donald Reyes"));
        assertEquals(Gender.MALE, of("Walter Reyes"));
    }

    @Test
    void aWordAloneIsASurnameNotAFirstName() {
        // "Warren said she", "Christie said he": a one-word name shows no gender by its first-name look.
        assertNull(of("Warren"));
        assertNull(of("Christie"));
        assertEquals(Gender.MALE, of("Warren Holt"));
        assertEquals(Gender.FEMALE, of("Mrs. Warren"));
    }

    @Test
    void slavicSurnameEndings() {
        assertEquals(Gender.FEMALE, of("Irina Volkova"));
        assertEquals(Gender.MALE, of("Pyotr Sokolov"));
        assertEquals(Gender.FEMALE, of("Anna Kowalska"));
        assertNull(of("Sokolov"));
    }
}
