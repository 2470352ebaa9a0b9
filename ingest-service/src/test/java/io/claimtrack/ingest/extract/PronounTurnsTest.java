package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-seventh round: where the text turns from the last speaker to someone a later "he" or "she" goes on
 * with: a hyphenated surname that opens with a first name, the source of "according to", a resident named after an
 * opening phrase, a name someone gives for herself, and narration the pronoun opens after a man named in passing.
 */
class PronounTurnsTest {

    @Test
    void aHyphenatedSurnameOpeningWithAFirstNameIsTheFullName() {
        AnnotatedDocument doc = extract("""
                Walking study

                "You don't need to run a marathon," said Dr. Helen Marsh-Whitby, an epidemiologist in Lakeport.

                Dr. Anita Broussard, who was not involved, called the results "encouraging." She said the size mattered.

                Marsh-Whitby said the team planned to follow the participants for another five years.

                For now, her advice is simple. "Put on your shoes," she said.
                """);
        assertSpeaker(doc, "the team planned to follow the participants for another five years", "Helen Marsh-Whitby");
        assertSpeaker(doc, "\"Put on your shoes,\"", "Helen Marsh-Whitby");
    }

    @Test
    void theSourceOfAccordingToIsNoOneInPassing() {
        AnnotatedDocument doc = extract("""
                Lanes vote

                Councillor Luis Cabral-Moss fought the plan for a year. The council voted 8-5 on Tuesday to remove the lanes.

                Across the street, courier Devon Aschen, 26, said he had been hit by a car door twice.

                Is the fight over? Not according to Mr. Cabral-Moss.

                "We will be back at the next budget," he said.
                """);
        assertSpeaker(doc, "\"We will be back at the next budget,\"", "Luis Cabral-Moss");
    }

    /** A kind of person ("resident") stands before a name as a title does: the subject after an opening phrase, whom "she" goes on with. */
    @Test
    void aResidentNamedAfterAnOpeningPhraseIsTheSubject() {
        AnnotatedDocument doc = extract("""
                Depot plan

                Mayor Celeste Arbourne framed the fight as a test. She told council that "every project has a \
                neighbourhood that would rather it went somewhere else."

                At the meeting, resident Tamsin Oakhurst, 67, held a sign that read "Our Lungs." She said she had lived \
                on Dufferin Street for 41 years.
                """);
        assertSpeaker(doc, "she had lived on Dufferin Street for 41 years", "Tamsin Oakhurst");
    }

    /** "who gave her name only as Greta": a first name the person gives for herself, and the "she" after it hers. */
    @Test
    void aPersonWhoGivesHerNameIsTheOneSheGoesOnWith() {
        AnnotatedDocument doc = extract("""
                Floods

                Interior Minister Tomas Reichard said rescue crews had pulled about 300 people from rooftops.

                A woman who gave her name only as Greta, 54, stood outside a school turned shelter in Halvik. She said \
                the water reached her kitchen window in less than an hour.
                """);
        assertSpeaker(doc, "the water reached her kitchen window in less than an hour", "Greta");
    }

    /**
     * The same worded otherwise: "who would give only his first name, Tarik,", and "who asked to be identified only as
     * Oriane", whose request is the terms she speaks on, no statement.
     */
    @Test
    void aPersonWhoGivesTheirNameOtherwiseIsTheOneThePronounGoesOnWith() {
        AnnotatedDocument doc = extract("""
                Harbour fair

                Fair manager Ruben Dahlqvist-Ekwueme said the town had halved the stall fee. "The old faces came back," he said.

                A baker who would give only his first name, Tarik, had driven in from the coast at 4 a.m. He said he had \
                sold out of rye loaves by nine.

                A potter who asked to be identified only as Oriane stood by the gate. She said the new lamps made the \
                square feel safer.
                """);
        assertSpeaker(doc, "he had sold out of rye loaves by nine", "Tarik");
        assertSpeaker(doc, "the new lamps made the square feel safer", "Oriane");
        assertTrue(Pipeline.contents(doc).stream().noneMatch(c -> c.contains("identified only as Oriane")), Pipeline.contents(doc).toString());
    }

    private static final String PHARMACY = """
            Pharmacy closes

            "This is happening in slow motion all over the map," said the association's president, Marcel Duhart.

            After the closing, the nearest pharmacy will be 47 kilometres away.

            For Peter Whitbeck, that drive is the problem. The 58-year-old, who lost a leg in 2021, does not drive. \
            He picks up insulin every two weeks.

            "My daughter says she will drive me," he said.
            """;

    @Test
    void narrationOpenedByThePronounGoesOnWithTheManNamedSince() {
        assertSpeaker(extract(PHARMACY), "\"My daughter says she will drive me,\"", "Peter Whitbeck");
    }

    @Test
    void withoutNarrationOpenedByThePronounTheLastSpeakerKeepsIt() {
        AnnotatedDocument doc = extract(PHARMACY.replace("He picks up insulin", "The trip for insulin comes"));
        assertSpeaker(doc, "\"My daughter says she will drive me,\"", "Marcel Duhart");
    }

    private static final String CHESS = """
            Orchard Hill pupil takes county chess title

            "She saw every trap," said coach Anton Brell, who has run the school's club since 2029.

            The finalist, 11-year-old Kiran Batra from Wexley, lost on time, which he called fair. He shook hands at once.

            "I will be back next spring," he said.
            """;

    /** Round 53: an age before the name, and a home after it, leave it introduced by the description set off before it. */
    @Test
    void aNameAfterAnAgeAndBeforeItsHomeIsIntroducedByTheDescription() {
        assertSpeaker(extract(CHESS), "\"I will be back next spring,\"", "Kiran Batra");
    }

    @Test
    void aNameAfterAnAgeIsIntroducedByTheDescription() {
        assertSpeaker(extract(CHESS.replace(" from Wexley", "")), "\"I will be back next spring,\"", "Kiran Batra");
    }
}
