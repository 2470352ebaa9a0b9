package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, thirty-ninth round: "Under the plan, ..." tells what is to happen, no document's words ("Under the treaty,
 * ..." still gives them, and "Under the mayor's plan, ..." is the mayor's proposal); and "X, who first proposed the levy in her budget speech," is background on X, as a plea or
 * a complaint in a relative clause is.
 */
class PlanAndProposalTest {

    @Test
    void underThePlanIsNoSource() {
        List<String> found = statements(extract("""
                Under the plan, the Kellport library will close on Sundays from March.

                Under the treaty, each side may inspect the other's fishing boats in the strait.

                Under the mayor's plan, the Kellport pool would open on Sundays instead.
                """));
        assertTrue(found.stream().noneMatch(s -> s.contains("close on Sundays")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.startsWith("the treaty | each side may inspect")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("| the Kellport pool would open on Sundays instead |")), found.toString());
    }

    /** Round 59: "Under the proposal," is a plan's terms as well; "Under the mayor's proposal," stays hers. */
    @Test
    void underTheProposalIsNoSource() {
        List<String> found = statements(extract("""
                Under the proposal, gritters would treat only the two bridges after midnight.

                Under the mayor's proposal, the Kellport rink would open on Mondays.
                """));
        assertTrue(found.stream().noneMatch(s -> s.contains("gritters would treat")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("| the Kellport rink would open on Mondays |")), found.toString());
    }

    @Test
    void aProposalInARelativeClauseIsBackground() {
        List<String> found = statements(extract("""
                Councillor Vera Lusk, who first proposed the parking levy in her budget speech, said on Tuesday that the \
                fee should fund the new bus line.
                """));
        assertTrue(found.stream().noneMatch(s -> s.contains("parking levy")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("the fee should fund the new bus line")), found.toString());
    }

    /**
     * Round 49: a request with a thing as its object in a who-clause ("who has asked for an audit", "who demanded a
     * recount") is background on the person, as a proposal there is; the same request in a main clause stays a
     * statement.
     */
    @Test
    void aRequestForAThingInARelativeClauseIsBackground() {
        List<String> found = statements(extract("""
                Councillor Mats Orrby, who has asked for an independent audit of the marina accounts, said the deficit \
                had been hidden for years. Councillor Eila Brandt, who demanded a recount last spring, said the vote was \
                fair this time. The harbour board called for a review of the berth fees.
                """));
        assertTrue(found.stream().noneMatch(s -> s.contains("independent audit") || s.contains("a recount")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("| the deficit had been hidden for years |")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("| the vote was fair this time |")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("| a review of the berth fees |")), found.toString());
    }

    @Test
    void aPastRequestOrProposalInARelativeClauseIsBackground() {
        List<String> found = statements(extract("""
                Councillor Edda Voss, who had called for the harbour master to resign in June, said the new rota was \
                fair. Swimmers packed the hall to save the two lidos, which the parks staff had proposed to close on \
                weekdays.
                """));
        assertEquals(List.of("Edda Voss | the new rota was fair | said | indirect"), found);
    }

    /**
     * Round 59: a pluperfect "who had urged" is a past request, background as "who had called for"; the "He" after it is
     * the sentence's subject, not the one the clause described.
     */
    @Test
    void aPastUrgingInARelativeClauseIsBackground() {
        List<String> found = statements(extract("""
                Harbour master Ola Grieg-Menon told the board that the old fee had not covered fuel since 2039.

                Councillor Arne Volk-Baptiste walked out of the hall with board chair Ivar Lund-Okoro, who had urged the \
                board to wait for a fuel study. He told reporters the chair was "a good man on the wrong side."
                """));
        assertEquals(List.of("Ola Grieg-Menon | the old fee had not covered fuel since 2039 | told | indirect",
                "Arne Volk-Baptiste | the chair was \"a good man on the wrong side.\" | told | mixed"), found);
    }

    /** Round 48: "Under the X Act," is standing law, as "Under state law,": no source. */
    @Test
    void underAnActIsNoSource() {
        List<String> found = statements(extract("""
                Voters in the Eastgate ward split evenly. Under the Local Elections Act, a second ballot is not allowed. \
                The clerk, Hanna Roe, said a draw would settle it.
                """));
        assertEquals(List.of("Hanna Roe | a draw would settle it | said | indirect"), found);
    }

    /** Round 51: a body's past opposition right after "which had" is background, as its past proposal is. */
    @Test
    void aBodysPastOppositionInAWhichClauseIsBackground() {
        List<String> found = statements(extract("""
                The Fishers' Guild, which had opposed the quota, said the new limits were fair.
                """));
        assertEquals(List.of("Fishers' Guild | the new limits were fair | said | indirect"), found);
    }
}
