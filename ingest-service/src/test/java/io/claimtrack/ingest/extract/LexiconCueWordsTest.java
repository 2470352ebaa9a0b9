package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A cue read as a gerund by its first word, and word pairs read as compound nouns around a cue word. */
class LexiconCueWordsTest {

    private final Lexicon lexicon = Lexicon.get();

    private static Cue cue(String text) {
        return new Cue(0, 0, text.split(" ").length, text, Lexicon.CueKind.VERB);
    }

    @Test
    void aCueOpeningWithTheGerundOfACueVerbIsAGerund() {
        assertTrue(lexicon.isGerund(cue("Saying")));
        assertTrue(lexicon.isGerund(cue("telling reporters")));
        assertFalse(lexicon.isGerund(cue("said")));
        assertFalse(lexicon.isGerund(cue("pointed out")));
    }

    @Test
    void aListedCompoundOrItsPluralIsACompoundAndAnyOtherPairIsNot() {
        assertTrue(lexicon.isCueCompound("email", "server"));
        assertTrue(lexicon.isCueCompound("email", "servers"));
        assertTrue(lexicon.isCueCompound("roll", "call"));
        assertFalse(lexicon.isCueCompound("email", "said"));
        assertFalse(lexicon.isCueCompound("harbour", "call"));
    }
}
