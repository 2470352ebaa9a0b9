package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, forty-fifth round: "called" as telephoned a service or body ("called the police at dawn") or someone
 * with news ("called her with the scores") says nothing; "called the plan a disaster" and "called for an inquiry" stay
 * statements. Forty-eighth round: "called Ada Lund, his rival, a “clerk”" judges the person across an apposition.
 */
class TelephonedServiceTest {

    private static List<String> said(String text) {
        return statements(extract(text));
    }

    @Test
    void aServiceRungUpOrNewsPhonedIsNoStatement() {
        List<String> found = said("""
                A ferry passenger called the police at dawn when the engine failed. Later his sister called him with \
                the scores from the match. Greta Solum, the harbour master, said the ferry was towed in by noon.
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Greta Solum | the ferry was towed in by noon"), found.toString());
    }

    /** Round 59: kin rung up ("called her brother from the platform") is a call too; "called her brother a liar" judges him. */
    @Test
    void kinRungUpIsNoStatement() {
        List<String> found = said("""
                He had called his brother from the platform before the train left, his brother said. Ines Vakaro called                 her cousin a liar on Sunday.
                """);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.contains("| his brother from the platform")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("| her cousin a liar on Sunday | called |")), found.toString());
    }

    @Test
    void aComplementOrADemandStaysAStatement() {
        List<String> found = said("""
                The ferry union called the timetable a disgrace on Monday. The harbour board called for an inquiry into \
                the breakdown.
                """);
        assertTrue(found.stream().anyMatch(s -> s.contains("| the timetable a disgrace on Monday | called |")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.contains("| an inquiry into the breakdown | called for |")), found.toString());
    }

    @Test
    void aPersonJudgedAcrossAnAppositionIsNoCall() {
        List<String> found = said("""
                Ola Brenvik called Tessa Lund, his rival for the seat, a "career clerk." The skipper called Ivar Moen, \
                her lawyer, an hour before the hearing. At the time, Senator Ada Holm called Mayor Pia Dahl, a former ferry \
                pilot who was twice fined for speeding, an honest and careful leader.
                """);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Ola Brenvik | Tessa Lund, his rival for the seat, a \"career clerk.\" | called"),
                found.toString());
        assertTrue(found.get(1).startsWith("Ada Holm | Mayor Pia Dahl, a former ferry pilot who was twice fined for speeding, "
                + "an honest and careful leader | called"), found.toString());
    }

    /** Round 53: "calls" before "and" or "or" is a plural noun or a bare call, no words about anyone. */
    @Test
    void callsBeforeAConjunctionAreNoStatement() {
        List<String> found = said("""
                About 9,000 homes in Wexley lost power overnight. Cellular calls and radio traffic kept going through the \
                night. The caretaker called and asked for the keys.
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("| the keys |"), found.toString());
    }

    /** Round 54: a gathering a board must call is convened, not said; a kind named in lower case is a name. */
    @Test
    void aMeetingCalledOrAKindNamedIsNoStatement() {
        List<String> found = said("""
                Under the rules, the board must call a general meeting if a quarter of owners ask for one. The solvent \
                belongs to a group of compounds called varnoxides, which were banned in paints in 2030. Ada Brun, \
                the chemist, called the ban overdue.
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Ada Brun | the ban overdue | called"), found.toString());
    }

    /** Round 59: a thing's nickname in the present of a habit ("Locals call it the Anvil") is no statement; a judgment stays. */
    @Test
    void aThingsNicknameIsNoStatement() {
        List<String> found = said("""
                A rusted crane has stood over the Dorrel quay since 1961. Dockers call it Old Hesper. Fishermen call it \
                the Heron, and the port authority calls it a hazard.
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("| it a hazard | calls |"), found.toString());
    }
}
