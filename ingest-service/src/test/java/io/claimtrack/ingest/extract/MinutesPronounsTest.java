package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 56: the "she" and "he" of council minutes after the person is named. A month's name inside a double
 * surname ("Ms. Tenorio-June") dates nothing, so she stays the subject her pronouns take; and a "he" after a "he" that
 * took the title opening the sentence before ("The Director of Parks presented the report. He advised ...") goes on
 * with the title's holder.
 */
class MinutesPronounsTest {

    private static final String MINUTES = """
            Town of Kelvedon

            Minutes of the Regular Meeting of Council

            Present: Mayor Ruth Abernethy (Chair); Councillors Omar Feld, Inge Torvald

            Staff: Henrik Aldous-Obi, Director of Parks; Lisa Brandt, Town Clerk

            2. Delegations

            2.1 Marisol Tenorio-June, Eastside Allotment Society, re: water rates

            Ms. Tenorio-June addressed Council on behalf of the society. She stated that the society's water bill had \
            doubled since June. She asked Council to defer the increase.

            3. Staff Reports

            3.1 Report PR-2039-4, Playground Condition

            The Director of Parks presented the report. He advised that two playgrounds would close. He stated that the \
            repairs would take a year.
            """;

    @Test
    void aDelegatesPronounsAfterHerDoubleSurnameWithAMonthInIt() {
        AnnotatedDocument doc = extract(MINUTES);
        assertSpeaker(doc, "the society's water bill had doubled since June", "Marisol Tenorio-June");
        assertSpeaker(doc, "Council to defer the increase", "Marisol Tenorio-June");
    }

    @Test
    void theSecondHeAfterATitledDirectorIsTheDirectorToo() {
        AnnotatedDocument doc = extract(MINUTES);
        assertSpeaker(doc, "two playgrounds would close", "Henrik Aldous-Obi");
        assertSpeaker(doc, "the repairs would take a year", "Henrik Aldous-Obi");
    }
}
