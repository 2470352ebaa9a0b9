package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A pronoun takes the person the text turned to as a sentence's subject, also when a circumstance set off by commas
 * stands between that subject and its verb ("Tomas Vik, called up from the minors in March, beat ...") and when the
 * sentence opens with a place ("Down the road at the Red Kettle Cafe, owner Ines Marrow has been counting"); not the
 * speaker of the paragraph before.
 */
class PronounAfterCircumstanceTest {

    @Test
    void aParticipleAsideBetweenSubjectAndVerb() {
        AnnotatedDocument doc = extract("""
                Otters force a deciding game

                “We kept our heads,” Otters coach Birgit Lamarre said. She said goalie Anton Vesely had kept them in it.

                Vesely made 29 saves.

                Emil Drozdov-Kane, called up from the minors in March, scored twice in the third period.

                “I just tried to hit the net,” he said.
                """);
        assertSpeaker(doc, "“I just tried to hit the net,”", "Emil Drozdov-Kane");
    }

    @Test
    void aPrepositionalAsideBetweenSubjectAndVerb() {
        AnnotatedDocument doc = extract("""
                Library hours cut

                “It is a sad day,” branch manager Petra Olund said.

                Joakim Brandell-Soto, in his tenth year on the board, voted for the cut.

                “We had no other choice,” he said.
                """);
        assertSpeaker(doc, "“We had no other choice,”", "Joakim Brandell-Soto");
    }

    @Test
    void aSentenceOpeningWithAPlace() {
        AnnotatedDocument doc = extract("""
                Mill town counts the cost

                Lotte Ferrand, who has worked in the mill's office since 1998, said she would stay in town.

                Down the road at the Red Kettle Cafe, owner Ines Marrow-Quist has been counting. Half of her lunch \
                customers, she said, came from the mill.
                """);
        assertSpeaker(doc, "Half of her lunch customers came from the mill", "Ines Marrow-Quist");
    }
}
