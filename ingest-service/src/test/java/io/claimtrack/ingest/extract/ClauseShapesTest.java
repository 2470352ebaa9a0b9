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
        assertEquals(index(dateline, "Mayor"), ClauseShapes.subjectStart(dateline, 0, dateline.size()));

        List<Token> adverbial = tokens("Later in the day, officials said the quay would reopen.");
        assertEquals(index(adverbial, "officials"), ClauseShapes.subjectStart(adverbial, 0, adverbial.size()));

        List<Token> place = tokens("Speaking in Molde, Norway, Brandt said the quay would reopen.");
        assertEquals(index(place, "Brandt"), ClauseShapes.subjectStart(place, 0, place.size()));

        List<Token> plain = tokens("Brandt said the quay would reopen.");
        assertEquals(0, ClauseShapes.subjectStart(plain, 0, plain.size()));
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
}
