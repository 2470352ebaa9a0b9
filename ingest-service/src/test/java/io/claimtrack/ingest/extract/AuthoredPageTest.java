package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round: a comment or press statement with no question is one statement of the one its title
 * names, up to the related material under it; a joint statement speaks sentence by sentence.
 */
class AuthoredPageTest {

    @Test
    void aDepartmentsCommentIsOneStatementToItsTeasers() {
        AnnotatedDocument doc = extract("""
                Comment by the Press Department of the Ministry of Foreign Affairs of Vellmark on the closure of the Vellmark \
                library in Kessby

                We regret the decision of the Ostrian authorities to close the library, which has served readers for forty years.

                We call on Kessby to reconsider this step.

                See also

                Deputy Minister Ivar Stenmark-Olu: Vellmark will keep its schools in Ostria open
                """);
        assertSpeaker(doc, "We regret the decision of the Ostrian authorities to close the library, which has served readers for "
                + "forty years.\n\nWe call on Kessby to reconsider this step", "Press Department of the Ministry of Foreign Affairs of Vellmark");
    }

    @Test
    void aJointStatementSpeaksSentenceBySentence() {
        AnnotatedDocument doc = extract("""
                Joint Statement by the Ministers of Transport of Vellmark and Ostria

                The Ministers welcomed the opening of the Kessby bridge.
                """);
        assertEquals(List.of("the opening of the Kessby bridge"), Pipeline.contents(doc));
    }

    /**
     * Round 46 (set AM's B8): a mission's statement ends before its closing "I thank you."; the section under a "Right of
     * reply" heading is a second statement of the same speaker. A section under another heading is no part of either.
     */
    @Test
    void aRightOfReplyUnderItsHeadingIsASecondStatement() {
        AnnotatedDocument doc = extract("""
                Statement by Ambassador Tomas Reuel, Permanent Representative of Orsland, at the debate on shared rivers

                Mr. President,

                We are concerned that the dam upstream has cut the flow of the Kessel by a third since May.

                I thank you.

                Right of reply

                Madam President,

                I respond briefly to the delegate of Varn. Orsland has never blocked the river.

                I thank you.

                Related documents

                The Kessel river basin in figures
                """);
        assertEquals(List.of("We are concerned that the dam upstream has cut the flow of the Kessel by a third since May",
                "I respond briefly to the delegate of Varn. Orsland has never blocked the river"), Pipeline.contents(doc));
        assertSpeaker(doc, "I respond briefly to the delegate of Varn. Orsland has never blocked the river", "Tomas Reuel");
    }
}
