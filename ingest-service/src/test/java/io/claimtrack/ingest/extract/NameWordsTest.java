package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a name or description is compared by, read the same from ASCII text and from text past it. */
class NameWordsTest {

    @Test
    void asciiWordsAreLowerCaseWithoutHonorificsOrArticles() {
        assertEquals(List.of("tova", "brink", "2nd"), Name.words("Mrs. Tova Brink-2nd"));
        assertEquals(List.of("harbour", "board", "chair"), Name.words("the Harbour Board's chair"));
        assertEquals(List.of("mr", "pell"), Name.wordsWithTitles("Mr. Pell"));
    }

    @Test
    void wordsPastAsciiAreReadAsBefore() {
        assertEquals(List.of("åsa", "lindqvist", "ⅻ"), Name.words("Dr. Åsa Lindqvist Ⅻ"));
        // A lower case that lengthens the text ("İ") splits the word at its combining dot, as the whole text's always did.
        assertEquals(List.of("i", "lkay", "sen"), Name.words("İlkay Sen"));
    }

    @Test
    void wordsAskedInTurnAreEachTheirOwnAndNoCallerCanChangeThem() {
        assertEquals(List.of("ferry", "warden"), Name.words("the Ferry Warden"));
        assertEquals(List.of("the", "ferry", "warden"), Name.wordsWithTitles("the Ferry Warden"));
        assertEquals(List.of("ulla", "marsk"), Name.words("Ms. Ulla Marsk"));
        assertEquals(List.of("ferry", "warden"), Name.words("the Ferry Warden"));
        assertEquals(List.of("ms", "ulla", "marsk"), Name.wordsWithTitles("Ms. Ulla Marsk"));
        List<String> asked = Name.words("Ms. Ulla Marsk");
        assertThrows(UnsupportedOperationException.class, () -> asked.remove(0));
        assertEquals(List.of("ulla", "marsk"), Name.words("Ms. Ulla Marsk"));
    }

    @Test
    void theTextAfterTheLastSpaceKeepsWhatTheLastWordDrops() {
        assertEquals("Quarrie-Vance", Name.afterLastSpace("Dr. Ines Quarrie-Vance"));
        assertEquals("vance", Name.lastWord(Name.words("Dr. Ines Quarrie-Vance")));
        assertEquals("Tollmark's", Name.afterLastSpace("the Tollmark's"));
        assertEquals("Sen.", Name.afterLastSpace("Sen."));
        assertEquals("", Name.afterLastSpace("Ferry Warden "));
    }
}
