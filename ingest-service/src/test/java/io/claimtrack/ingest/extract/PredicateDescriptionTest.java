package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A role given in a relative clause after the name links a later description to it (issue 10, class 1). */
class PredicateDescriptionTest {

    private static Attribution said(String text, String content) {
        return statement(Pipeline.through(ResolutionStage.class, text), content);
    }

    @Test
    void roleAfterAsNamesThePlayer() {
        Attribution a = said("""
                Rovers have signed Tomas Berger on a season-long loan. Berger, who played as a winger for three \
                seasons in Austria, arrived on Tuesday.

                "I want to play every week," the winger said.
                """, "\"I want to play every week,\"");
        assertEquals("Tomas Berger", a.speaker);
        assertEquals("winger", a.role);
    }

    @Test
    void roleWordInTheClauseNamesTheOfficeHolder() {
        assertEquals("Anna Kovac", said("""
                Anna Kovac, who was elected mayor in 2022, opened the bridge on Friday. The mayor said the \
                project had come in under budget.
                """, "the project had come in under budget").speaker);
    }

    @Test
    void clauseAboutSomeoneElseGivesNoRole() {
        assertEquals("The driver", said("""
                Anna Kovac, who hired him as a driver in 2020, opened the bridge on Friday. The driver said the \
                road had been closed for a week.
                """, "the road had been closed for a week").speaker);
    }

    @Test
    void surnameFoundThroughItsRoleIsNotGuessedAmongTwoPeople() {
        assertEquals("Mr. Lund", said("""
                Nils Lund and Erik Lund own the bakery. Mr. Lund, who works as a baker, spoke on Monday. The \
                baker said bread prices would rise.
                """, "bread prices would rise").speaker);
        // The honorific's gender tells Karin and Erik apart.
        assertEquals("Erik Lund", said("""
                Karin Lund and Erik Lund own the bakery. Mr. Lund, who works as a baker, spoke on Monday. The \
                baker said bread prices would rise.
                """, "bread prices would rise").speaker);
    }
}
