package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-fifth round: a transcript turn says what follows its acknowledgements. An opening "Good." or "If I
 * may add, Mr President." and an address before a comma ("Mr President, we ...") are no part of the statement (a
 * greeting or thanks before what is said stays, as the older sets annotate it); a line that is only an address ("Mr President, colleagues.") opens a turn that goes on under it; a
 * closing "Thank you. See you next week." and a question with its address ("And the budget? Mrs Kern.") are none.
 */
class TurnCourtesiesTest {

    private static final String MEETING = """
            Meeting on the grain market

            President Aro Lind held a meeting on the grain market with Minister of Agriculture Ivo Marek and Minister \
            of Finance Uma Kern.

            Aro Lind: Good afternoon, colleagues. Let us begin. Mr Marek, please.

            Ivo Marek: Mr President, colleagues.

            Stocks of grain are at a record level. We have enough for two years of consumption.

            We expect exports to grow by a tenth next year.

            Aro Lind: And the budget? Mrs Kern.

            Uma Kern: Mr President, the budget has a reserve for grain purchases. It can be used from May.

            Ivo Marek: If I may add, Mr President. The new silos will open in June.

            Aro Lind: Good. I ask the Government to prepare a plan within two weeks.

            Uma Kern: Thank you, Mr President. The plan will be ready on time.

            Aro Lind: Thank you. See you next week.
            """;

    @Test
    void aTurnUnderAnAddressLineIsAllOfItsParagraphs() {
        assertSpeaker(extract(MEETING), "Stocks of grain are at a record level. We have enough for two years of consumption.\n\n"
                + "We expect exports to grow by a tenth next year", "Ivo Marek");
    }

    @Test
    void openingCourtesiesAndAddressesAreNoPartOfTheStatement() {
        List<String> contents = Pipeline.contents(extract(MEETING));
        assertTrue(contents.contains("the budget has a reserve for grain purchases. It can be used from May"), contents::toString);
        assertTrue(contents.contains("The new silos will open in June"), contents::toString);
        assertTrue(contents.contains("I ask the Government to prepare a plan within two weeks"), contents::toString);
        // A greeting or thanks before what is said opens the statement.
        assertTrue(contents.contains("Thank you, Mr President. The plan will be ready on time"), contents::toString);
    }

    @Test
    void aClosingCourtesyAndAnAddressedQuestionAreNoStatements() {
        List<String> contents = Pipeline.contents(extract(MEETING));
        assertTrue(contents.stream().noneMatch(c -> c.contains("See you") || c.contains("the budget?") || c.contains("Mrs Kern")),
                contents::toString);
        // Round 56: the chair's opening "Good afternoon, colleagues. Let us begin. Mr Marek, please." only runs the
        // meeting (a greeting, a move on and a hand-over, each asked per sentence), so none either.
        assertTrue(contents.stream().noneMatch(c -> c.contains("Let us begin")), contents::toString);
        assertEquals(5, contents.size(), contents::toString);
    }

    @Test
    void aLabelledQuestionIsNoStatement() {
        List<String> contents = Pipeline.contents(extract("""
                Briefing by Foreign Ministry spokesperson Nina Vale

                Nina Vale: Good afternoon.

                Question: Does the Ministry expect the talks to resume?

                Nina Vale: We expect the talks to resume next week.
                """));
        assertEquals(List.of("We expect the talks to resume next week"), contents);
    }

    /**
     * "If I may, sir, because ..." goes on as a clause: only a sentence of courtesy or an address is cut. (An anchor's
     * turn: a moderator's turns say nothing of their own since round 47.)
     */
    @Test
    void aCourtesyThatOpensAClauseStays() {
        assertSpeaker(extract("""
                Debate transcript

                ANCHOR: If I may, sir, because we have limited time, the next question is on taxes.

                HOLM: Taxes will not rise.
                """), "If I may, sir, because we have limited time, the next question is on taxes", "ANCHOR");
    }

    /**
     * Issue 10, thirty-sixth round (set S's list of misses, class F5): one word before a turn's question names what it
     * asks about ("Reports. Mr Marek, what has the Ministry done since?"), no statement; two words or more stay.
     */
    @Test
    void aTopicWordBeforeAQuestionIsNoStatement() {
        List<String> contents = Pipeline.contents(extract("""
                Hearing on the grain stocks

                Chair Aro Lind: Reports. Mr Marek, what has the Ministry done since the spring?

                Ivo Marek: Nothing changed. Why would we hide the figures from the committee?
                """));
        assertEquals(List.of("Nothing changed"), contents);
    }
}
