package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class SummaryPartiesTest {

    private static final String AWARD = """
            Summary of Arbitration Award

            Brook Valley Hospital and Nurses United, Local 12
            Grievance concerning night-shift staffing (File No. 55-190)

            Adjudicator: Joan Pelletier
            Date of award: 3 March 2031

            The Union argued that the hospital had left two wards with a single nurse on most nights.

            The Employer contended that the staffing plan had been agreed with the ward managers.

            The Adjudicator found that the plan had never been shown to the nurses' committee. She found further that \
            a single nurse on a ward of thirty beds breached the agreement.

            The award declares that the hospital must staff each ward with two nurses at night.
            """;

    @Test
    void anAwardsHeadingNamesTheUnionTheEmployerAndTheDecider() {
        AnnotatedDocument doc = Pipeline.extract(AWARD);

        assertEquals("Nurses United, Local 12", Pipeline.speakerOf(doc, "the hospital had left"));
        assertEquals("Brook Valley Hospital", Pipeline.speakerOf(doc, "the staffing plan"));
        assertEquals("Joan Pelletier", Pipeline.speakerOf(doc, "the plan had never"));
        assertEquals("Joan Pelletier", Pipeline.speakerOf(doc, "a single nurse on a ward"));
        assertEquals("Joan Pelletier", Pipeline.speakerOf(doc, "the hospital must staff"));
    }

    @Test
    void theDecidersLabelLineIsNoStatement() {
        AnnotatedDocument doc = Pipeline.extract(AWARD);

        for (Attribution a : doc.attributions) {
            if (a.content(doc.text).contains("Joan Pelletier")) {
                fail("the label line read as a statement: " + a.content(doc.text));
            }
        }
    }

    @Test
    void aBetweenHeadingDefinesThePartiesAndAHeadlineInProseDoesNot() {
        SummaryParties between = SummaryParties.of("""
                Between Harrowgate Ferries Ltd and the Harbour Pilots Guild

                The Guild submitted a grievance in May.
                """);
        SummaryParties headline = SummaryParties.of("""
                Nurses union and hospital reach deal on night shifts

                The union said on Friday that the deal was fair.
                """);

        assertEquals("the Harbour Pilots Guild", between.speakerFor("The Union"));
        assertEquals("Harrowgate Ferries Ltd", between.speakerFor("the Employer"));
        assertNull(headline.speakerFor("The union"));
    }

    /**
     * Round 60: a labour board's "Between:" lines name each side with its part in the case ("NAME (Grievor)"); the
     * reasons' "The grievor" is she, and a pronoun after her statement goes on with her; "Counsel for the grievor" is
     * neither side.
     */
    @Test
    void aSidesLineWithItsPartDefinesThatPart() {
        SummaryParties sides = SummaryParties.of("""
                Norland Employment Tribunal

                Between:
                Maria Osei-Brandt (Grievor)
                and
                Kestrel Bakeries Inc. (Employer)

                1. The grievor worked as a baker for six years.
                """);
        assertEquals("Maria Osei-Brandt", sides.speakerFor("The grievor"));
        assertEquals("Kestrel Bakeries Inc.", sides.speakerFor("the Employer"));
        assertTrue(sides.actsFor("Counsel for the grievor"));
        assertFalse(sides.actsFor("Counsel for the city"));

        AnnotatedDocument doc = Pipeline.extract("""
                Norland Employment Tribunal

                Between:
                Maria Osei-Brandt (Grievor)
                and
                Kestrel Bakeries Inc. (Employer)

                Hearing: May 2 and 3, 2040, Norland

                1. The Employer says that the grievor was dismissed for lateness.

                2. The grievor testified that she warned her manager twice about the ovens. She said her manager told her to keep quiet.

                3. Counsel for the grievor submitted that the dismissal was a reprisal that the Employer had not rebutted.
                """);
        assertEquals("Kestrel Bakeries Inc.", Pipeline.speakerOf(doc, "the grievor was dismissed"));
        assertEquals("Maria Osei-Brandt", Pipeline.speakerOf(doc, "she warned her manager"));
        assertEquals("Maria Osei-Brandt", Pipeline.speakerOf(doc, "her manager told her"));
        assertEquals("Counsel for the grievor", Pipeline.speakerOf(doc, "the dismissal was a reprisal"));
    }

    /** An oversight report's "Director: NAME" line heads the report: "The Director" is she, not a chief named later. */
    @Test
    void aReportsDirectorLineDefinesTheDirector() {
        AnnotatedDocument doc = Pipeline.extract("""
                OFFICE OF THE COASTAL SAFETY REVIEWER

                Reviewer's Report - File 12-CSR-004

                Director: Mirela Oduya
                Date of report: September 1, 2031

                The Director has concluded that the harbour crew followed the rescue rules.

                The Director notes that the weather report had warned of gusts.

                In a letter dated August 20, Harbourmaster Tobias Rennick said the authority accepted the findings.
                """);

        assertEquals("Mirela Oduya", Pipeline.speakerOf(doc, "the harbour crew followed"));
        assertEquals("Mirela Oduya", Pipeline.speakerOf(doc, "the weather report had warned"));
        assertEquals("Tobias Rennick", Pipeline.speakerOf(doc, "the authority accepted"));
    }

    /** Round 51: a report of findings' "Ombudsperson: NAME" line defines "the Ombudsperson" as the director's line does. */
    @Test
    void aReportsOmbudspersonLineDefinesTheOmbudsperson() {
        AnnotatedDocument doc = Pipeline.extract("""
                Investigation Report 44-02
                Ombudsperson: Halvard Strand

                The Ombudsperson concluded that the water board charged 900 households twice.
                """);

        assertEquals("Halvard Strand", Pipeline.speakerOf(doc, "the water board charged"));
    }

    /**
     * Round 51: a court summary headed "X v Y" calls X "the appellant"; "It argued" after the sentence that opens with X
     * and an apposition calling it a body ("a residents' association") is X, not the respondent named before; "An expert
     * report by Dr. NAME" speaks for the expert, "expert report" a noun ("An expert reports" would be the verb).
     */
    @Test
    void aCaseTitlesFirstSideIsTheAppellantAndTheBodyItsApposition() {
        AnnotatedDocument doc = Pipeline.extract("""
                SUPREME COURT OF TALLARIA

                Save the Brenn Marshes v Tallaria Water Board

                Press summary, 12 March 2036

                Background

                The Tallaria Water Board plans to build a pumping station at the mouth of the Brenn. In June 2035 the Board granted itself consent for the works.

                Save the Brenn Marshes, a residents' association, applied to the High Court to set the consent aside. It argued that the Board had ignored the nesting season of the marsh terns.

                Reasons for the judgment

                The appellant submitted that the Board's survey of the terns had been done in winter. An expert report by Dr. Konrad Veil, an ornithologist called by the appellant, states that the terns nest in the reeds from April to July.

                The Board submitted that the survey had followed the national guidance.
                """);

        assertEquals("Save the Brenn Marshes", Pipeline.speakerOf(doc, "the Board had ignored"));
        assertEquals("Save the Brenn Marshes", Pipeline.speakerOf(doc, "the Board's survey"));
        assertEquals("Konrad Veil", Pipeline.speakerOf(doc, "the terns nest"));
        assertEquals("Tallaria Water Board", Pipeline.speakerOf(doc, "the survey had followed"));
    }

    /** "R v Lind": the Crown first in the title brings no appeal; its "appellant" is left to the other rules. */
    @Test
    void aProsecutorFirstInTheTitleIsNoAppellant() {
        AnnotatedDocument doc = Pipeline.extract("""
                COURT OF APPEAL

                R v Tomas Lind

                Press summary

                The appellant submitted that the jury had been misdirected on the burden of proof.
                """);

        assertNotEquals("R", Pipeline.speakerOf(doc, "the jury had been misdirected"));
    }

    /**
     * Round 53: a side of the title that is an office ("Registrar of Licences") is "the Registrar" of the summary, not
     * an officer who works for it and is named later.
     */
    @Test
    void anOfficeInTheTitleIsItsShortTerm() {
        AnnotatedDocument doc = Pipeline.extract("""
                LICENSING APPEAL BOARD OF VELMARK

                Decision summary

                Grange Taverns Ltd v. Commissioner of Licences

                Background

                1. Grange Taverns Ltd runs two pubs in Orvik. The Commissioner cancelled both licences in 2034.

                2. The Commissioner submitted that the pubs had served drinks after midnight on eleven nights.

                3. An inspector of the Commissioner, Mr. Colm Varley, told the Board that he had seen the bar open at 1 a.m.
                """);

        assertEquals("Commissioner of Licences", Pipeline.speakerOf(doc, "the pubs had served drinks"));
        assertEquals("Colm Varley", Pipeline.speakerOf(doc, "he had seen the bar open"));
    }

    /**
     * Round 53: a labour board's title "Union, Local N v. Company Inc." after its label defines "the employer" as the
     * company, though the title's line ends with the company's full stop.
     */
    @Test
    void aUnionsCaseTitleDefinesTheEmployer() {
        AnnotatedDocument doc = Pipeline.extract("""
                Coastal Labour Board

                Decision summary: Dockhands Union, Local 77 v. Marrow Freight Inc.

                The employer denies that any foreman threatened layoffs.
                """);

        assertEquals("Marrow Freight Inc.", Pipeline.speakerOf(doc, "any foreman threatened layoffs"));
    }

    /**
     * Round 54: a supreme court's title "X and others (Appellants) v Minister for Y (Respondent)": the sides' bracketed
     * parts and "and others" are no obstacle, "the appellants" are X and others and "the Minister" the respondent's
     * office, not the judge named next.
     */
    @Test
    void aTitleWithBracketedSidesDefinesTheAppellantsAndTheMinister() {
        AnnotatedDocument doc = Pipeline.extract("""
                Supreme Court of Ostrava

                Press summary

                Tolliver and others (Appellants) v Minister for Fisheries (Respondent)

                Background to the appeal

                The appellants are six trawler owners. The appellants say that the quota was cut without a hearing.

                Reasons for the judgment

                The Minister argued that a hearing would have changed nothing. Justice Ilse Varga rejects that argument.
                """);

        assertEquals("Tolliver and others", Pipeline.speakerOf(doc, "the quota was cut"));
        assertEquals("Minister for Fisheries", Pipeline.speakerOf(doc, "a hearing would have changed nothing"));
    }

    /** A decider's label line is read in the heading only: one below the prose's first sentence defines no decider. */
    @Test
    void aLabelLineBelowTheProseDefinesNoDecider() {
        SummaryParties heading = SummaryParties.of("""
                Review of the Tarnvik Quay Closure

                Commissioner: Ilse Marrow

                The Commissioner found that the quay was shut without notice.
                """);
        SummaryParties below = SummaryParties.of("""
                Review of the Tarnvik Quay Closure

                The quay was shut without notice in March.

                Commissioner: Ilse Marrow
                """);
        assertEquals("Ilse Marrow", heading.speakerFor("The Commissioner"));
        assertNull(below.speakerFor("The Commissioner"));
    }

    /** A case title closed by the short title of the act in question still names the side that brought the case. */
    @Test
    void aCaseTitleClosedByTheActsShortTitleNamesTheApplicants() {
        SummaryParties parties = SummaryParties.of("""
                Case 4/38: Larkspur Tenants and Others v. City of Morrow (Rent Cap Act)

                Judgment of 3 March 2038

                The applicants argued that the rent cap applied to every flat.
                """);
        assertEquals("Larkspur Tenants and Others", parties.speakerFor("The applicants"));
    }
}
