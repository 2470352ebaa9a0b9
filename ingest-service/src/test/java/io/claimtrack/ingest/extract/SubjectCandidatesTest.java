package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a pronoun may take of each name, decided once per name of the document. */
class SubjectCandidatesTest {

    private static SubjectCandidates.Candidate candidate(String text, String name) {
        AnnotatedDocument doc = Pipeline.attribute(text);
        SubjectCandidates candidates = new SubjectCandidates(doc, Lexicon.get(), new NameIndex(doc.names, Lexicon.get()));
        for (int j = 0; j < doc.names.size(); j++) {
            if (doc.names.get(j).text().equals(name)) {
                SubjectCandidates.Candidate c = candidates.at(j);
                // Asked again, the same answer without working it out again.
                assertSame(c, candidates.at(j));
                return c;
            }
        }
        throw new AssertionError("no name " + name + " in " + doc.names);
    }

    @Test
    void aPersonOpeningASentenceIsACandidateUnderTheFullestName() {
        SubjectCandidates.Candidate c = candidate("Council member Raj Patel chaired the meeting. Later Patel was "
                + "sceptical. 'I have heard this before,' he said.", "Patel");
        assertNotNull(c);
        assertEquals("Raj Patel", c.person().text());
        assertTrue(c.conjunct() < 0);
    }

    @Test
    void aFigureOpeningASentenceIsNoOne() {
        assertNull(candidate("Mayor Tor Lie backs the ban. Sixty-two residents signed the letter. He said it would be "
                + "sent on Monday.", "Sixty-two"));
    }

    @Test
    void aVictimAPassiveSubjectAndAPlaceAreOnlyTalkedAbout() {
        assertNull(candidate("The driver fled after the crash that killed Jim Vik. He told police he saw "
                + "nothing.", "Jim Vik"));
        assertNull(candidate("Ola Lowe was taken to hospital on Sunday. She said the road was dark.", "Ola Lowe"));
        assertNull(candidate("A congressman from Georgia arrived late. He said the vote would wait.", "Georgia"));
    }

    @Test
    void aNamesPlaceIsReadInItsOwnSentence() {
        String text = "The ferry left the quay late on Friday. Ada Holm told Jon Berg the pier was shut. Ola Lowe was "
                + "taken to hospital. Tom Lund and Jim Vik were there. She said the road was dark.";
        assertNull(candidate(text, "Jon Berg"));
        assertNull(candidate(text, "Ola Lowe"));
        SubjectCandidates.Candidate holm = candidate(text, "Ada Holm");
        assertNotNull(holm);
        assertTrue(holm.opensSentence());
        assertTrue(holm.notInPassing());
        assertTrue(holm.conjunct() < 0);
        assertEquals(text.indexOf("Jim Vik"), candidate(text, "Tom Lund").conjunct());
    }

    @Test
    void twoPeopleJoinedByAndKnowEachOther() {
        SubjectCandidates.Candidate c = candidate("Tom Lund and Jim Vik were there on Monday. He said it was cold.",
                "Tom Lund");
        assertNotNull(c);
        assertTrue(c.conjunct() >= 0);
    }

    @Test
    void eachAnswerIsWorkedOutWhenFirstAskedAndKept() {
        AnnotatedDocument doc = Pipeline.through(MentionStage.class,
                "Tomas Lund and Greta Vik were at the ferry quay. Lund waved. ‘Yes,’ he said.");
        SubjectCandidates candidates = new SubjectCandidates(doc, Lexicon.get(), new NameIndex(doc.names, Lexicon.get()));
        SubjectCandidates.Candidate tomas = null;
        SubjectCandidates.Candidate lund = null;
        for (int j = 0; j < doc.names.size(); j++) {
            if (doc.names.get(j).text().equals("Tomas Lund")) {
                tomas = candidates.at(j);
            } else if (doc.names.get(j).text().equals("Lund")) {
                lund = candidates.at(j);
            }
        }
        assertNotNull(tomas);
        assertNotNull(lund);
        // Asked in another order than a pronoun asks, and twice: the same answers.
        for (int round = 0; round < 2; round++) {
            assertEquals(Gender.FEMALE, tomas.conjunctGender());
            assertEquals(doc.text.indexOf("Greta"), tomas.conjunct());
            assertTrue(tomas.opensSentence());
            assertEquals(Gender.MALE, tomas.wordsGender());
            assertEquals(Gender.MALE, tomas.gender());
        }
        assertEquals("Tomas Lund", lund.person().text());
        assertEquals(-1, lund.conjunct());
        assertNull(lund.conjunctGender());
        assertTrue(lund.opensSentence());
        assertTrue(lund.notInPassing());
    }

    @Test
    void aPronounLooksBackOnlyAtNamesThatMaySpeak() {
        AnnotatedDocument doc = Pipeline.through(MentionStage.class,
                "Mira Kohl spoke first. ‘Yes, he said. “Nope,” Berg said. Yes, in Georgia. ‘Fine, she said.");
        SubjectCandidates candidates = new SubjectCandidates(doc, Lexicon.get(), new NameIndex(doc.names, Lexicon.get()));
        int mira = -1;
        for (int j = 0; j < doc.names.size(); j++) {
            if (doc.names.get(j).text().equals("Mira Kohl")) {
                mira = j;
            }
        }
        int last = doc.names.size() - 1;
        assertTrue(mira >= 0 && last > mira + 1, doc.names.toString());
        // One-word names that tell no gender ("Yes", "Fine"), a place, a quoted word: none can be a pronoun's subject.
        assertEquals(mira, candidates.possibleAtOrBefore(last));
        // Asked again from inside the run, and before the first name: the same answers.
        assertEquals(mira, candidates.possibleAtOrBefore(last - 1));
        assertEquals(mira, candidates.possibleAtOrBefore(mira));
        assertEquals(-1, candidates.possibleAtOrBefore(mira - 1));
    }
}
