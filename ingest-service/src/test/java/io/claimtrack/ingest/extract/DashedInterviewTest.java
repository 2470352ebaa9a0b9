package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An interview set as dashed lines: each answer is the interviewee's statement, each question nobody's. */
class DashedInterviewTest {

    @Test
    void aDashedAnswerIsTheIntervieweesStatementOverItsParagraphs() {
        AnnotatedDocument doc = extract("""
                Harbour master Ada Lund: "The quay will be ready in spring"

                Harbour master Ada Lund spoke to the Coastal Herald about the new quay and the ferry timetable.

                - Ms. Lund, when will the new quay open?

                - In April, if the weather allows it. The piles are in place and the deck is being poured now.

                - Fishermen say the works have cut their catch. Is that fair?

                - I understand their worry. The works close the inner basin for two weeks at most, and the \
                port fund pays for every lost day at sea.

                Nobody has to move a boat without being paid for it. We promised that in May and we keep our word.

                - Will the ferries run on time?

                - Yes. The timetable stays as it is for the whole winter.

                Interviewed by Tor Vik
                """);
        assertSpeaker(doc, "In April, if the weather allows it. The piles are in place and the deck is being poured now",
                "Ada Lund");
        assertSpeaker(doc, "I understand their worry. The works close the inner basin for two weeks at most, and the port "
                + "fund pays for every lost day at sea.\n\nNobody has to move a boat without being paid for it. We promised "
                + "that in May and we keep our word", "Ada Lund");
        assertSpeaker(doc, "Yes. The timetable stays as it is for the whole winter", "Ada Lund");
        // The question's reported premise stays its speaker's; the question itself is nobody's statement.
        assertSpeaker(doc, "the works have cut their catch", "Fishermen");
        List<String> found = contents(doc);
        assertFalse(found.stream().anyMatch(c -> c.contains("when will the new quay open")), found.toString());
    }

    @Test
    void aDashedListWithOneQuestionIsNoInterview() {
        AnnotatedDocument doc = extract("""
                Harbour master Ada Lund walked reporters along the new quay on Monday.

                The open points on the council's agenda

                - Who pays for the dredging?

                - The timetable for the second pier.

                - The ferry fares for pensioners.
                """);
        assertTrue(doc.attributions.stream().noneMatch(a -> "Ada Lund".equals(a.speaker)), contents(doc).toString());
    }
}
