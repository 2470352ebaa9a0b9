package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 55: a press conference's "THE PRESIDENT:" turns are all the president the participants line titled;
 * neither the press secretary "of the President" nor another president a question names between the turns.
 */
class LabelHoldersTest {

    private static final String PRESS_CONFERENCE = """
            Transcript: President Ilse Marrow-Tan's press conference

            Participants: Ilse Marrow-Tan, President of the Republic. Moderator: Paul Deschamps, Press Secretary of the President.

            MODERATOR: Good morning. The President will make a short statement.

            THE PRESIDENT: Good morning. The harvest was the best in ten years.

            QUESTION (Ana Reis, Radio Sul): Mr President, will you meet President Oduya?

            THE PRESIDENT: Yes. Tomorrow, if he wants.

            QUESTION (Ana Reis, Radio Sul): And the border?

            THE PRESIDENT: The border stays open.
            """;

    @Test
    void anOfficeOfThePresidentIsNotThePresident() {
        assertSpeaker(extract(PRESS_CONFERENCE), "Good morning. The harvest was the best in ten years", "Ilse Marrow-Tan");
    }

    @Test
    void everyTurnUnderOneLabelIsItsFirstTurnsSpeaker() {
        AnnotatedDocument doc = extract(PRESS_CONFERENCE);
        assertSpeaker(doc, "Yes. Tomorrow, if he wants", "Ilse Marrow-Tan");
        assertSpeaker(doc, "The border stays open", "Ilse Marrow-Tan");
    }

    @Test
    void aBankNamedBeforeItsGovernorIsNoOfficeServed() {
        assertSpeaker(extract("""
                Bank of Tarnland Governor Edda Voss told lawmakers on Tuesday that rates would stay on hold. The central \
                bank's governor said inflation was easing.
                """), "inflation was easing", "Edda Voss");
    }
}
