package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, forty-third round: "It warned that A would ... and urged B to ...": a body's "it" with a cue right after it
 * is the subject the second verb of saying goes on with, as a name would be; the first content ends before "and". The
 * body a sentence before opens with, its name read with its article, is the "it".
 */
class SecondCueAfterItTest {

    @Test
    void itsSecondVerbOfSayingIsAStatementOfItsOwn() {
        AnnotatedDocument doc = extract("""
                Port strike enters third week

                The Harbour Traders' Guild took a different view. It warned that a longer strike would empty the shops before the holidays and urged the port authority to reopen the gates.
                """);
        assertEquals(List.of("a longer strike would empty the shops before the holidays", "the port authority to reopen the gates"),
                contents(doc));
        assertSpeaker(doc, "the port authority to reopen the gates", "Harbour Traders' Guild");
    }

    @Test
    void anItThatIsNoSpeakerLeavesTheSentence() {
        AnnotatedDocument doc = extract("""
                Port strike enters third week

                It rained all week on the picket line and the guild urged the port authority to reopen the gates.
                """);
        assertEquals(List.of("the port authority to reopen the gates"), contents(doc));
        assertSpeaker(doc, "the port authority to reopen the gates", "the guild");
    }

    /** A body's name read with its article ("The Harbour Traders' Guild took ...") is the body an "it" after it turns to. */
    @Test
    void itIsTheBodyTheSentenceBeforeOpensWith() {
        AnnotatedDocument doc = extract("""
                Port strike enters third week

                The Harbour Traders' Guild took a different view. It said the shops would lose a month of sales.
                """);
        assertSpeaker(doc, "the shops would lose a month of sales", "Harbour Traders' Guild");
    }

    @Test
    void aPersonOpeningTheSentenceBeforeIsNoBodyForIt() {
        AnnotatedDocument doc = extract("""
                Port strike enters third week

                The guild's chair, Tove Brandt, took a different view. It said the shops would lose a month of sales.
                """);
        assertSpeaker(doc, "the shops would lose a month of sales", "It");
    }
}
