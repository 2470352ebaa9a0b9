package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 46: a presiding officer's turns that only keep order ("Order, order."), call a member ("I call Ada
 * Berg.") or move the sitting on ("We must move on.", "Let us begin with the harbour.") are no statements; a turn
 * that says something stays.
 */
class HouseChairTurnsTest {

    @Test
    void orderCallsAndMovesAreNoStatements() {
        String text = """
                Harbour questions

                Jonas Tell: The north pier will reopen in May, and the ferry will stop there twice a day.

                Madam Deputy Speaker: Order, order. The Minister must be heard. Members on the back benches will get their turn.

                Ada Berg: The ferry operators were never asked.

                Madam Deputy Speaker: Order. Questions must be short. I call Pavel Hollis.

                Pavel Hollis: The fees at the pier doubled last year.

                Madam Deputy Speaker: We must move on.

                The Chair: Good morning, Minister. Let us begin with the harbour. Where do we stand with the pier?
                """;
        assertEquals(List.of(
                "The north pier will reopen in May, and the ferry will stop there twice a day",
                "The ferry operators were never asked",
                "The fees at the pier doubled last year"),
                Pipeline.contents(extract(text)));
    }

    @Test
    void aChairWhoCallsForSomethingOrProposesATopicSaysIt() {
        String text = """
                Harbour questions

                Madam Deputy Speaker: I call on the Government to publish the pier survey.

                Ada Berg: We must move on from diesel ferries by 2030.

                Pavel Hollis: Let us begin with a cut in fares for pensioners on the island routes.

                Madam Deputy Speaker: The order of the House was ignored by the port authority.
                """;
        assertEquals(4, Pipeline.contents(extract(text)).size(), () -> Pipeline.contents(extract(text)).toString());
    }

    /**
     * Round 51: a Speaker labelled with her name in brackets calls the next member by office alone, rules out a point of
     * order and closes the question period; none of it is a statement. A ruling with a reason and a close of something
     * other than the sitting say something.
     */
    @Test
    void aSpeakersCallsRulingsAndCloseUnderABracketedLabelAreNoStatements() {
        String text = """
                LEGISLATIVE ASSEMBLY OF NORTHMERE

                ORAL QUESTIONS

                Mr. Teodor Vasko (Elm Valley): My question is for the Minister of Fisheries. Fares on the island ferry rose by a third in April. Minister, will the fares come down?

                The Speaker (Hon. Odile Brannock): Minister of Fisheries.

                Hon. Carys Mendel (Minister of Fisheries): The fares rose because fuel rose.

                Mr. Teodor Vasko: Point of order, Speaker.

                The Speaker (Hon. Odile Brannock): There are no points of order during oral questions. Next question.

                Ms. Anika Rolfe (Stonebridge): The harbour at Stonebridge has been closed since March. When will it reopen?

                The Speaker (Hon. Odile Brannock): Premier.

                Hon. Bram Osei (Premier): The harbour will reopen in June.

                The Speaker (Hon. Odile Brannock): That concludes the time allotted for oral questions today.

                Hon. Bram Osei: That concludes a decade of decline for the island ferry.

                The Speaker (Hon. Odile Brannock): That is not a point of order, because the minister never misled the House.
                """;
        assertEquals(List.of(
                "Fares on the island ferry rose by a third in April",
                "The fares rose because fuel rose",
                "The harbour at Stonebridge has been closed since March",
                "The harbour will reopen in June",
                "That concludes a decade of decline for the island ferry",
                "That is not a point of order, because the minister never misled the House"),
                Pipeline.contents(extract(text)));
    }

    /**
     * Round 52: under a bare "The Speaker:" label, the Speaker calls the business ("Orders of the day.", "Further
     * questions and comments?"), states the motion moved, gives the floor by office or seat, declares the vote and sends
     * the bill to a committee: none of it is a statement, nor is the record's "referred to a committee" or "Further" a
     * speaker. "Some hon. members:" ends the turn before it, so the minister's speech after her courtesy runs to it. A
     * member's "The member for X misled the House" says something.
     */
    @Test
    void aSpeakersBusinessMotionVoteAndReferralAreNoStatements() {
        String text = """
                LEGISLATIVE ASSEMBLY OF CALDRENNE
                Official Report of Debates

                BILL 14, FERRY FARES ACT
                Second reading

                The Speaker: Orders of the day. The Minister of Transport moves second reading of Bill 14. The Honourable Minister.

                Hon. Teresa Vanlo (Minister of Transport): Thank you, Mr. Speaker.

                Islanders pay more to cross four kilometres of water than mainlanders pay to drive forty. That is not fair, and this bill ends it.

                It caps the return fare at twelve dollars and freezes it for three years. We asked every island council, and all of them agreed.

                Some hon. members: Hear, hear!

                The Speaker: Questions and comments? The member for Holloway West.

                Mr. Ilias Brandt (Holloway West): Mr. Speaker, the island school lost two teachers last year because they could not afford the crossing. Will the cap come in before September?

                The Speaker: The Minister of Transport.

                Hon. Teresa Vanlo: It will come in on the first of August.

                The Speaker: Further questions and comments? The hon. member for Carrick.

                Ms. Noor Haddad (Carrick): The member for Holloway West misled the House about the school.

                Some hon. members: Oh, oh!

                The Speaker: Ms. Vanlo has moved second reading of Bill 14, Ferry Fares Act. Is it the pleasure of the House to adopt the motion?

                Some hon. members: Agreed.

                The Speaker: Carried. The bill is referred to the Standing Committee on Transport.

                Motion agreed to; bill read a second time and referred to a committee.
                """;
        assertEquals(List.of(
                "Islanders pay more to cross four kilometres of water than mainlanders pay to drive forty. That is not fair, "
                        + "and this bill ends it.\n\nIt caps the return fare at twelve dollars and freezes it for three years. "
                        + "We asked every island council, and all of them agreed",
                "the island school lost two teachers last year because they could not afford the crossing",
                "It will come in on the first of August",
                "The member for Holloway West misled the House about the school"),
                Pipeline.contents(extract(text)));
    }

