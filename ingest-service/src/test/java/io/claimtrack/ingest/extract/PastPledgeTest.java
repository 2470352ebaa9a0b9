package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, forty-fifth round: a pledge or an agreement in the pluperfect with only a noun object ("had promised 400
 * flats", "had agreed on a new timetable") is background, no statement; one with its words (an infinitive, a clause,
 * a quotation) and the plain past stay statements.
 */
class PastPledgeTest {

    private static List<String> said(String text) {
        return statements(extract(text));
    }

    @Test
    void aPluperfectPledgeOfAThingIsBackground() {
        List<String> found = said("""
                The developer had promised 400 flats on the old rail yard by 2031. Councillor Mara Ostby said the yard \
                was still fenced off.
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Mara Ostby | the yard was still fenced off"), found.toString());
    }

    @Test
    void aPluperfectAgreementOnAThingInsideAStatementIsNoneOfItsOwn() {
        List<String> found = said("Coach Ivo Brandl said both clubs had agreed on a new timetable for the cup.");
        assertEquals(List.of("Ivo Brandl | both clubs had agreed on a new timetable for the cup | said | indirect"), found);
    }

    @Test
    void aPledgeWithItsWordsOrInThePlainPastStays() {
        List<String> found = said("""
                The developer had promised to open a school on the site. The mayor had promised the tenants that rents \
                would not rise. The minister promised 400 flats in her speech.
                """);
        assertTrue(found.stream().anyMatch(s -> s.contains("| to open a school on the site |")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("rents would not rise")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("400 flats in her speech")), found.toString());
    }

    /** Round 51: "the boats the ministry promised for May": a thing promised for a time, its object before the verb. */
    @Test
    void aThingPromisedForATimeInARelativeIsBackground() {
        List<String> found = said("""
                Ana Kole told reporters that the boats the ministry promised for May have not come.
                """);
        assertEquals(List.of("Ana Kole | the boats the ministry promised for May have not come | told | indirect"), found);
    }
}
