package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    @Test
    void aPhraseOpenedByAnIndefiniteDeterminerIsIndefinite() {
        assertTrue(FunctionWords.isIndefinite("A senior harbour pilot"));
        assertTrue(FunctionWords.isIndefinite("another aide"));
        assertTrue(FunctionWords.isIndefinite("SOME"));
        assertFalse(FunctionWords.isIndefinite("The harbour pilot"));
        assertFalse(FunctionWords.isIndefinite("Anotherly aide"));
        assertFalse(FunctionWords.isIndefinite("Owen Pell"));
        assertFalse(FunctionWords.isIndefinite(""));
        assertFalse(FunctionWords.isIndefinite("Ánother aide"));
    }
}
