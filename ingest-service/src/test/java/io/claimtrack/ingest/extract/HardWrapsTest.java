package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.blocks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapsTest {

    /** A page hard-wrapped at 72 columns, with its headline, byline, bullets and teasers on lines of their own. */
    private static final String PAGE = """
            Harbour board delays vote on ferry fares
            By Tor Eriksen | Harbour Gazette
            The harbour board on Tuesday delayed a vote on raising ferry fares
            after the council's finance chair, Ada Lund, said the increase would
            hit commuters from the outer islands harder than anyone else.
            "We cannot ask the people who have no other way to the mainland to
            pay for the new pier," Lund said. "The board should find the money
            elsewhere."
            The board met for three hours behind closed doors. Its chairman,
            Per Vik, said the vote would be held in May, after the engineers
            report on the cost of repairing the old pier.
            "The fares have not risen since 2019, and the ferries are losing money,"
            the board said in a statement.
            The board listed three options:
            - a rise of 10 percent for every passenger from June
            - a rise for tourists only
            - no rise, with the pier paid from the reserve fund
            RELATED
            Council approves new bus routes to the northern harbour towns
            Fishermen say the dredging of the inner harbour comes too late
            """;

    @Test
    void aHardWrappedParagraphIsOneBlockAndShortLinesStayTheirOwn() {
        AnnotatedDocument doc = Pipeline.through(StructureStage.class, PAGE);

        assertEquals(List.of("""
                The harbour board on Tuesday delayed a vote on raising ferry fares
                after the council's finance chair, Ada Lund, said the increase would
                hit commuters from the outer islands harder than anyone else.""", """
                "We cannot ask the people who have no other way to the mainland to
                pay for the new pier," Lund said. "The board should find the money
                elsewhere.\"""", """
                The board met for three hours behind closed doors. Its chairman,
                Per Vik, said the vote would be held in May, after the engineers
                report on the cost of repairing the old pier.""", """
                "The fares have not risen since 2019, and the ferries are losing money,"
                the board said in a statement.""", "The board listed three options:"), blocks(doc, Block.Kind.PARAGRAPH));
        assertEquals(3, blocks(doc, Block.Kind.BULLET).size());
        assertEquals(List.of("Harbour board delays vote on ferry fares", "Council approves new bus routes to the northern harbour towns",
                "Fishermen say the dredging of the inner harbour comes too late"), blocks(doc, Block.Kind.HEADLINE).stream()
                .filter(h -> h.length() > 35).toList());
    }

    @Test
    void aSpeakerOrCueOnTheNextLineOfAWrappedParagraphKeepsItsStatement() {
        AnnotatedDocument doc = Pipeline.extract(PAGE);

        assertSpeaker(doc, "the vote would be held in May, after the engineers\nreport on the cost of repairing the old pier", "Per Vik");
        assertSpeaker(doc, "\"The fares have not risen since 2019, and the ferries are losing money,\"", "the board");
        assertSpeaker(doc, "\"We cannot ask the people who have no other way to the mainland to\npay for the new pier,\"", "Ada Lund");
    }

    @Test
    void fullLinesThatOpenWithACapitalAndEndWithoutAStopStayALineEach() {
        String teasers = """
                Council approves new bus routes to the northern harbour towns
                Fishermen say the dredging of the inner harbour comes too late
                Ferry operator warns of cancellations as the winter storms begin
                Harbour board chairman Per Vik says the old pier must be rebuilt
                Islanders ask the council for a second daily crossing to the city
                The harbour board set out its reasons for the delay on Monday:
                """;

        assertEquals(6, Pipeline.through(StructureStage.class, teasers).blocks.size());
    }

    @Test
    void aPageOfShortLinesIsNoWrappedPage() {
        String list = "The minister said:\n- taxes will fall\n".repeat(4);

        assertEquals(8, Pipeline.through(StructureStage.class, list).blocks.size());
    }
}
