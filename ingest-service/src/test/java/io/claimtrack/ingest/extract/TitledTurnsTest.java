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

    private static final String COUNCIL_REMARKS = """
            Council Press Statement on Flooding in Molvane

            The following press statement was issued today by Council President Teodora Mbeki-Larsen (Quellin):

            The members of the Council expressed their deep concern at the floods in Molvane.

            Remarks to the press by the President of the Council following consultations

            President: Good morning. The Council has just agreed a press statement on the floods.

            Question (Harbour Times): Madam President, will the Council send boats?

            President: Members heard the Relief Coordinator, who told us that the roads to the south were cut. We will \
            come back to it.
            """;

    /** Issue 10, round 55: "President:" under an opening that named "Council President NAME" is her turn. */
    @Test
    void aLabelThatIsTheLastWordOfATitleIsTheTurnOfItsOneHolder() {
        AnnotatedDocument doc = extract(COUNCIL_REMARKS);
        assertSpeaker(doc, "Good morning. The Council has just agreed a press statement on the floods", "Teodora Mbeki-Larsen");
        assertSpeaker(doc, "Members heard the Relief Coordinator, who told us that the roads to the south were cut. We will "
                + "come back to it", "Teodora Mbeki-Larsen");
    }

    /** Two people titled "... President": the label's word names neither. */
    @Test
    void aLastWordTwoTitlesShareNamesNoOne() {
        AnnotatedDocument doc = extract(COUNCIL_REMARKS.replace("Council President Teodora Mbeki-Larsen (Quellin):",
                "Council President Teodora Mbeki-Larsen (Quellin), with Vice President Anders Holmqvist:"));
        assertEquals(List.of(), Pipeline.contents(doc).stream().filter(c -> c.startsWith("Good morning")).toList());
    }
}
