package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation after a colon that ends a clause whose subject is a speaker and whose verb is no cue. */
class ColonQuoteStageTest {

    @Test
    void speakerClauseEndingInAColonGivesTheQuotation() {
        assertEquals(List.of(
                "Ola Vik | “If he loses, it is the end of his career.” | went | direct",
                "Kari Lund | “Whichever pier I am on at the moment.” | demurred | direct",
                "The mayor | “Let us finish the pier in November.” | gestured | direct"),
                mentions(attribute("""
                        But Ola Vik went even further: “If he loses, it is the end of his career.”
                        Asked which pier was her favourite, Kari Lund demurred: “Whichever pier I am on at the moment.”
                        The mayor gestured at the crowd, then leaned in and boomed: “Let us finish the pier in November.”
                        """)));
    }

    @Test
    void quotedParagraphUnderTheClause() {
        assertEquals(List.of("The port authority | “Our thoughts are with the crews. The pier reopens on Monday.” | issued | direct"),
                mentions(attribute("""
                        The port authority issued the following statement:

                        “Our thoughts are with the crews. The pier reopens on Monday.”
                        """)));
    }

    @Test
    void noSpeakerSubjectLeavesTheQuotation() {
        assertEquals(List.of(), mentions(attribute("""
                The stakes are clear: “The pier must be fixed before winter.”
                It all comes down to one phrase: “Fix the pier.”
                The problem for the mayor is simple: “Nobody trusts the pier.”
                From the report: “The pier is unsafe.”
                She was upset, so I changed my answer: “Of course I trust the pier.”
                """)));
    }
}
