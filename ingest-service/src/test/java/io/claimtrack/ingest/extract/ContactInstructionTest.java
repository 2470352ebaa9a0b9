package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A release's "can report ... at 555-0110" tells readers whom to reach; it says nothing. */
class ContactInstructionTest {

    @Test
    void aReleaseInstructionNamingAContactIsNoStatement() {
        List<String> found = statements(extract("""
                Tenants can report a broken heater at 555-0110 on weekdays.

                Parents can also call the school's help line for bus times.

                Anglers can report a dead fish through the fisheries app.
                """));
        assertTrue(found.stream().noneMatch(s -> s.contains("broken heater")), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.contains("help line")), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.contains("dead fish")), found.toString());
    }

    @Test
    void aContactLateInTheCuesClauseStillMakesAnInstruction() {
        List<String> found = statements(extract("""
                Drivers can report a pothole on any of the county's roads, bridges or cycle paths, day or night, by calling the highways help line.

                Drivers can report that the county's roads, bridges and cycle paths are in poor repair.
                """));
        assertTrue(found.stream().noneMatch(s -> s.contains("pothole")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.startsWith("Drivers | the county's roads, bridges and cycle paths are in poor repair")),
                found.toString());
    }

    @Test
    void aRequestAfterPleaseIsNoStatement() {
        List<String> found = statements(extract("""
                We will take four questions. Please state your name and paper.

                Please tell the front desk that you have arrived.

                The clerk said the hall would open at noon.
                """));
        assertTrue(found.stream().noneMatch(s -> s.contains("your name") || s.contains("front desk")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.startsWith("The clerk | the hall would open at noon")), found.toString());
    }

    @Test
    void sayingThatOrNamingNoContactIsLeftAlone() {
        List<String> found = statements(extract("""
                The council can confirm that the help line will reopen on Monday.
                """));
        assertTrue(found.stream().anyMatch(s -> s.startsWith("The council | the help line will reopen on Monday")),
                found.toString());
    }
}
