package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** "The company" after a sentence a body's shortened name opens, as subject or owner, is that body (issue 10). */
class ShortenedBusinessSubjectTest {

    @Test
    void theCompanyAfterAShortenedSubjectIsThatBody() {
        AnnotatedDocument doc = extract("""
                Harnvik Dairies shut its creamery in Odda on Monday.

                In a short notice, Harnvik said a cooling pump had failed. The company said milk deliveries would resume \
                on Friday.
                """);
        assertSpeaker(doc, "milk deliveries would resume on Friday", "Harnvik Dairies");
    }

    /** The owner of the sentence's subject, not the other body the paragraph named before it. */
    @Test
    void theCompanyAfterAShortenedOwnerIsThatBody() {
        AnnotatedDocument doc = extract("""
                Brask Telecom customers in the north lost their lines overnight. Two couriers, Solvik Post and Hedda \
                Freight, said parcels were held up. Solvik Post said none were lost. Brask's last outage, in March, was \
                blamed on a fire. The company said then that it had moved its servers.
                """);
        assertSpeaker(doc, "it had moved its servers", "Brask Telecom");
    }

    /** A person's name shortened to its first name is no body's. */
    @Test
    void aShortenedFirstNameIsNoBody() {
        AnnotatedDocument doc = extract("""
                Marta Olsen opened a flower stall in the station hall last spring.

                In a post, Marta said the stall would close in June. The company said its lease had run out.
                """);
        String speaker = statement(doc, "its lease had run out").speaker;
        assertFalse(speaker != null && speaker.contains("Marta"), speaker);
    }

    /** The one home of the shortening: a business name by each of its last words, and the name itself. */
    @Test
    void aNameShortensByItsLastWords() {
        assertEquals(Set.of("Tellmark Glass Works", "Tellmark Glass", "Tellmark"),
                ShortenedSubjects.withShortenings(Set.of("Tellmark Glass Works"), Set.of()));
    }

    /** Not to a person's surname ("Ruud" of "Ruud Freight" beside "Ilse Ruud"), unless a name in full is so. */
    @Test
    void aShorteningThatIsASurnameIsLeftOut() {
        assertEquals(Set.of("Ruud Freight"), ShortenedSubjects.withShortenings(Set.of("Ruud Freight"), Set.of("Ruud")));
        assertEquals(Set.of("Ruud Freight", "Ruud"),
                ShortenedSubjects.withShortenings(Set.of("Ruud Freight", "Ruud"), Set.of("Ruud")));
    }

    /** Issue 10, round 49: "Telecom" ends a company's name, so "It said" after "Morvane said" is the company, not the regulator. */
    @Test
    void aTelecomsShortenedNameAndItsPronoun() {
        AnnotatedDocument doc = extract("""
                HALDEN, May 4 (Reuters) - Thieves copied the account details of about 2.1 million customers of Morvane \
                Telecom, the national telecoms supervisor said on Tuesday.

                The Communications Supervision Office said Morvane had told it of the theft on April 20.

                Morvane said in a statement that no card numbers had been taken. It said it had blocked the server the \
                thieves used.
                """);
        assertSpeaker(doc, "no card numbers had been taken", "Morvane Telecom");
        assertSpeaker(doc, "it had blocked the server the thieves used", "Morvane Telecom");
    }

    /**
     * Round 55: a name of several capitalised words, with no first name nor a word of another body's kind, opening the
     * sentence before "The company says", is that company; not a council.
     */
    @Test
    void theCompanyAfterAnUnknownBodysSentenceIsThatBody() {
        AnnotatedDocument doc = extract("""
                Orchard Hill Cider will build a new hall on the old depot site. The company says the project will \
                create 60 jobs.
                """);
        assertSpeaker(doc, "the project will create 60 jobs", "Orchard Hill Cider");
        AnnotatedDocument council = extract("""
                Marrow Town Council approved the hall on Tuesday. The company says the project will create 60 jobs.
                """);
        assertSpeaker(council, "the project will create 60 jobs", "The company");
    }

    /**
     * "Kessling Wireless" in the lede, named again only as "Kessling's" in the paragraph before "the company": the trade
     * name shortened is the business, though the lede named it paragraphs up with no word for one.
     */
    @Test
    void theCompanyAfterATradeNameShortenedIsThatBusiness() {
        AnnotatedDocument doc = extract("""
                MARLOW FENS - The Marlow Fens Planning Commission voted on Monday to refuse Kessling Wireless a permit \
                for a 90-foot mast beside the old mill.

                The commission's ruling says the mast would spoil the view from the towpath.

                Kessling's area manager, Ottilie Braun-Sayer, told the commission the mast would end a gap in coverage. \
                "We have no other site," she said.

                After the vote, the company said it would take the ruling to court.
                """);
        assertSpeaker(doc, "it would take the ruling to court", "Kessling Wireless");
    }
}
