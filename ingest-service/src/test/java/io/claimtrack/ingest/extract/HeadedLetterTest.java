package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, round 52: a letter printed under a heading that names its writer, and the reply under "Reply from
 * X", are each one statement of their writer, from after the salutation to before the sign-off.
 */
class HeadedLetterTest {

    private static final String EXCHANGE = """
            OFFICE OF THE MAYOR OF KESTREL FALLS
            Media release

            The Mayor, Oona Lachaise, has accepted the resignation of the city's chief planner, Bram Edevane.

            Letter from Bram Edevane to the Mayor

            Dear Mayor,

            I am resigning as chief planner at the end of this month.

            The ferry terminal plan is two years late, and that delay happened on my watch.

            Yours sincerely,
            Bram Edevane

            Reply from the Mayor

            Dear Bram,

            Thank you for your note. I accept your decision with real sadness.

            Your work on the riverside parks will outlast us both.

            With best wishes,
            Oona
            """;

    @Test
    void eachLetterUnderAWritersHeadingIsOneStatementOfTheWriter() {
        AnnotatedDocument doc = extract(EXCHANGE);
        assertSpeaker(doc, "I am resigning as chief planner at the end of this month.\n\n"
                + "The ferry terminal plan is two years late, and that delay happened on my watch", "Bram Edevane");
        assertSpeaker(doc, "Thank you for your note. I accept your decision with real sadness.\n\nYour work on the riverside parks will outlast us both",
                "Oona Lachaise");
    }

    @Test
    void aHeadingWithNoSalutationUnderItIsNoLetter() {
        AnnotatedDocument doc = extract("""
                Letter from Bram Edevane to the Mayor

                The letter, seen by this paper, runs to two pages and mentions the ferry terminal only once.
                """);
        for (Attribution a : doc.attributions) {
            assertFalse("Bram Edevane".equals(a.speaker), Pipeline.content(doc, a));
        }
    }
}
