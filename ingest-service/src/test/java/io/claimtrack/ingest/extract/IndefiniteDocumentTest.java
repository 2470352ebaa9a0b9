package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "The ministry said in a statement ... The statement added": a definite document stands for the speaker who
 * named it; an indefinite one ("A new poll showed", "a report") is a new source.
 */
class IndefiniteDocumentTest {

    @Test
    void aNewPollIsNotTheSpeakerWhoMentionedPolls() {
        AnnotatedDocument doc = extract("""
                "The last poll had me ahead by ten points," Ivar Lund said at the rally.

                A Harbour Gazette poll showed Lund trailing Tomas Berg by four points among older voters.
                """);
        assertSpeaker(doc, "Lund trailing Tomas Berg by four points among older voters", "A Harbour Gazette poll");
    }

    @Test
    void theStatementIsStillTheSpeakers() {
        AnnotatedDocument doc = extract("""
                The Eastport harbour board said in a statement that the pier would close in May.

                The statement added that repairs would take a year.
                """);
        assertSpeaker(doc, "repairs would take a year", "Eastport harbour board");
    }

    @Test
    void aStatementNamedAfterTheSpeakerIsTheSpeakers() {
        AnnotatedDocument doc = extract("""
                The pier will close in May, the Eastport harbour board said in a statement.

                The statement added that repairs would take a year.
                """);
        assertSpeaker(doc, "repairs would take a year", "Eastport harbour board");
    }

    @Test
    void aStatementNamedBeforeTheSpeakerIsTheSpeakers() {
        AnnotatedDocument doc = extract("""
                In a statement, the Eastport harbour board said the pier would close in May.

                The ferry operator said it would run extra boats from Nordby instead.

                "Repairs will take a year," the statement said.
                """);
        assertSpeaker(doc, "\"Repairs will take a year,\"", "Eastport harbour board");
    }

    @Test
    void aStatementSomeoneRepliedToIsNotTheirs() {
        AnnotatedDocument doc = extract("""
                In reply to the statement, the Eastport harbour board said the pier would close in May.

                "Repairs will take a year," the statement said.
                """);
        assertSpeaker(doc, "\"Repairs will take a year,\"", "the statement");
    }

    @Test
    void aPollInsideAQuotationIsNoDocumentOfTheSpeakers() {
        AnnotatedDocument doc = extract("""
                "Nobody trusts the poll," Ivar Lund said at the rally, which drew polling staff.

                The poll found that Lund trails Tomas Berg by four points.
                """);
        assertSpeaker(doc, "Lund trails Tomas Berg by four points", "The poll");
    }

    /** A note attached to a bill is a document that speaks: "A fiscal note ... estimates that". */
    @Test
    void aNoteAttachedToABillSpeaks() {
        AnnotatedDocument doc = extract("""
                Senators in Marrow debated the ferry bill on Monday. A fiscal note attached to the measure estimates \
                that the plan would cost $4 million a year.
                """);
        assertSpeaker(doc, "the plan would cost $4 million a year", "A fiscal note");
    }

    /** Round 51: a ruling named in its speaker's opening phrase is still theirs after others spoke over several blocks. */
    @Test
    void aRulingNamedBeforeTheSpeakerIsTheirsPastOthersQuotesBetween() {
        AnnotatedDocument doc = extract("""
                In a 14-page ruling released Monday, the Norrvik Rowing Federation said the club had paid two rowers.

                The club's coach, Elin Strand, denied knowing about the payments.

                "We row. We don't pay anyone," she said.

                She would not say who had complained.

                The club's board has suspended its treasurer, a board member said.

                According to the ruling, a sponsor paid $900 a month for the rowers' flat.
                """);
        assertSpeaker(doc, "a sponsor paid $900 a month for the rowers' flat", "Norrvik Rowing Federation");
    }
}
