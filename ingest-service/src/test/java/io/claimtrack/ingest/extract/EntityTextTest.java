package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scraped page's HTML character references ("&amp;quot;", "&amp;#8220;", "&amp;#8217;") are read as the characters
 * they stand for: a quotation between them is a quotation, and the ";" that ends each is no clause end. Contents and
 * spans stay those of the text as given, references included.
 */
class EntityTextTest {

    @Test
    void aQuotationBetweenQuotReferencesHasItsCueAndFollowOn() {
        AnnotatedDocument doc = extract("""
                The harbour board voted 5-2 to close the north pier.

                &quot;We waited ten years for this pier,&quot; said Councillor Anna Vik. &quot;Nobody asked the fishermen.&quot;
                """);
        assertEquals(List.of("Anna Vik | &quot;We waited ten years for this pier,&quot; | said | direct",
                "Anna Vik | &quot;Nobody asked the fishermen.&quot; |  | direct"), statements(doc));
    }

    @Test
    void anInterruptingSpeakerAndCueStayOutOfTheContentOnAPageWithReferences() {
        String text = """
                The board&#8217;s new timetable, the harbour master said, reached the pilots on Friday.
                """;
        AnnotatedDocument doc = extract(text);
        Attribution a = doc.attributions.get(0);
        assertEquals(", the harbour master said, ", text.substring(a.gapStart, a.gapEnd));
        assertEquals("The board&#8217;s new timetable reached the pilots on Friday", a.content(text));
    }

    @Test
    void anApostropheReferenceDoesNotEndTheContent() {
        AnnotatedDocument doc = extract("""
                In a letter, Per Holm wrote that the board&#8217;s own engineers had found cracks in the pier.
                """);
        assertSpeaker(doc, "the board&#8217;s own engineers had found cracks in the pier", "Per Holm");
    }

    @Test
    void curlyQuoteReferencesQuoteToo() {
        AnnotatedDocument doc = extract("""
                &#8220;The pier is safe,&#8221; harbour master Ola Dahl said on Monday.
                """);
        assertSpeaker(doc, "&#8220;The pier is safe,&#8221;", "Ola Dahl");
    }

    @Test
    void offsetsMapBackToTheGivenText() {
        EntityText read = EntityText.of("A &amp; B&#8217;s &nbsp;&quot;x&quot; &bogus; &#xZZ;");
        assertEquals("A & B’s  \"x\" &bogus; &#xZZ;", read.text);
        assertEquals(2, read.source(2));
        assertEquals(7, read.source(3));
        assertEquals(9, read.source(5));
        assertEquals(16, read.source(6));
        assertEquals(52, read.source(read.text.length()));
    }

    @Test
    void aTextWithoutReferencesIsLeftAlone() {
        assertNull(EntityText.of("Fish & chips; R&D said so."));
    }
}
