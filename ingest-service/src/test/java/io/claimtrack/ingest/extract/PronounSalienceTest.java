package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A pronoun speaker goes to the most salient person who fits: the subject the text turned to, the reporter of a
 * statement rather than the person reported inside it, and never someone its own statement names.
 */
class PronounSalienceTest {

    @Test
    void aPerfectTenseSubjectIsNoVictim() {
        // "has taken a softer tone" is active: Brekke is the subject the text turned to, not someone taken to hospital.
        AnnotatedDocument doc = extract("""
                Two Vestrian officials said privately that the government was under pressure. One of them said Prime \
                Minister Lars Vinter could not afford "a second front."

                Vinter himself has said little about the valley in recent weeks.

                Ostrian President Tomas Brekke has taken a softer tone. At a joint news conference with Vestrian President \
                Piet Olander on Wednesday, he said Ostria was "ready to talk to anyone."
                """);
        assertSpeaker(doc, "Ostria was \"ready to talk to anyone.\"", "Tomas Brekke");
    }

    @Test
    void aPassiveVictimIsStillTalkedAbout() {
        AnnotatedDocument doc = extract("""
                Coach Anders Vik said the team would travel on Friday. Goalkeeper Leif Strand has been taken to hospital \
                after a fall in training.

                He said the squad would be named on Thursday.
                """);
        assertSpeaker(doc, "the squad would be named on Thursday", "Anders Vik");
    }

    @Test
    void thePossessorOfAThingDoneToOpensTheSentence() {
        // "Lindqvist's roof was replaced": the possessor is who the sentence is about, after a fronted phrase too, even
        // when no list gives the first name's gender; the earlier speaker is passed over.
        AnnotatedDocument doc = extract("""
                Marguerite Dolan, whose cellar flooded in June, said her insurer had refused to pay. "They told me the \
                water came from the wrong direction," Dolan said.

                Across the lane from the Dolans, Soo-ah Lindqvist's roof was replaced within a month. She said the \
                adjuster had come out the day after the storm.
                """);
        assertSpeaker(doc, "the adjuster had come out the day after the storm", "Soo-ah Lindqvist");
    }

    @Test
    void thePronounIsNotSomeoneItsOwnStatementNames() {
        AnnotatedDocument doc = extract("""
                A man was charged Monday in a shooting outside a bar, police said.

                Police Sgt. Ivo Marten, a department spokesman, said officers found Rolf Sandvik, 31, lying in the parking \
                lot. Sandvik had been arguing with another man inside the bar.

                He said Sandvik was taken to Harbour General Hospital.
                """);
        assertSpeaker(doc, "Sandvik was taken to Harbour General Hospital", "Ivo Marten");
    }

    @Test
    void aNameThatSpeaksInsideTheContentMayStillBeThePronoun() {
        // Writers let "Holt said ..., she said" stand: the name is the pronoun's person, not someone else.
        AnnotatedDocument doc = extract("""
                Director Mira Holt spoke after the screening. The film opens in May.

                Holt said she chose the story because "nobody remembers it," she said.
                """);
        assertSpeaker(doc, "Holt said she chose the story because \"nobody remembers it,\"", "Mira Holt");
    }

    @Test
    void theReporterOutranksThePersonReported() {
        AnnotatedDocument doc = extract("""
                Voters are unhappy with the council, a new poll shows.

                "People want lower taxes," said Erik Tollefsen, who directs the poll.

                The mayor's chief of staff, Paul Brandt, said in an interview that Senator Tom Ekdal had promised a larger \
                relief package. He predicted the mayor's numbers would recover by spring.
                """);
        assertSpeaker(doc, "the mayor's numbers would recover by spring", "Paul Brandt");
    }
}
