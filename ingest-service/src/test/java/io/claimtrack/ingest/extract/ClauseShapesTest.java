package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a clause's subject starts, and what may stand between a subject and its verb. */
class ClauseShapesTest {

    private static List<Token> tokens(String text) {
        return Pipeline.through(SentenceStage.class, text).tokens;
    }

    private static int index(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }

    @Test
    void theSubjectStartsAfterADatelineOrAnOpeningAdverbial() {
        List<Token> dateline = tokens("OSLO — Mayor Lena Brandt said the quay would reopen.");
        assertEquals(index(dateline, "Mayor"), OpeningAdverbials.subjectStart(dateline, 0, dateline.size()));

        List<Token> adverbial = tokens("Later in the day, officials said the quay would reopen.");
        assertEquals(index(adverbial, "officials"), OpeningAdverbials.subjectStart(adverbial, 0, adverbial.size()));

        List<Token> place = tokens("Speaking in Molde, Norway, Brandt said the quay would reopen.");
        assertEquals(index(place, "Brandt"), OpeningAdverbials.subjectStart(place, 0, place.size()));

        List<Token> plain = tokens("Brandt said the quay would reopen.");
        assertEquals(0, OpeningAdverbials.subjectStart(plain, 0, plain.size()));
    }

    @Test
    void spansOfTimeAndLoneAdverbsBeforeACommaAreOpeningAdverbials() {
        List<Token> later = tokens("Hours later, Brandt thanked the crews.");
        assertEquals(index(later, "Brandt"), OpeningAdverbials.subjectStart(later, 0, later.size()));
        List<Token> fewLater = tokens("A few minutes later, Brandt thanked the crews.");
        assertEquals(index(fewLater, "Brandt"), OpeningAdverbials.subjectStart(fewLater, 0, fewLater.size()));
        List<Token> after = tokens("Two weeks after the storm, Brandt thanked the crews.");
        assertEquals(index(after, "Brandt"), OpeningAdverbials.subjectStart(after, 0, after.size()));
        List<Token> month = tokens("The next month, Brandt thanked the crews.");
        assertEquals(index(month, "Brandt"), OpeningAdverbials.subjectStart(month, 0, month.size()));
        List<Token> ly = tokens("Ultimately, Brandt thanked the crews.");
        assertEquals(index(ly, "Brandt"), OpeningAdverbials.subjectStart(ly, 0, ly.size()));
        List<Token> back = tokens("Back in Molde, the crews were thanked.");
        assertEquals(index(back, "the"), OpeningAdverbials.subjectStart(back, 0, back.size()));

        // A first name in -ly before a comma, and a subject that is no span of time, stay.
        List<Token> name = tokens("Beverly, Brandt and Holm thanked the crews.");
        assertEquals(0, OpeningAdverbials.subjectStart(name, 0, name.size()));
        List<Token> crews = tokens("The crews, tired and wet, were thanked.");
        assertEquals(0, OpeningAdverbials.subjectStart(crews, 0, crews.size()));
    }

    @Test
    void aConcessionOrConditionClosedByItsCommaOpensTheSentence() {
        List<Token> although = tokens("Although talks stalled in March, a pilot who asked not to be named said the union would return.");
        assertEquals(index(although, "a"), OpeningAdverbials.subjectStart(although, 0, although.size()));
        List<Token> evenIf = tokens("Even if the ferry sails, pilots in the two ports said the quay was unsafe.");
        assertEquals(index(evenIf, "pilots"), OpeningAdverbials.subjectStart(evenIf, 0, evenIf.size()));
        // Before its comma the clause is still the subject's own: "Although Holm said ...".
        List<Token> inside = tokens("Although Holm said the quay was safe, the board closed it.");
        assertEquals(0, OpeningAdverbials.subjectStart(inside, 0, index(inside, "said")));
    }

    @Test
    void aPlaceAndItsStateCloseTheAdverbialWhateverFollows() {
        List<Token> known = tokens("In Akron, Ohio, 62-year-old Ann Holm thanked the crews.");
        assertEquals(index(known, "62-year-old"), OpeningAdverbials.subjectStart(known, 0, known.size()));
        List<Token> abbreviated = tokens("At a rally in Beaumont, Tex., Holm thanked the crews.");
        assertEquals(index(abbreviated, "Holm"), OpeningAdverbials.subjectStart(abbreviated, 0, abbreviated.size()));
        List<Token> twice = tokens("In Ames, Iowa, on Sunday, Holm thanked the crews.");
        assertEquals(index(twice, "Holm"), OpeningAdverbials.subjectStart(twice, 0, twice.size()));

        // A name after the place's comma is the subject: "in Salem, Holm, who ...".
        List<Token> person = tokens("In Salem, Holm, who spoke for an hour, thanked the crews.");
        assertEquals(index(person, "Holm"), OpeningAdverbials.subjectStart(person, 0, person.size()));
    }

    @Test
    void adverbsAndACatenativeStandBetweenSubjectAndCue() {
        List<Token> t = tokens("Brandt also repeatedly went on to say the quay would reopen.");
        int to = index(t, "to");
        assertEquals(index(t, "went") - 1, ClauseShapes.infinitiveAfter(t, to, 0));
        assertEquals(0, ClauseShapes.skipAdverbsLeft(t, index(t, "went") - 1, 0));
        assertEquals(index(t, "went"), ClauseShapes.skipAdverbsRight(t, index(t, "also"), t.size()));

        // A capitalised "May" inside a sentence is a name, not a modal.
        List<Token> may = tokens("Theresa May said so.");
        assertEquals(index(may, "May"), ClauseShapes.skipAdverbsLeft(may, index(may, "May"), 0));
        // "went to" is a journey, not a catenative before an infinitive.
        List<Token> journey = tokens("Brandt went to say goodbye.");
        assertEquals(index(journey, "to"), ClauseShapes.infinitiveAfter(journey, index(journey, "to"), 0));
    }

    @Test
    void aSpeakerPhraseStartsAfterPunctuationOrAClauseWord() {
        List<Token> t = tokens("He left, and because \"crews\" were short the mayor spoke.");
        assertTrue(ClauseShapes.isBoundary(t.get(index(t, ","))));
        assertTrue(ClauseShapes.isBoundary(t.get(index(t, "because"))));
        assertTrue(ClauseShapes.isBoundary(t.get(index(t, "\""))));
        assertFalse(ClauseShapes.isBoundary(t.get(index(t, "mayor"))));
    }

    /** Round 49: a preposition's phrase, then "were" and the subject, is an inverted clause, not a lone adverbial. */
    @Test
    void anInvertedSentenceBeforeTheSpeakerIsWhatWasSaid() {
        assertTrue(ClauseShapes.invertedSubject(tokens("Among the rescued were three deckhands, she said."), 0, 6));
        Pipeline.assertMentions("""
                A tug capsized near the breakwater on Sunday.
                Among the rescued were three deckhands and a pilot from Tromsø, she said.
                """,
                "she | Among the rescued were three deckhands and a pilot from Tromsø | said | indirect");
    }

    @Test
    void aClauseInsideTheAdverbialLeavesItAdverbial() {
        assertFalse(ClauseShapes.invertedSubject(tokens("After the vote was counted, the pilots said."), 0, 5));
        Pipeline.assertMentions("In a speech that was carried on harbour radio, he said.");
        Pipeline.assertMentions("After the vote was counted, the pilots said.");
    }
}
