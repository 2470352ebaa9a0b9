package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 46: question time's labels, an office with its field and the holder in brackets ("The Minister for
 * Ports (Jonas Tell):") and a member with seat and party ("Pavel Hollis (Eastmoor) (Con):"), speak as the person named.
 */
class QuestionTimeLabelsTest {

    private static final String QUESTIONS = """
            Harbour questions

            1. Ada Berg (Westhaven) (Lib): What plans the Government have for the north pier.

            The Minister for Ports and Harbours (Jonas Tell): The north pier will reopen in May, and the ferry will stop there twice a day.

            Ada Berg: The ferry operators were never asked. Will the Minister meet them?

            Jonas Tell: I will meet them next week.

            Pavel Hollis (Eastmoor) (Con): The fees at the pier doubled last year.
            """;

    @Test
    void anOfficeWithTheHolderInBracketsSpeaksAsTheHolder() {
        AnnotatedDocument doc = extract(QUESTIONS);
        assertSpeaker(doc, "The north pier will reopen in May, and the ferry will stop there twice a day", "Jonas Tell");
        assertSpeaker(doc, "The fees at the pier doubled last year", "Pavel Hollis");
    }

    /** A bracket that holds years, not a name, makes no label: the line is the writer's. */
    @Test
    void anOfficeWithYearsInBracketsIsNoLabel() {
        String text = """
                Former holders

                Ada Berg: The office has changed little.

                Pavel Hollis: The ferries were always late.

                The Minister for Ports (2019 to 2023): a quieter time on the quays.
                """;
        assertEquals(List.of("The office has changed little", "The ferries were always late"), Pipeline.contents(extract(text)));
    }

    /**
     * Round 59: a sitting's record stamps each label with the hour ("(10:31)") after the seat or the holder: the label is
     * the same, the holder speaks; a passive report of what others were told, with no teller, is no one's statement
     * before the member's question.
     */
    @Test
    void aTimeStampAfterTheBracketsKeepsTheLabel() {
        String text = """
                HOUSE OF ASSEMBLY OF VELLMOOR

                Harbour Dredging

                Mr PELLEGRINI-OSEI (Northgate) (10:29): My question is to the Treasurer. Fishers in the bay were told on Monday that the dredging would be delayed by a year. Why has the money gone?

                The Treasurer (Mr Oskar Delacroix-Anand) (10:31): The dredging money is in the budget and it will be spent this year.

                Ms TAMBWE-LUND (Eastvale) (10:33): My question is to the Premier. The harbour has silted up twice since June. Will the Premier fund the port?

                The PREMIER (Ms Jocasta Wren-Abiodun) (10:34): The port will be funded in full.

                Ms WREN-ABIODUN: The member opposite voted against the port twice.
                """;
        AnnotatedDocument doc = extract(text);
        assertEquals(List.of(
                "The dredging money is in the budget and it will be spent this year",
                "The harbour has silted up twice since June",
                "The port will be funded in full",
                "The member opposite voted against the port twice"),
                Pipeline.contents(doc));
        assertSpeaker(doc, "The dredging money is in the budget and it will be spent this year", "Oskar Delacroix-Anand");
        assertSpeaker(doc, "The port will be funded in full", "Jocasta Wren-Abiodun");
    }

    /**
     * What the member was told is the member's own account; a passive report that names its teller, or goes on with a
     * clause of the member's own, stays the member's.
     */
    @Test
    void aPassiveReportWithItsTellerOrToTheMemberStays() {
        String text = """
                Harbour Dredging

                Ms TAMBWE-LUND (Eastvale) (10:33): We were told on Monday that the port would be funded. Will the Premier fund it?

                The PREMIER (Ms Jocasta Wren-Abiodun) (10:34): The port will be funded in full.

                Mr PELLEGRINI-OSEI (Northgate) (10:36): Fishers were told by the harbour board that the quay would close. Is that so?

                Ms TAMBWE-LUND (Eastvale) (10:38): Fishers have been told twice that the quay will reopen, and twice the date has slipped. When?
                """;
        List<String> contents = Pipeline.contents(extract(text));
        assertEquals(true, contents.contains("We were told on Monday that the port would be funded"), contents.toString());
        assertEquals(true, contents.contains("Fishers were told by the harbour board that the quay would close"), contents.toString());
        assertEquals(true, contents.contains("Fishers have been told twice that the quay will reopen, and twice the date has slipped"),
                contents.toString());
    }

    /** Round 59: a member's premise "the Premier promised" before the Premier's turn is the holder the label names in brackets. */
    @Test
    void aPremiseOfTheOfficeIsTheHolderItsLabelNames() {
        String text = """
                Port Funding

                Ms TAMBWE-LUND (Eastvale) (10:33): My question is to the Premier. In March the Premier promised dock workers \
                that the harbour cranes would be replaced within a year. Does the Premier stand by that?

                The PREMIER (Ms Jocasta Wren-Abiodun) (10:34): The port will reopen in full by June.
                """;
        assertSpeaker(extract(text), "the harbour cranes would be replaced within a year", "Jocasta Wren-Abiodun");
    }
}
