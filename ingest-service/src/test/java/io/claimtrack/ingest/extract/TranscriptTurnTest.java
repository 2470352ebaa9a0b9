package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A transcript's turn ("Anders Moe: Good morning. ...") is no headline naming the body a later description
 * stands for: "The fishermen's association says" inside a question is the association's.
 */
class TranscriptTurnTest {

    @Test
    void aBodyNamedInAQuestionIsNotTheSpeakerOfTheTurnBefore() {
        AnnotatedDocument doc = extract("""
                Fisheries Minister Takes Questions on Quota Plan

                The following is an excerpt from Monday's news conference at the fisheries ministry.

                Anders Moe: Good morning. The new quota plan will go to parliament next month, and we expect it to \
                pass before summer.

                Question: The fishermen's association says the plan will close a third of the harbours. Is that right?

                Anders Moe: No. Not one harbour will close because of this plan, and the fund will help the smallest boats.

                Question: The coast guard says it lacks the ships to enforce it.

                Anders Moe: We will lease two more vessels this year.
                """);
        assertSpeaker(doc, "the plan will close a third of the harbours", "The fishermen's association");
        assertSpeaker(doc, "it lacks the ships to enforce it", "The coast guard");
        assertSpeaker(doc, "We will lease two more vessels this year", "Anders Moe");
    }

    @Test
    void aTurnOpeningWithACourtesyGoesOnUnderIt() {
        AnnotatedDocument doc = extract("""
                Meeting with members of the Security Council

                The President held a meeting with permanent members of the Security Council.

                Arlo Penwick: Good afternoon, colleagues.

                Today we will discuss the situation at the northern border. The number of crossings has doubled \
                since March, and the border service needs more staff.

                Defence Minister Tomas Varga: Mr President, the army is ready to help the border service.

                Arlo Penwick: Thank you, Tomas.
                """);
        List<String> contents = Pipeline.contents(doc);
        assertSpeaker(doc, "Today we will discuss the situation at the northern border. The number of crossings has doubled "
                + "since March, and the border service needs more staff", "Arlo Penwick");
        assertFalse(contents.stream().anyMatch(c -> c.contains("Good afternoon") || c.contains("Thank you")), contents::toString);
        assertEquals(2, contents.size(), contents::toString);
    }

    @Test
    void aShortTurnThatSaysSomethingIsNoCourtesy() {
        assertFalse(courtesyOnly("X: Thank you for the question."));
        assertFalse(courtesyOnly("X: Good results this year."));
        assertTrue(courtesyOnly("X: Thank you, Mr. President."));
        assertTrue(courtesyOnly("X: Ladies and gentlemen, good evening."));
        // A closing courtesy, and an address alone.
        assertTrue(courtesyOnly("X: Thank you. See you next week."));
        assertTrue(courtesyOnly("X: Mr President, colleagues."));
        assertFalse(courtesyOnly("X: See you in court next week."));
    }

    @Test
    void readersCommentsUnderACommentSectionAreNoTurns() {
        AnnotatedDocument doc = extract("""
                Board cuts three bus routes

                The Tolvik school board voted on Tuesday to cut three bus routes, board chair Ola Brask said.

                Comments (41)
                HarbourDad: Typical. They never ask the parents.
                K. Lindqvist: Nobody on the board drives that road.
                T. Osterberg: Nobody listened to the drivers either.

                Most read
                """);
        List<String> contents = Pipeline.contents(doc);
        assertEquals(List.of("The Tolvik school board voted on Tuesday to cut three bus routes"), contents);
    }

    /** Round 57: what a reader's comment reports someone said is the reader's account, no statement of the story's. */
    @Test
    void aCueInsideAReadersCommentIsNoStatement() {
        AnnotatedDocument doc = extract("""
                Board cuts three bus routes

                The Tolvik school board voted on Tuesday to cut three bus routes, board chair Ola Brask said.

                Comments (7)

                fjordrunner_9: The chair said in March the routes were "safe until 2040." So much for that.

                lindapost: Bring back the old timetable.
                """);
        assertEquals(List.of("The Tolvik school board voted on Tuesday to cut three bus routes"), Pipeline.contents(doc));
    }

    private static boolean courtesyOnly(String turn) {
        return Courtesies.only(Pipeline.through(SentenceStage.class, turn), turn.indexOf(':') + 1, turn.length());
    }
}
