package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementIndexTest {

    private static Attribution at(int start, int end) {
        return new Attribution(Attribution.Source.CUE, null, "said", start, end, 0, 0.5);
    }

    private static List<Attribution> starting(StatementIndex index, int from, int to) {
        List<Attribution> out = new ArrayList<>();
        index.forEachStarting(from, to, out::add);
        return out;
    }

    @Test
    void statementsComeInStartOrderWithTiesInTheOrderAdded() {
        StatementIndex index = new StatementIndex(1000);
        Attribution late = at(700, 760);
        Attribution early = at(5, 40);
        Attribution tieFirst = at(130, 150);
        Attribution tieSecond = at(130, 200);
        Attribution sameBucketBefore = at(129, 135);
        index.add(late);
        index.add(tieFirst);
        index.add(early);
        index.add(tieSecond);
        index.add(sameBucketBefore);

        assertEquals(List.of(early, sameBucketBefore, tieFirst, tieSecond, late), starting(index, -50, 1000));
        assertEquals(List.of(tieFirst, tieSecond), starting(index, 130, 131));
        assertEquals(List.of(sameBucketBefore, tieFirst, tieSecond), starting(index, 6, 700));
        assertEquals(List.of(), starting(index, 701, 1000));
        assertEquals(List.of(), starting(index, 300, 300));
    }

    @Test
    void aSearchStopsAtTheFirstStatementThatAnswers() {
        StatementIndex index = new StatementIndex(500);
        index.add(at(10, 20));
        index.add(at(300, 320));

        List<Integer> seen = new ArrayList<>();
        assertTrue(index.anyStarting(0, 500, a -> seen.add(a.contentStart) && a.contentStart == 10));
        assertEquals(List.of(10), seen);
        assertFalse(index.anyStarting(11, 300, a -> true));
        assertTrue(index.anyStarting(11, 301, a -> true));
    }

    @Test
    void onlyTheStatementsInTheRangeThatTheTestAcceptsAreRemoved() {
        StatementIndex index = new StatementIndex(500);
        Attribution before = at(90, 130);
        Attribution inside = at(100, 120);
        Attribution overhanging = at(110, 400);
        Attribution after = at(200, 210);
        for (Attribution a : List.of(before, inside, overhanging, after)) {
            index.add(a);
        }

        index.removeStarting(100, 200, a -> a.contentEnd <= 200);

        assertEquals(List.of(before, overhanging, after), starting(index, 0, 500));
    }
}
