package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 59: a group of people that names itself in a sentence of its own ("They call themselves X", "They
 * have ... a name: X") speaks under that name where its story lets it speak unnamed.
 */
class SelfNamedGroupsTest {

    @Test
    void theyRightAfterTheNamingIsTheGroup() {
        AnnotatedDocument doc = extract("""
                Ferry timetable cut, neighbours say

                ORRIN BAY — The harbour board said on Monday that the winter ferry would run twice a day.

                Ada Pellworth, 64, said she had missed two hospital appointments. She is one of the tenants of 40 \
                cottages who wrote to the board. They call themselves Stay Afloat. In the letter, sent last week, they \
                say the cut leaves the island "without a doctor on Sundays."
                """);
        assertEquals("Stay Afloat", speakerOf(doc, "the cut leaves"));
        assertEquals("Stay Afloat", speakerOf(doc, "Ferry timetable cut"));
    }

    @Test
    void theyInTheNamingSentenceAfterTheName() {
        AnnotatedDocument doc = extract("""
                The library board said on Monday that the reading room would close in May.

                Several readers opened a petition last week. They call themselves the Quiet Room Circle, and in the \
                petition they write that the room "is the only warm place on the street."
                """);
        assertEquals("Quiet Room Circle", speakerOf(doc, "the room"));
    }

    @Test
    void theGroupBelowANameGivenAfterAColon() {
        AnnotatedDocument doc = extract("""
                Dorrin Vale can't keep its pool open, so swimmers are paying the lifeguards

                DORRIN VALE — About 40 swimmers have paid a lifeguard's wages since June. They have a bank account, a \
                rota and, since Friday, a name: Lane Four Friends of Dorrin Vale.

                Parks manager Odile Marchetti-Boyd said the pool cost more than the town could pay.

                In a letter to the council, the group wrote that the pool "keeps 300 children off the river."
                """);
        assertEquals("Lane Four Friends of Dorrin Vale", speakerOf(doc, "the pool \"keeps"));
    }

    @Test
    void aPartOfTheGroupJustBeforeTheNaming() {
        AnnotatedDocument doc = extract("""
                Mill road closed, farmers say they were not told

                WEST HOLLOW — The county closed the Mill Road bridge on Friday, the roads department said.

                Some farmers say the county knew in March. A group of about 25 farmers who meet at the depot say the \
                closure was posted only online. They call themselves Open the Mill.
                """);
        assertEquals("Open the Mill", speakerOf(doc, "the county knew"));
        assertEquals("Open the Mill", speakerOf(doc, "they were not told"));
    }

    @Test
    void twoNamingsOrAnotherParagraphLeaveTheMentions() {
        AnnotatedDocument doc = extract("""
                The council said on Tuesday that the market would move.

                Some traders opened a stall on the green. They call themselves Green Stall. Other traders met at the \
                hall. They call themselves Hall Row.

                The group said it would meet the mayor.
                """);
        assertEquals("The group", speakerOf(doc, "it would meet"));
    }
}
