package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** Issue 10, round 58: a trailing "he said" after content that introduces a person speaks for that person. */
class SelfIntroducedTest {

    @Test
    void aPersonIntroducedBeforeATrailingPronounSpeaksOfHimself() {
        AnnotatedDocument doc = extract("""
                "We never closed, not once," said owner Maria Lenz.

                Retired welder Tomas Ekdahl, 81, has eaten the same lunch at the counter every Friday since 1990, he said.
                """);
        assertSpeaker(doc, "Retired welder Tomas Ekdahl, 81, has eaten the same lunch at the counter every Friday since 1990",
                "Tomas Ekdahl");
    }

    @Test
    void aPossessiveAnotherGenderOrAWordOpeningTheSentenceIntroducesNoOne() {
        AnnotatedDocument doc = extract("""
                "We never closed, not once," said owner Mark Lenz.

                Tomas Ekdahl's wife has eaten the same lunch every Friday since 1990, he said.

                Greta Ekdahl, 79, has taken the same stool since 1992, he said.

                Out-of-town diners made up half the trade in 2039, he said.
                """);
        assertSpeaker(doc, "Tomas Ekdahl's wife has eaten the same lunch every Friday since 1990", "Mark Lenz");
        assertSpeaker(doc, "Greta Ekdahl, 79, has taken the same stool since 1992", "Mark Lenz");
        assertSpeaker(doc, "Out-of-town diners made up half the trade in 2039", "Mark Lenz");
    }
}