    /** Round 52: a call by office opens with the article, the honorific or the office; a title-case headline is no call. */
    @Test
    void aTitleCaseHeadlineUnderALabelIsNoCallByOffice() {
        assertEquals(List.of("I'm Not Running For Governor"),
                Pipeline.contents(extract("Ada Lund: I'm Not Running For Governor\n\nThe race opened on Monday with four candidates.\n")));
    }

    /**
     * Round 54: a Speaker opening the business at its hour ("It being 1:30, it is now time for oral questions.") runs the
     * sitting; "It is time for a new approach" proposes.
     */
    @Test
    void aSpeakerOpeningTheBusinessAtItsHourSaysNothing() {
        String text = """
                Legislative Assembly of Northmere

                Oral Questions

                The Speaker (Hon. Abel Kinsky): It being 1:30, it is now time for oral questions. The member for Grey Lake.

                Ms. Rana Holt (Grey Lake): When will the ferry to Corran run again?

                The Speaker: Premier.

                Hon. Ivo Brandt (Premier): The ferry will run on Monday.

                The Speaker: It is time for a new approach to the ferries.
                """;
        assertEquals(List.of("The ferry will run on Monday", "It is time for a new approach to the ferries"),
                Pipeline.contents(extract(text)));
    }

    @Test
    void aMotionsTextAfterItsMoverIsNoStatement() {
        String text = """
                Standing Committee on Harbours, Minutes of Proceedings

                Moved by Mr. Oyelaran-Vik, That the committee request the Port Board to table, by May 1, 2040, its dredging costs.

                It was moved by Ms. Tarrow, That the committee urge the Board to report monthly.

                Carried.

                Ms. Tarrow said that the Board had ignored three letters.
                """;
        assertEquals(List.of("the Board had ignored three letters"), Pipeline.contents(extract(text)));
    }

    /**
     * Round 57: minutes that give the motion's clauses each on its own line in capitals, under "Moved by X, seconded by
     * Y:", word a motion; a member's report after the vote still speaks.
     */
    @Test
    void aMotionsClausesInCapitalsUnderItsMoverAreNoStatement() {
        String text = """
                Library Board, Minutes of the Regular Meeting

                Moved by Trustee Brisk, seconded by Trustee Amesbury-Lau:
                THAT the board recommend to Council the longer opening hours as set out in Report LB-2038-3; and
                THAT staff report back in June on weekend staffing.
                Carried.

                Trustee Brisk said that the branch in Elmore had lost a third of its visitors.
                """;
        assertEquals(List.of("the branch in Elmore had lost a third of its visitors"), Pipeline.contents(extract(text)));
    }

    /**
     * Round 59: action minutes title a motion "Motion to ...: Mover."; a participle in the title ("opposing the fee") is
     * the motion's wording, while "Motion to adopt the fee, the Chair said, was premature" is said.
     */
    @Test
    void aMotionTitledByWhatItDoesIsNoStatement() {
        String text = """
                Board of Supervisors, Tarrow County: action minutes

                5. HARBOUR FEE
                The Harbour Officer reported that the fee would cost the county $2 million a year.
                Motion to send a letter to the State Harbour Board opposing the fee: Lindqvist. Second: Orr. Ayes: 5. Noes: 0.
                Motion to adopt the fee, the Chair said, was premature.
                """;
        assertEquals(List.of("the fee would cost the county $2 million a year", "Motion to adopt the fee was premature"),
                Pipeline.contents(extract(text)));
    }

    /**
     * Round 59: the Speaker warning a member or closing a member's turn to ask ("The member has had her
     * supplementary.") rules on the sitting, as "Order!" does; "has warned that" reports.
     */
    @Test
    void aMemberWarnedOrItsQuestionSpentIsNoStatement() {
        String text = """
                Ports Funding

                Ms Hedda Tambwe-Lund: The port has silted up twice since June.

                The SPEAKER: The member has had her supplementary. The member for Northgate.

                Mr Ivo Pellegrini-Osei: Funded is not built.

                The SPEAKER: The member for Northgate is warned.

                Mr Ivo Pellegrini-Osei: Dredged is not built either.

                The SPEAKER: Order! The member for Eastvale has asked her question.

                Ms Hedda Tambwe-Lund: The member for Northgate has warned that the quay will close.
                """;
        assertEquals(List.of(
                "The port has silted up twice since June",
                "Funded is not built",
                "Dredged is not built either",
                "The member for Northgate has warned that the quay will close",
                "the quay will close"),
                Pipeline.contents(extract(text)));
    }
}
