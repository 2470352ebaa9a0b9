package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A document "its" or "their" opens speaks for the body the possessive stands for (issue 10, documents and their makers). */
class DocumentOwnerTest {

    @Test
    void itsReportIsTheBodyNamedInTheSentenceBefore() {
        AnnotatedDocument doc = extract("""
                Pellworth Industries employs about 900 people at its Dunmere plant. It sold about $80 million worth of \
                pumps abroad last year, according to its annual report.
                """);
        assertSpeaker(doc, "It sold about $80 million worth of pumps abroad last year", "Pellworth Industries");
    }

    @Test
    void itsReportIsTheBodyItsOwnSentenceDescribes() {
        AnnotatedDocument doc = extract("""
                Arnvale Copper Ltd. halted work on Monday after a spill at its Tessby mine.

                The Tessby mine accounts for about a third of the company's revenue, according to its most recent \
                annual report.
                """);
        assertSpeaker(doc, "The Tessby mine accounts for about a third of the company's revenue", "Arnvale Copper Ltd");
    }

    @Test
    void itsLatestReportIsTheMissionJustQuoted() {
        AnnotatedDocument doc = extract("""
                The truce has been broken 300 times since May, according to the regional observer mission. Its latest \
                report, published on Friday, says most of the breaches involved small arms.
                """);
        assertSpeaker(doc, "most of the breaches involved small arms", "the regional observer mission");
    }

    /** No body before it: the document stays as the text gives it. */
    @Test
    void noBodyNearLeavesTheDocument() {
        AnnotatedDocument doc = extract("""
                Marta Ellison grew up in Dunmere. Ferry traffic fell by a fifth, according to its annual report.
                """);
        assertSpeaker(doc, "Ferry traffic fell by a fifth", "its annual report");
    }

    /** Round 48: a body's word before the document names its maker; the outlet that saw it is no part of it. */
    @Test
    void aCompanyMemoSeenByAPaperIsTheCompanys() {
        AnnotatedDocument doc = extract("""
                Vantix, a maker of door locks, has lost money for three years. Its sales are down 9 per cent, according \
                to a company memo seen by the Courier.
                """);
        assertSpeaker(doc, "Its sales are down 9 per cent", "Vantix");
    }

    /** Round 51: a register or a log is a document, and "its" makes it the body's. */
    @Test
    void itsIncidentLogIsTheBodys() {
        AnnotatedDocument doc = extract("""
                The Dunmore Transit Authority cancelled 212 trains in March, according to its incident log.
                """);
        assertSpeaker(doc, "The Dunmore Transit Authority cancelled 212 trains in March", "Dunmore Transit Authority");
    }

    /** Round 51: "an application it filed" is the body's as "its application" is; "zoning" is no cue. */
    @Test
    void anApplicationItFiledIsTheBodys() {
        AnnotatedDocument doc = extract("""
                Crestline Homes Inc. bought the field in 2030. Crestline wants to build 40 houses there, according to an \
                application it filed with the county's zoning office in April.
                """);
        assertSpeaker(doc, "Crestline wants to build 40 houses there", "Crestline Homes Inc");
        assertEquals(1, doc.attributions.size());
    }

    @Test
    void itsStatisticsAreTheBodys() {
        // "its annual statistics" speak for the body "its" stands for, as "its report" does.
        AnnotatedDocument doc = extract("""
                The Marine Accident Board of Tessaly opened an inquiry into the grounding on Monday. Groundings made up \
                9 of the 40 accidents the Board investigated in 2035, according to its annual statistics.
                """);
        assertSpeaker(doc, "Groundings made up 9 of the 40 accidents the Board investigated in 2035",
                "Marine Accident Board of Tessaly");
    }

    @Test
    void resultsPostedOnItsWebsiteAreTheBodyNamedBefore() {
        AnnotatedDocument doc = extract("""
                The Pikeland Debt Agency sold 3 billion marks of five-year notes at an average yield of 4.1%, according \
                to results posted on its website.
                """);
        assertSpeaker(doc, "The Pikeland Debt Agency sold 3 billion marks of five-year notes at an average yield of 4.1%",
                "Pikeland Debt Agency");
    }

    /**
     * Round 56: the body named as the sentence's subject owns "its" report, not a plain description in its object ("the
     * league"), though the name is read as a person's.
     */
    @Test
    void itsReportIsTheSubjectsNotTheObjectsBody() {
        AnnotatedDocument doc = extract("""
                Dunholt Wanderers agreed to a sale on Monday.

                Dunholt Wanderers finished fifth in the league last season and owes about 90 million crowns, according \
                to its annual report.
                """);
        assertSpeaker(doc, "Dunholt Wanderers finished fifth in the league last season and owes about 90 million crowns",
                "Dunholt Wanderers");
    }

    /**
     * Round 59: "Their" after a sentence the body's staff open ("Inspectors of the Board ...") is the body, as "The Board
     * notes" is, not the plant or the club the staff visited.
     */
    @Test
    void theirAfterABodysStaffIsTheBody() {
        AnnotatedDocument doc = extract("""
                Coastal Water Quality Board of Estrel County

                Notice No. WQ-2041-9

                2. Inspectors of the Board visited the Fenwick Dairies plant on 4 May 2041 after complaints from the Tamsin Anglers' Club. Their inspection report records that:
                - the outflow pipe had leaked for at least six days;
                - the settling pond had overflowed into Tamsin Creek.

                3. The Board notes that the plant was fined in 2039.
                """);
        assertSpeaker(doc, "the outflow pipe had leaked for at least six days", "Board");
        assertSpeaker(doc, "the plant was fined in 2039", "Board");
    }

    /** Round 61: a body named again by the first word of its name ("Is Tallow sound?") owns the "its" report after it. */
    @Test
    void itsReportIsTheBodyShortenedInTheQuestionBefore() {
        AnnotatedDocument doc = extract("""
                Depositors queued outside branches of Tallowmere Mutual Bank for a second day, the regulator said.

                Is Tallowmere solvent? Its reserves stood at 11% of loans in June, well above the minimum, according \
                to its annual report.
                """);
        assertSpeaker(doc, "Its reserves stood at 11% of loans in June, well above the minimum", "Tallowmere Mutual Bank");
    }
}
