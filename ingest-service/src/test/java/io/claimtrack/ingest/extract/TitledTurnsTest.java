package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 44: in a transcript, a one-word label that is the title the opening gave a person ("Governor Anton
 * Veliky held ...", then "Governor: ...") is that person's turn; a one-word label with no one so titled ("Presenter:"),
 * and "Venue:" or "Note:", are no speakers.
 */
class TitledTurnsTest {

    private static final String CALL_IN = """
            Call-in hour with the Governor

            Governor Anton Veliky held his monthly call-in hour on regional radio on Thursday.

            Presenter: Our first caller is from Dalsk, and she has a question about the bridge.

            Marta Olenko: The new bridge has made my daily trip half as long, and I want to know when the second one opens.

            Governor: Thank you, Marta. The second bridge will open in autumn, and tolls on both will stay free.

            Venue: Studio 3 of Regional Radio, Dalsk.

            Note: The transcript has been edited for length.
            """;

    @Test
    void aTitleLabelIsTheTurnOfThePersonTheOpeningTitled() {
        assertSpeaker(extract(CALL_IN), "Thank you, Marta. The second bridge will open in autumn, and tolls on both will "
                + "stay free", "Anton Veliky");
    }

    @Test
    void anUntitledOneWordLabelAndNotesAreNoTurns() {
        List<String> contents = Pipeline.contents(extract(CALL_IN));
        assertEquals(List.of("The new bridge has made my daily trip half as long, and I want to know when the second one opens",
                "Thank you, Marta. The second bridge will open in autumn, and tolls on both will stay free"), contents);
    }
}
