package io.claimtrack.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class StoredStatementTest {

    private static final String TEXT = "The new pier, the harbour master said, opens in June for ferries.";

    /** The statement "The new pier ... opens in June", its speaker and cue set off inside it. */
    private static StoredStatement interrupted() {
        StoredStatement s = new StoredStatement();
        s.start = 0;
        s.end = TEXT.indexOf(" for ferries");
        s.content = TEXT.substring(s.start, s.end);
        s.parts = List.of(new Part(0, TEXT.indexOf(",")), new Part(TEXT.indexOf("opens"), s.end));
        return s;
    }

    @Test
    void whatWasSaidIsThePartsJoinedOrTheContent() {
        assertEquals("The new pier opens in June", interrupted().said());
        StoredStatement whole = interrupted();
        whole.parts = null;
        assertEquals("The new pier, the harbour master said, opens in June", whole.said());
    }

    @Test
    void aNewSpanKeepsTheInterruptionOutWhereItStillHoldsIt() {
        StoredStatement longer = interrupted();
        longer.respan(0, TEXT.length() - 1, TEXT);
        assertEquals("The new pier opens in June for ferries", longer.said());
        assertEquals(TEXT.substring(0, TEXT.length() - 1), longer.content);

        StoredStatement shorter = interrupted();
        shorter.respan(TEXT.indexOf("new"), TEXT.indexOf(" in June"), TEXT);
        assertEquals("new pier opens", shorter.said());

        StoredStatement after = interrupted();
        after.respan(TEXT.indexOf("opens"), TEXT.length() - 1, TEXT);
        assertNull(after.parts, "no interruption inside the new span");
        assertEquals("opens in June for ferries", after.said());

        StoredStatement fromInside = interrupted();
        fromInside.respan(TEXT.indexOf("said"), TEXT.length() - 1, TEXT);
        assertEquals("opens in June for ferries", fromInside.said(), "the rest of the aside is still no part of it");
    }
}
