package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** Words put out on a body's own website, page or channel speak for the body that owns it. */
class ChannelOwnerTest {

    @Test
    void aDocumentOnABodysChannelSpeaksForTheBody() {
        AnnotatedDocument doc = extract("""
                Coach leaves Brennick after six games

                The Brennick Athletic Football Club parted ways with its head coach on Sunday.

                A statement posted on the club's website said the coach had left for family reasons.

                The Lindqvist Water Authority shut the Moor Lane main on Monday.

                A notice on the Lindqvist Water Authority's website said repairs would take a week.
                """);
        assertSpeaker(doc, "the coach had left for family reasons", "Brennick Athletic Football Club");
        assertSpeaker(doc, "repairs would take a week", "Lindqvist Water Authority");
    }

    @Test
    void aDocumentOnAChannelOfNoBodyNamedKeepsItsMention() {
        AnnotatedDocument doc = extract("""
                Coach leaves Brennick after six games

                Supporters were angry on Sunday.

                A statement posted on a fan forum said the coach should have gone in March.
                """);
        assertSpeaker(doc, "the coach should have gone in March", "A statement");
    }

    @Test
    void anyParticipleOfPuttingOutLeadsToTheChannel() {
        // "prepared" is one of the document makers' participles: one word set serves both readings.
        AnnotatedDocument doc = extract("""
                Ferry fares to rise

                The Osterholm Ferry Company met its unions on Tuesday.

                A notice prepared on the Osterholm Ferry Company's website said fares would rise in April.
                """);
        assertSpeaker(doc, "fares would rise in April", "Osterholm Ferry Company");
    }

    /** Round 50: "Its website" speaks for the body "its" stands for, as "its report" does. */
    @Test
    void aBodysNamedPageIsTheBodysAndSoIsThePageReadAgain() {
        // "according to Pellcom's public status page": the owner named with "'s"; "the page said" just below is the same page.
        AnnotatedDocument doc = extract("""
                Outage hits banks

                Pellcom Networks, the region's largest cloud provider, had a six-hour outage on Monday.

                The errors began at 9 a.m., according to Pellcom's public status page. By noon, the page said, most \
                services were back.
                """);
        assertSpeaker(doc, "The errors began at 9 a.m.", "Pellcom Networks");
        assertSpeaker(doc, "By noon most services were back", "Pellcom Networks");
    }

    @Test
    void itsWebsiteIsTheBodyNamedBefore() {
        AnnotatedDocument doc = extract("""
                Ticket site fails again

                The ticket system is run by Pellmark Software, a Tollby firm that won the contract in 2030. Its website \
                says its platform serves "more than 60 theatres."
                """);
        assertSpeaker(doc, "its platform serves \"more than 60 theatres.\"", "Pellmark Software");
    }
}
