package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, round 52: a hearing transcript's sworn witness answers in "A." paragraphs under counsel's "Q."
 * ones; a bare "THE COMMISSIONER:" is the one the "Before:" line names; a body counsel names first in the present
 * tense is the party counsel speaks for, no statement beside the turn.
 */
class SwornWitnessStageTest {

    private static final String HEARING = """
            INQUIRY INTO THE COLLAPSE OF THE RIVERSIDE CAR PARK

            Hearing transcript - Day 3

            Before: The Honourable Tobias Wren, Commissioner

            THE COMMISSIONER: Good morning. We continue with the evidence of the site engineers.

            MS. QUILL: Commissioner, the Council accepts that the inspections were late, and it has apologized to the families.

            MS. OLENA BRAVIK, affirmed.

            EXAMINATION BY MR. STAUNTON:

            Q. Ms. Bravik, you inspected the third deck in 2031?

            A. Yes. I inspected it twice that year.

            Q. What did you find?

            A. Cracks along every beam on the north side, and rust in the drains.

            Q. Did anything happen?

            A. Nothing. The deck stayed open for two more years.
            """;

    @Test
    void eachAnswerIsTheSwornWitnessesStatementAndTheQuestionsNone() {
        AnnotatedDocument doc = extract(HEARING);
        List<String> contents = Pipeline.contents(doc);
        assertEquals(List.of(
                "Good morning. We continue with the evidence of the site engineers",
                "Commissioner, the Council accepts that the inspections were late, and it has apologized to the families",
                "Yes. I inspected it twice that year",
                "Cracks along every beam on the north side, and rust in the drains",
                "Nothing. The deck stayed open for two more years"), contents);
        assertSpeaker(doc, "Nothing. The deck stayed open for two more years", "Olena Bravik");
    }

    @Test
    void aBareOfficeLabelIsTheOnePresiding() {
        assertSpeaker(extract(HEARING), "Good morning. We continue with the evidence of the site engineers", "Tobias Wren");
    }

    @Test
    void withNoOneSwornTheLetteredParagraphsAreNoAnswers() {
        String text = """
                Options for the ferry terminal

                Q. Can the old ramp be repaired?

                A. Yes, for about $2 million, in one summer.
                """;
        assertEquals(List.of(), Pipeline.contents(extract(text)));
    }
}
