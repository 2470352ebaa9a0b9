package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 46: a chair's turns that only run the sitting are no statements: a call to order, a sitting "of the
 * Committee on ..." in session, witnesses to give evidence under oath, "please stand", "You may begin.", a member put
 * off ("you will have time at the end"), the floor given "but briefly", and "Sorry to interrupt." before a question;
 * a heading "Opening remarks and ..." is no speaker; a request made of the turn's speaker ("asked us to") is the turn's
 * own. What the chair asserts, and a request made of others, stay.
 */
class ChairProcedureTurnsTest {

    private static final String HEARING = """
            Harbour Board of Kestrel Bay, Committee on Ports and Ferries

            Opening statements and questions from members

            THE CHAIR (Councillor Runa Elstad): Order, please. This sitting of the Committee on Ports and Ferries is now in session. Witnesses will give their evidence under oath. Mr. Quillan, please stand.

            [Mr. Tobias Quillan was sworn.]

            THE CHAIR: Thank you. You may begin.

            MR. QUILLAN: The north pier has been closed since January, and the divers found two cracked piles.

            COUNCILLOR VOSS: Sorry to interrupt. Which piles are cracked?

            MR. QUILLAN: The two nearest the ferry ramp. Last month the harbour master asked us to close the north pier, and we did.

            COUNCILLOR VOSS: I would like to add something about the ferry ramp.

            THE CHAIR: Please, but briefly.

            COUNCILLOR VOSS: The ramp was built by the same contractor.

            THE CHAIR: Councillor, you will have time at the end. Ms. Harker, please stand.
            """;

    @Test
    void procedureAndAHeadingAreNoStatements() {
        assertEquals(List.of(
                "The north pier has been closed since January, and the divers found two cracked piles",
                "The two nearest the ferry ramp. Last month the harbour master asked us to close the north pier, and we did",
                "I would like to add something about the ferry ramp",
                "The ramp was built by the same contractor"),
                Pipeline.contents(extract(HEARING)));
    }

    @Test
    void whatTheChairAssertsStays() {
        String text = """
                Harbour Board sitting, 4 May

                THE CHAIR (Councillor Runa Elstad): The witness lied under oath, and this board will say so. You have time to fix the pier before winter.

                MR. QUILLAN: Please, but the pier is not mine to fix. The harbour master asked the ferry crews to slow down.

                THE CHAIR: Sorry to say the ramp is unsafe.

                Closing remarks of the chair
                """;
        List<String> contents = Pipeline.contents(extract(text));
        assertEquals(4, contents.size(), contents::toString);
    }
}
