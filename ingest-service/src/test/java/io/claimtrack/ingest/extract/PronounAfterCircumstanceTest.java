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

    @Test
    void aSubjectAfterAnOpeningParticiplesClauseOverTheOtherWomanNamedBefore() {
        // Issue 10, round 49: "Asked how ..., NAME laughed" opens with the question put, and NAME is still the subject.
        AnnotatedDocument doc = extract("""
                Harbour club wins regional chess title

                Petra Lindqvist won the regional chess final on Saturday, beating Maria Osterberg in the last round.

                "I have waited ten years for this," Lindqvist said.

                Osterberg had a chance to draw, but she missed a simple move. "I was tired," Osterberg said.

                The tournament drew about 400 players. Club secretary Hans Dorn said the hall was full.

                Osterberg, 51, would not say whether she will play next year.

                Asked how she would celebrate, Lindqvist smiled. "A long sleep," she said. "Then more chess."
                """);
        assertSpeaker(doc, "\"A long sleep,\"", "Petra Lindqvist");
    }

    @Test
    void aNameInsideTheOpeningClauseIsNoSubject() {
        AnnotatedDocument doc = extract("""
                Talks on the border

                Deputy minister Oskar Brandt met envoys on Monday. "We will keep talking," Brandt said.

                Asked about the Tessel Valley, he said the situation was "very serious."
                """);
        assertSpeaker(doc, "the situation was \"very serious.\"", "Oskar Brandt");
    }

    @Test
    void aSubjectAfterAFrontedPhraseStaysTheSubject() {
        AnnotatedDocument doc = extract("""
                Flood update

                Mayor Tom Berg said the pumps were working.

                Outside the hall, dozens of people waited. Among them was Rosa Kline of Millbrook, whose house was \
                flooded. She said she had waited six hours.
                """);
        assertSpeaker(doc, "she had waited six hours", "Rosa Kline");
    }
}
