package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A headline's or deck's bare description is the person or body its own story gives that role (issue 10). */
class HeadlineDescriptorTest {

    /** A title that ends with a quotation closed after a word is still a title, and its "mayor" the story's mayor. */
    @Test
    void aTitleEndingInAQuotedPhraseNamesItsMayorBelow() {
        AnnotatedDocument doc = extract("""
                Brellin council passes ferry tax after long night; mayor calls it ‘overdue’

                Brellin town council voted 6-3 late Monday to add a ferry tax to water bills.

                Mayor Odile Fenwright, who ran on the tax, called the vote “a fair deal for the islands.”
                """);
        assertEquals(Block.Kind.HEADLINE, doc.block(0).kind());
        assertSpeaker(doc, "it ‘overdue’", "Odile Fenwright");
    }

    /** Only at the top: a digest's ledes drop their periods, and one that ends with a quotation is no title. */
    @Test
    void aLedeEndingInAQuotationLowerDownStaysProse() {
        AnnotatedDocument doc = extract("""
                Brellin council passes ferry tax

                The council voted 6-3 late Monday.

                Mayor Odile Fenwright called the vote “a fair deal for the islands”
                """);
        assertEquals(Block.Kind.PARAGRAPH, doc.block(2).kind());
    }

    /** "Utility says ..." over a story whose first paragraphs name the utility: that body, named after the headline. */
    @Test
    void aHeadlinesBodyWordIsTheBodyItsStoryNamesBelow() {
        AnnotatedDocument doc = extract("""
                Tenants of Marsh Court go a second week without hot water
                Landlord blames supplier; city says it will step in

                On the third floor of Marsh Court, Ana Ruiz boils water for her children every morning.

                The building's owner, Kelford Property Group, blamed a parts supplier for the delay.
                """);
        assertSpeaker(doc, "supplier", "Kelford Property Group");
    }

    /** "director blames staffing" over a story naming its director and a police chief: the one titled director. */
    @Test
    void aHeadlinesTitleIsTheOneGivenThatWordThoughASynonymsHolderIsNamed() {
        AnnotatedDocument doc = extract("""
                Parks board let repair requests sit for years, records show

                Former gardener says she was told to wait; director blames budget

                By Lia Marsh

                The Parks Oversight Office is supposed to check the city's parks board. Its director, Aurel Vantongeren, \
                said the backlog was "a fair criticism."

                Police Chief Dora Kessling said officers had patrolled the parks more often this year.
                """);
        assertSpeaker(doc, "budget", "Aurel Vantongeren");
    }
}
