package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void holdsItsWordsAndNoOthers() {
        Set<String> words = WordSet.of("harbour", "ferry", "quay");

        assertTrue(words.contains("ferry"));
        assertFalse(words.contains("Ferry"));
        assertFalse(words.contains("pier"));
        assertEquals(3, words.size());
    }

    @Test
    void aWordListedTwiceIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> WordSet.of("ferry", "quay", "ferry"));
    }

    @Test
    void cannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> WordSet.of("ferry").add("quay"));
        assertThrows(UnsupportedOperationException.class, () -> WordSet.copyOf(List.of("ferry", "ferry")).remove("ferry"));
        assertEquals(1, WordSet.copyOf(List.of("ferry", "ferry")).size());
    }
}
