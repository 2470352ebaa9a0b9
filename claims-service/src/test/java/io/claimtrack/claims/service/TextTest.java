package io.claimtrack.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void normalisesCaseAccentsAndPunctuation() {
        assertEquals("kremlin s aide zelenskyy", Text.normalise("  Kremlin's  AIDE: Zelenskýy!"));
        assertEquals(List.of("talks", "were", "useful"), Text.tokens("Talks were useful, talks were a useful."));
    }

    @Test
    void rewordedClaimsAreSimilarAndDifferentOnesAreNot() {
        String claim = Text.normalise("Putin told Trump talks with Ukraine in Turkey were useful");
        double reworded = Text.similarity(claim,
                Text.normalise("Putin told Trump that talks with Ukraine in Turkey were useful"));
        double different = Text.similarity(claim, Text.normalise("Trump told Putin sanctions will follow soon"));
        assertTrue(reworded >= 0.7, "reworded: " + reworded);
        assertTrue(different < 0.2, "different: " + different);
        assertEquals(1.0, Text.similarity("ok", "ok"));
    }

    @Test
    void idsAreStableAndPrefixed() {
        assertEquals(Text.id("cl_", "a|b"), Text.id("cl_", "a|b"));
        assertEquals(27, Text.id("cl_", "a|b").length());
    }
}
