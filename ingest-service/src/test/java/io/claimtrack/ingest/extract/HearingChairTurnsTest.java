package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 44: a hearing chair's turns that only run the sitting (calling it to order, timing a member, calling
 * a recess) are no statements, and "The Chair (Ms. NAME):" speaks as NAME; a chair's turn that says something stays.
 */
class HearingChairTurnsTest {

    private static final String HEARING = """
            Standing Committee on Transport

            Hearing on rural bus routes

            The Chair (Ms. Ingrid Solvang): Good afternoon. I call this meeting of the Standing Committee on Transport to order. We are continuing our hearing on rural bus routes, and we are joined by the Minister of Transport. Minister, you have eight minutes for your remarks.

            Hon. Pavel Drozdov (Minister of Transport): Thank you, Madam Chair. Since March we have restored nine of the fourteen routes that were cut, and the last five will run again by June.

            The Chair (Ms. Ingrid Solvang): Thank you, Minister. Mr. Orlan.

            Mr. Kasper Orlan (Lakeside): Thank you. The routes in my district still run twice a day, and people miss their shifts.

            The Chair (Ms. Ingrid Solvang): Before the break, one fact: the committee's own survey found that half the riders are over sixty.

            The Chair (Ms. Ingrid Solvang): Mr. Orlan, your time has expired.

            Hon. Pavel Drozdov: We have read that survey, and we will add a third daily run on those routes.

            The Chair (Ms. Ingrid Solvang): Thank you. The committee will stand in recess until two.
            """;

    @Test
    void procedureIsNoStatementAndWhatTheChairSaysStays() {
        assertEquals(List.of(
                "Thank you, Madam Chair. Since March we have restored nine of the fourteen routes that were cut, and the last five will run again by June",
                "Thank you. The routes in my district still run twice a day, and people miss their shifts",
                "Before the break, one fact: the committee's own survey found that half the riders are over sixty",
                "We have read that survey, and we will add a third daily run on those routes"),
                Pipeline.contents(extract(HEARING)).stream().filter(c -> !c.startsWith("half the riders")).toList());
    }

    @Test
    void theChairSpeaksAsTheNameInBrackets() {
        assertSpeaker(extract(HEARING), "Before the break, one fact: the committee's own survey found that half the riders are over sixty",
                "Ingrid Solvang");
    }

    @Test
    void aSittingThatActsOrAMemberWhoReportsIsAStatement() {
        String text = """
                Council sitting, 4 May

                Mayor Elin Sandberg: We suspended the contract with the ferry operator last week. The committee will recess its work on fares until the audit because the numbers do not add up.

                Councillor Aron Frisk: Your time in office has been a failure for the harbour.

                Mayor Elin Sandberg: We are joined by many residents who lost their jobs at the yard.
                """;
        assertEquals(3, Pipeline.contents(extract(text)).size(), () -> Pipeline.contents(extract(text)).toString());
    }

    @Test
    void aLongSentenceOfProcedureClausesIsNoStatement() {
        // Some 30,000 clauses joined by ", and": read one after another, not by a call per clause.
        String text = "MS. VARGA: The ferry ramp was repaired in May.\n\nTHE CHAIR (Councillor Petra Lindqvist): "
                + "we are joined by the harbour master, and ".repeat(30_000) + "we are joined by the Mayor.\n";
        assertEquals(List.of("The ferry ramp was repaired in May"), Pipeline.contents(extract(text)));
    }

    @Test
    void anEstimatesHearingsWelcomeOpeningLeftToAnotherAnswerOnNoticeAndBreakAreNoStatements() {
        String text = """
                Estimates hearing, Coastal Works

                CHAIR (Senator Imogen Tullis): I welcome the Minister and officials of the Department of Coastal Works. Minister, would you like to make an opening statement?

                Senator BRACKWELL: No, thank you, Chair. The Deputy Secretary will make a brief statement.

                CHAIR: Mr Odhran.

                Mr Odhran: Thank you, Chair. Since March the department has repaired nine of the twelve sea walls damaged in the storm.

                Senator QUILTY: Mr Odhran, how many firms bid for the repairs?

                Mr Odhran: I will take that on notice.

                CHAIR: Thank you. We will now suspend for lunch and resume at half past one with officers of the Ports Authority.
                """;
        assertEquals(List.of("Thank you, Chair. Since March the department has repaired nine of the twelve sea walls damaged in the storm"),
                Pipeline.contents(extract(text)));
    }

    @Test
    void aWelcomedDecisionAShortTemperOrASuspendedContractIsAStatement() {
        String text = """
                Estimates hearing, Coastal Works

                CHAIR (Senator Imogen Tullis): I welcome the Minister's decision to rebuild the sea walls at Garrow Point.

                Senator QUILTY: The Deputy Secretary has a short memory about the storm.

                Mr Odhran: We suspended the dredging contract for a month and resumed talks with the union because the costs had doubled.
                """;
        assertEquals(3, Pipeline.contents(extract(text)).size(), () -> Pipeline.contents(extract(text)).toString());
    }
}
