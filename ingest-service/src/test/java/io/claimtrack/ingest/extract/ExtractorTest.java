package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    private static final String STORY = """
            Harbour strike to end on Friday — Transport ministry
            {{share_bar}}
            OSLO, March 3. /Nordwire/. Dock workers will return to the port of Oslo on Friday after a two-week strike, Transport Minister Ingrid Holm said on Sunday.
            "We have reached a fair deal," Holm told reporters. "Nobody lost face."
            The Dockworkers Union confirmed that its members had voted to accept the offer.
            Union leader Kari Moe said the vote had been close.
            “The pay rise is smaller than we wanted. But the safety rules are real,” she added.
            According to the Port Authority, more than 40 ships are waiting to unload.
            Holm stressed that the government had not paid the strikers.
            Under the deal, Holm said:
            • Wages will rise by 4 percent this year.
            • Night shifts will be limited:
            – to three a week;
            – to ten a month.
            • A safety board will inspect the cranes.
            Read more: Ferry traffic returns to normal
            """;

    @Test
    void wireStoryGivesEveryStatementOnce() {
        AnnotatedDocument doc = new Extractor().extract(STORY, LocalDate.of(2025, 3, 5));

        assertEquals(List.of(
                "Transport ministry | Harbour strike to end on Friday |  | indirect",
                "Ingrid Holm | Dock workers will return to the port of Oslo on Friday after a two-week strike | said | indirect",
                "Ingrid Holm | \"We have reached a fair deal,\" | told | direct",
                "Ingrid Holm | \"Nobody lost face.\" |  | direct",
                "Dockworkers Union | its members had voted to accept the offer | confirmed | indirect",
                "Kari Moe | the vote had been close | said | indirect",
                "Kari Moe | “The pay rise is smaller than we wanted. But the safety rules are real,” | added | direct",
                "Port Authority | more than 40 ships are waiting to unload | According to | indirect",
                "Ingrid Holm | the government had not paid the strikers | stressed | indirect",
                "Ingrid Holm | Wages will rise by 4 percent this year | said | indirect",
                "Ingrid Holm | Night shifts will be limited: | said | indirect",
                "Ingrid Holm | to three a week | said | indirect",
                "Ingrid Holm | to ten a month | said | indirect",
                "Ingrid Holm | A safety board will inspect the cranes | said | indirect"), statements(doc));
    }

    @Test
    void aStoryCutShortAnywhereGivesNoError() {
        // A truncated feed or a paywall ends a text anywhere: after a lead-in's colon, a fronted source's comma, mid-quotation.
        Extractor extractor = new Extractor();
        for (int end = 0; end <= STORY.length(); end++) {
            String cut = STORY.substring(0, end);
            assertDoesNotThrow(() -> extractor.extract(cut, null), () -> "the story cut after \"" + cut.substring(Math.max(0, cut.length() - 40)) + "\"");
        }
    }

    @Test
    void wireStoryDocumentFacts() {
        AnnotatedDocument doc = new Extractor().extract(STORY, LocalDate.of(2025, 3, 5));

        assertEquals("Harbour strike to end on Friday — Transport ministry", doc.blockText(doc.titleBlock));
        assertEquals(new Dateline("OSLO", LocalDate.of(2025, 3, 3), "Nordwire", STORY.indexOf("OSLO"),
                STORY.indexOf("Dock workers")), doc.dateline);

        Attribution lede = statement(doc, "Dock workers will return to the port of Oslo on Friday after a two-week strike");
        assertEquals("Transport Minister", lede.role);
        assertEquals(SpeakerKind.PERSON, lede.kind);
        assertEquals("2025-03-02", lede.date);
        assertEquals("Union leader", statement(doc, "the vote had been close").role);
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "its members had voted to accept the offer").kind);
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "Harbour strike to end on Friday").kind);
        assertNull(statement(doc, "the government had not paid the strikers").date);
    }
}
